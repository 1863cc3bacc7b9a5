package org.w3id.scokg.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.TestDumps;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.cli.Main;
import org.w3id.scokg.graph.Snapshot;
import org.w3id.scokg.graph.Tdb2Store;
import org.w3id.scokg.project.InputException;
import org.w3id.scokg.publish.DumpWriter;
import picocli.CommandLine;

/**
 * The faults of issue 16, each a clear message and no partial state. A full disk and a read-only
 * folder are made with a small tmpfs, which needs root (the build runs as root, as CI does); where
 * mounting is not allowed those two are skipped and say why.
 */
class FaultsIT {
    /** A tmpfs of {@code size} mounted on {@code folder}, unmounted on close. */
    private record Tmpfs(Path folder) implements AutoCloseable {
        static Tmpfs mount(Path folder, String size) throws Exception {
            Files.createDirectories(folder);
            Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", folder.toString()),
                    "mounting a tmpfs needs root; a full disk cannot be made here");
            return new Tmpfs(folder);
        }

        void readOnly() throws Exception {
            assertTrue(run("mount", "-o", "remount,ro", folder.toString()));
        }

        @Override
        public void close() throws IOException {
            try {
                run("umount", folder.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }

    /** Today: TDB2 on a full disk failed with InternalError and a stack trace, and left its temporary folder filling the disk. */
    @Test
    void tdb2_on_a_full_disk_fails_with_one_line_and_leaves_nothing(@TempDir Path temp) throws Exception {
        try (Tmpfs disk = Tmpfs.mount(temp.resolve("disk"), "1m")) {
            Path store = disk.folder().resolve("store");
            InputException e = assertThrows(InputException.class, () -> Tdb2Store.create(TestGraph.real(), store));
            assertTrue(e.getMessage().startsWith(store + ": cannot write the store ("), e.getMessage());
            assertEquals(1, e.getMessage().lines().count(), "one line");
            try (Stream<Path> left = Files.list(disk.folder())) {
                assertEquals(List.of(), left.toList(), "no store and no temporary folder left on the disk");
            }
        }
    }

    /** Today: kill -9 during the first TDB2 build left a temporary folder forever. */
    @Test
    void a_temporary_store_left_by_a_killed_build_is_removed_by_the_next(@TempDir Path temp) throws Exception {
        Path store = temp.resolve("store");
        Path stale = temp.resolve(".store-1234567890");
        Files.createDirectories(stale.resolve("Data-0001"));
        Files.writeString(stale.resolve("Data-0001/nodes.dat"), "half written");
        Path stranger = Files.createDirectories(temp.resolve(".other-1"));
        org.apache.jena.tdb2.sys.TDBInternal.expel(Tdb2Store.create(TestGraph.real(), store).dataset());
        assertFalse(Files.exists(stale), "the killed build's folder is gone");
        assertTrue(Files.isDirectory(stranger), "folders of other names are left alone");
        assertTrue(Tdb2Store.exists(store));
    }

    /** Today: a port in use was found only after the whole build, as exit 70 "internal error". */
    @Test
    void a_port_in_use_is_said_at_once_before_the_build() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            StringWriter err = new StringWriter();
            CommandLine cli = Main.commandLine();
            cli.setErr(new PrintWriter(err));
            long start = System.nanoTime();
            int exit = cli.execute("serve", "--port", String.valueOf(taken.getLocalPort()), "--project", ProjectCopy.ROOT.toString());
            assertEquals(Main.USAGE, exit);
            assertTrue(err.toString().startsWith("cannot listen on 127.0.0.1:" + taken.getLocalPort()), err.toString());
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "before the graph is built");
        }
    }

    /**
     * The dumps are written to disk as each is rendered (DumpWriter): a disk that fills while the
     * other renderer is still at work fails with one line, leaves the dumps that were there as they
     * were, and no temporary folder (a 20 MB disk holds the real graph's 14 MB of dumps once, not twice).
     */
    @Test
    void dumps_on_a_disk_that_fills_fail_with_one_line_and_leave_the_old_dumps_whole(@TempDir Path temp) throws Exception {
        try (Tmpfs disk = Tmpfs.mount(temp.resolve("disk"), "20m")) {
            Path dist = TestDumps.copyInto(disk.folder().resolve("dist"));
            Map<String, byte[]> before = new java.util.TreeMap<>();
            try (Stream<Path> files = Files.list(dist)) {
                for (Path file : files.toList()) before.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
            InputException e = assertThrows(InputException.class, () -> DumpWriter.write(TestGraph.real(), dist));
            assertTrue(e.getMessage().startsWith(dist + ": cannot write: "), e.getMessage());
            assertEquals(1, e.getMessage().lines().count(), "one line");
            Map<String, byte[]> after = new java.util.TreeMap<>();
            try (Stream<Path> files = Files.list(dist)) {
                for (Path file : files.toList()) after.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
            assertEquals(before.keySet(), after.keySet());
            before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
            try (Stream<Path> left = Files.list(disk.folder())) {
                assertEquals(List.of(dist), left.toList(), "no temporary folder left on the disk");
            }
        }
    }

    /** Today: a read-only --data folder refused to start, even though the dumps were there. */
    @Test
    void a_read_only_data_folder_that_holds_the_dumps_is_served_as_it_is(@TempDir Path temp) throws Exception {
        try (Tmpfs disk = Tmpfs.mount(temp.resolve("disk"), "16m")) {
            Path dist = TestDumps.copyInto(disk.folder().resolve("dist"));
            byte[] sums = Files.readAllBytes(dist.resolve(DumpWriter.CHECKSUMS_FILE));
            disk.readOnly();
            DumpWriter.write(TestGraph.real(), dist);
            assertArrayEquals(sums, Files.readAllBytes(dist.resolve(DumpWriter.CHECKSUMS_FILE)));
            // The graph's snapshot cannot be kept there: nothing is half written, and the next start builds the graph.
            Snapshot.keep(TestGraph.real(), dist, "inputs\n");
            assertTrue(Snapshot.read(dist, "inputs\n").isEmpty());
            assertFalse(Files.exists(dist.resolve(Snapshot.FILE)) || Files.exists(dist.resolve(Snapshot.RECORD)));
            LinkedDataServer server = LinkedDataServer.create(TestGraph.real(), dist, ProjectCopy.ROOT).port(0).start();
            server.stop();
        }
    }

    @Test
    void a_data_path_that_is_a_file_is_refused_and_left_as_it_was(@TempDir Path temp) throws IOException {
        Path file = Files.writeString(temp.resolve("notes.txt"), "mine");
        InputException e = assertThrows(InputException.class, () -> DumpWriter.write(TestGraph.real(), file));
        assertTrue(e.getMessage().contains("is not a folder"), e.getMessage());
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void a_data_folder_without_readable_dumps_is_a_clear_error(@TempDir Path temp) throws IOException {
        Path dist = TestDumps.copyInto(temp.resolve("dist"));
        Files.delete(dist.resolve("sco-kg.ttl"));
        Files.createDirectory(dist.resolve("sco-kg.ttl"));
        InputException e = assertThrows(InputException.class, () -> LinkedDataServer.create(TestGraph.real(), dist, ProjectCopy.ROOT).port(0).start());
        assertTrue(e.getMessage().contains("cannot read the dumps"), e.getMessage());
    }
}
