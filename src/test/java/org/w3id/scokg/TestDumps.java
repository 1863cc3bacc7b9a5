package org.w3id.scokg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.io.IOX;
import org.w3id.scokg.publish.DumpWriter;

/**
 * The real graph's dumps, written by {@link DumpWriter} once per test run, for tests that need a
 * folder of them to serve: rendering them takes seconds, copying them milliseconds. Tests of
 * writing dumps call {@link DumpWriter} themselves.
 */
public final class TestDumps {
    private static Path written;

    private TestDumps() {}

    /** Copies the dumps of {@link TestGraph#real()} into {@code folder} (made if missing) and returns it: a folder of the test's own. */
    public static Path copyInto(Path folder) {
        ProjectCopy.copyTree(written(), folder);
        return folder;
    }

    private static synchronized Path written() {
        if (written == null) {
            try {
                Path parent = Files.createTempDirectory("sco-kg-dumps-");
                DumpWriter.write(TestGraph.real(), parent.resolve("dist"));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> IOX.deleteAll(parent)));
                written = parent.resolve("dist");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return written;
    }
}
