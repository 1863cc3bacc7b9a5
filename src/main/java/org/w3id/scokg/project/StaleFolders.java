package org.w3id.scokg.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.atlas.io.IOX;

/**
 * The temporary folders a step writes beside its output ({@code .NAME-*}, moved into place only
 * when complete) and that a run killed before the move left behind: removed when the next run
 * writes the same output, so a kill -9 does not leave them forever.
 */
public final class StaleFolders {
    private StaleFolders() {}

    /** Removes every {@code .NAME-*} folder beside {@code output}; a folder that cannot be removed is left. */
    public static void remove(Path output) {
        Path target = output.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) return;
        String prefix = "." + target.getFileName() + "-";
        try (Stream<Path> siblings = Files.list(parent)) {
            siblings.filter(p -> p.getFileName().toString().startsWith(prefix) && Files.isDirectory(p)).forEach(StaleFolders::delete);
        } catch (IOException unreadable) {
            // Nothing to clean where nothing can be listed.
        }
    }

    private static void delete(Path folder) {
        try {
            IOX.deleteAll(folder);
        } catch (RuntimeException inUse) {
            // Left for the next run.
        }
    }
}
