package org.w3id.scokg.cli;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.TestDumps;
import org.w3id.scokg.TestGraph;
import org.w3id.scokg.graph.Snapshot;
import org.w3id.scokg.project.InputManifest;
import org.w3id.scokg.project.ProjectLayout;
import org.w3id.scokg.publish.DumpWriter;
import org.w3id.scokg.publish.W3idRules;

/**
 * A {@code --data} folder as {@code serve} over the real project leaves it after its first start:
 * the dumps with the manifest of their inputs, and the graph's snapshot. It is written here, in the
 * test's JVM, from {@link TestDumps} and {@link TestGraph#real()}, with the manifest {@code serve}
 * computes ({@link ServeCommand#prepare}): the project's files, sco-kg's code and the w3id rules'
 * target. sco-kg's code is the jar a child {@code java -jar target/sco-kg.jar serve} runs, so the
 * manifest is asked of that jar's own {@link InputManifest} (this JVM runs the thin jar's classes).
 * Such a child finds the folder current and reads the graph from the snapshot, as any later start
 * does, instead of building, validating and writing every dump itself. Tests of a first start give
 * their child an empty folder.
 */
public final class ServedFolder {
    /** The jar a child server runs. */
    public static final Path JAR = Path.of("target/sco-kg.jar");

    private ServedFolder() {}

    /** Writes the folder into {@code data} (made if missing) and returns it. */
    public static Path write(Path data) throws ReflectiveOperationException, IOException {
        String manifest = manifestOfJar(W3idRules.MANIFEST_SETTING + W3idRules.DEFAULT_TARGET);
        // The dumps of the real graph for the default w3id target, which serve writes without --base,
        // and beside them the manifest they were made from, as DumpWriter records it.
        TestDumps.copyInto(data);
        Files.writeString(data.resolve(DumpWriter.MANIFEST_FILE), manifest);
        Snapshot.keep(TestGraph.real(), data, manifest);
        return data;
    }

    /** {@link InputManifest#of} of the real project, as the classes in {@link #JAR} compute it: their code is that jar. */
    private static String manifestOfJar(String... settings) throws ReflectiveOperationException, IOException {
        try (URLClassLoader jar = new URLClassLoader(new URL[] {JAR.toUri().toURL()}, null)) {
            Class<?> layout = jar.loadClass(ProjectLayout.class.getName());
            Object root = layout.getConstructor(Path.class).newInstance(ProjectCopy.ROOT);
            return (String) jar.loadClass(InputManifest.class.getName()).getMethod("of", layout, String[].class).invoke(null, root, settings);
        }
    }
}
