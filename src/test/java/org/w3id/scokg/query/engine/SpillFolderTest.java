package org.w3id.scokg.query.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
    /** A program run as a process of its own: {@code hold FILE} locks the file and waits; {@code probe FILE} says whether another process holds it. */
    private static final String LOCKER = """
            import java.nio.channels.*;
            import java.nio.file.*;
            public class Locker {
                public static void main(String[] args) throws Exception {
                    try (FileChannel channel = FileChannel.open(Path.of(args[1]), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                        if (args[0].equals("hold")) {
                            channel.lock();
                            System.out.println("locked");
                            Thread.sleep(120_000);
                        } else {
                            FileLock lock = channel.tryLock();
                            System.out.println(lock == null ? "held" : "free");
                        }
                    }
                }
            }
            """;

    private static Path root(Path temp) {
        return temp.resolve(SpillFolder.ROOT + System.getProperty("user.name"));
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static Process locker(Path temp, String mode, Path file) throws IOException {
        Path source = temp.resolve("Locker.java");
        if (!Files.exists(source)) Files.writeString(source, LOCKER);
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, source.toString(), mode, file.toString()).redirectErrorStream(true).start();
    }

    private static String said(Process process) throws Exception {
        String first = new String(process.getInputStream().readNBytes(6)).strip();
        return first;
    }

    @Test
    void jena_spills_into_the_claimed_folder_and_removing_it_gives_the_temporary_folder_back(@TempDir Path temp) throws Exception {
        String before = System.getProperty("java.io.tmpdir");
        SpillFolder spill = SpillFolder.claim(temp);
        try {
            assertEquals(root(temp).toRealPath(), spill.folder().getParent());
            assertTrue(spill.folder().getFileName().toString().startsWith(ProcessHandle.current().pid() + "-"));
            assertEquals(spill.folder().toString(), System.getProperty("java.io.tmpdir"));
            DataBag<Binding> bag = BagFactory.newDefaultBag(new ThresholdPolicyCount<>(2), SerializationFactoryFinder.bindingSerializationFactory());
            try {
                for (int i = 0; i < 10; i++) bag.add(BindingFactory.binding(Var.alloc("x"), NodeFactory.createLiteralString("row " + i)));
                assertTrue(files(spill.folder()).stream().anyMatch(f -> f.getFileName().toString().startsWith("DataBag-")),
                        () -> "spilled into the claimed folder: " + spill.folder());
            } finally {
                bag.close();
            }
        } finally {
            spill.removeAndRestore();
        }
        assertEquals(before, System.getProperty("java.io.tmpdir"));
        assertFalse(Files.exists(spill.folder()));
    }

    @Test
    void folders_whose_lock_nobody_holds_are_removed_and_one_being_claimed_is_left(@TempDir Path temp) throws Exception {
        Path root = Files.createDirectories(root(temp));
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
        } finally {
            spill.removeAndRestore();
        }
    }

    /**
     * A second claim in the same JVM neither takes the first folder for a dead one nor opens its
     * lock file: closing a channel to it would release this process's lock on it (POSIX), which
     * only another process can see.
     */
    @Test
    void a_second_claim_keeps_the_first_folder_and_its_lock(@TempDir Path temp) throws Exception {
        SpillFolder first = SpillFolder.claim(temp);
        try {
            SpillFolder.claim(temp).removeAndRestore();
            assertTrue(Files.exists(first.folder()), "this JVM's own folder is not taken for a dead one");
            Process probe = locker(temp, "probe", first.folder().resolve(".lock"));
            assertEquals("held", said(probe), "another process sees the first folder's lock still held");
            assertTrue(probe.waitFor(30, TimeUnit.SECONDS));
        } finally {
            first.removeAndRestore();
        }
    }

    /** The lock of a process that is alive keeps its folder; once it is killed, the next claim removes it. */
    @Test
    void a_live_process_keeps_its_folder_and_a_killed_one_does_not(@TempDir Path temp) throws Exception {
        Path other = Files.createDirectories(root(temp).resolve("1-other"));
        Process holder = locker(temp, "hold", other.resolve(".lock"));
        try {
            assertEquals("locked", said(holder));
            SpillFolder.claim(temp).removeAndRestore();
            assertTrue(Files.exists(other), "the folder of a live process is kept");
        } finally {
            holder.destroyForcibly();
            assertTrue(holder.waitFor(10, TimeUnit.SECONDS));
        }
        SpillFolder.claim(temp).removeAndRestore();
        assertFalse(Files.exists(other), "once its process is killed, its folder is removed");
    }

    /** A temporary folder where nothing can be made (here a file): spills go where they went, and the server still starts. */
    @Test
    void a_temporary_folder_where_nothing_can_be_made_leaves_spills_where_they_were(@TempDir Path temp) throws Exception {
        Path file = Files.writeString(temp.resolve("a-file"), "not a folder");
        String before = System.getProperty("java.io.tmpdir");
        SpillFolder spill = SpillFolder.claim(file);
        assertNull(spill.folder());
        assertEquals(before, System.getProperty("java.io.tmpdir"));
        spill.removeAndRestore();
        assertEquals(before, System.getProperty("java.io.tmpdir"));
    }
}
