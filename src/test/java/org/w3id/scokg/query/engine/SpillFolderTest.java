package org.w3id.scokg.query.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.atlas.data.BagFactory;
import org.apache.jena.atlas.data.DataBag;
import org.apache.jena.atlas.data.ThresholdPolicyCount;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.system.SerializationFactoryFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spilled sorts go to a folder of the process's own, and a dead process's folder is removed by the next. */
class SpillFolderTest {

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void jena_spills_into_the_claimed_folder_and_removing_it_gives_the_temporary_folder_back(@TempDir Path temp) throws Exception {
        String before = System.getProperty("java.io.tmpdir");
        SpillFolder spill = SpillFolder.claim(temp);
        try {
            assertEquals(temp.resolve(SpillFolder.ROOT), spill.folder().getParent());
            assertTrue(spill.folder().getFileName().toString().startsWith(ProcessHandle.current().pid() + "-"));
            DataBag<Binding> bag = BagFactory.newDefaultBag(new ThresholdPolicyCount<>(2), SerializationFactoryFinder.bindingSerializationFactory());
            try {
                for (int i = 0; i < 10; i++) bag.add(BindingFactory.binding(Var.alloc("x"), NodeFactory.createLiteralString("row " + i)));
                assertTrue(files(spill.folder()).stream().anyMatch(f -> f.getFileName().toString().startsWith("DataBag-")),
                        () -> "spilled into the claimed folder: " + spill.folder());
            } finally {
                bag.close();
            }
        } finally {
            spill.remove();
        }
        assertEquals(before, System.getProperty("java.io.tmpdir"));
        assertFalse(Files.exists(spill.folder()));
    }

    @Test
    void folders_whose_lock_nobody_holds_are_removed_and_one_being_claimed_is_left(@TempDir Path temp) throws Exception {
        Path root = Files.createDirectories(temp.resolve(SpillFolder.ROOT));
        Path dead = Files.createDirectories(root.resolve("4242-dead"));
        Files.createFile(dead.resolve(".lock"));
        Files.writeString(dead.resolve("DataBag-left.tmp"), "spilled");
        Path claiming = Files.createDirectories(root.resolve("4243-claiming"));
        Path old = Files.createDirectories(root.resolve("4244-old"));
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(3600)));

        SpillFolder spill = SpillFolder.claim(temp);
        try {
            assertFalse(Files.exists(dead), "a folder whose lock nobody holds is a dead process's");
            assertFalse(Files.exists(old), "a folder left without a lock file for an hour is left over");
            assertTrue(Files.exists(claiming), "a folder just made may be another process claiming it");
            SpillFolder again = SpillFolder.claim(temp);
            again.remove();
            assertTrue(Files.exists(spill.folder()), "this JVM's own folder is not taken for a dead one");
        } finally {
            spill.remove();
        }
    }

    /** The lock of a process that is alive keeps its folder; once it is killed, the next claim removes it. */
    @Test
    void a_live_process_keeps_its_folder_and_a_killed_one_does_not(@TempDir Path temp) throws Exception {
        Path root = Files.createDirectories(temp.resolve(SpillFolder.ROOT));
        Path other = Files.createDirectories(root.resolve("1-other"));
        Path source = temp.resolve("Holder.java");
        Files.writeString(source, """
                import java.nio.channels.FileChannel;
                import java.nio.file.*;
                public class Holder {
                    public static void main(String[] args) throws Exception {
                        FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                        channel.lock();
                        System.out.println("locked");
                        Thread.sleep(120_000);
                    }
                }
                """);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(java, source.toString(), other.resolve(".lock").toString()).redirectErrorStream(true).start();
        try {
            String said = new String(holder.getInputStream().readNBytes("locked".length()));
            assertEquals("locked", said);
            SpillFolder.claim(temp).remove();
            assertTrue(Files.exists(other), "the folder of a live process is kept");
        } finally {
            holder.destroyForcibly();
            assertTrue(holder.waitFor(10, TimeUnit.SECONDS));
        }
        SpillFolder.claim(temp).remove();
        assertFalse(Files.exists(other), "once its process is killed, its folder is removed");
    }
}
