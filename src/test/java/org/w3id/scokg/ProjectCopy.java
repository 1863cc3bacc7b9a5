package org.w3id.scokg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A copy of the project's inputs (ontology, data, queries) in a folder of the test's, to break on purpose. */
public final class ProjectCopy {
    /** The real project: tests run from its root. */
    public static final Path ROOT = Path.of("").toAbsolutePath();

    private ProjectCopy() {}

    public static Path into(Path folder) {
        for (String part : new String[] {"ontology", "data", "queries"}) copyTree(ROOT.resolve(part), folder.resolve(part));
        return folder;
    }

    /** Copies a folder with everything under it. */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) Files.createDirectories(target);
                else Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
