package org.w3id.scokg.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the project's inputs live, relative to its root folder. */
public record ProjectLayout(Path root) {

    public Path ontology() {
        return root.resolve("ontology/sco.ttl");
    }

    /** The vocabularies the ontology imports, as their publishers publish them. */
    public Path imports() {
        return root.resolve("ontology/imports");
    }

    /**
     * The earlier versions of the ontology, as each was published ({@code 0.1.0.ttl}, ...), so that
     * an owl:priorVersion IRI still resolves.
     */
    public Path priorOntologies() {
        return root.resolve("ontology/versions");
    }

    public Path shapes() {
        return root.resolve("ontology/shapes.ttl");
    }

    public Path inference() {
        return root.resolve("ontology/inference");
    }

    public Path tables() {
        return root.resolve("data");
    }

    public Path mappings() {
        return root.resolve("data/mapping");
    }

    public Path derived() {
        return root.resolve("data/derived");
    }

    public Path sources() {
        return root.resolve("data/sources");
    }

    public Path queries() {
        return root.resolve("queries");
    }

    public Path checks() {
        return root.resolve("queries/checks");
    }

    /** The path as messages show it: relative to the root, with '/' separators. */
    public String display(Path path) {
        Path relative = root.toAbsolutePath().normalize().relativize(path.toAbsolutePath().normalize());
        return relative.toString().replace('\\', '/');
    }

    /** The files directly in {@code folder} whose names end with {@code suffix}, sorted by name. */
    public static List<Path> list(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
