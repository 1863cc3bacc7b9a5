package org.w3id.scokg.cli;

import java.nio.file.Path;
import org.w3id.scokg.graph.GraphBuilder;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.graph.Snapshot;
import org.w3id.scokg.graph.Tdb2Store;
import org.w3id.scokg.project.InputManifest;
import org.w3id.scokg.project.ProjectLayout;
import org.w3id.scokg.publish.DumpWriter;
import org.w3id.scokg.publish.W3idRules;
import org.w3id.scokg.server.search.SearchIndex;
import org.w3id.scokg.validate.Validator;

/**
 * What {@code serve} does before it listens: the graph to serve, from its snapshot, its TDB2 store or
 * the tables, and its dumps, written only when their inputs changed. {@code --base} names the w3id
 * rules' target. In {@code cli}, the one package above graph, validate, publish and the search index
 * it names; {@code server} only serves what this returns (README, "Where the code departs from
 * DESIGN.md").
 */
final class ServedGraph {
    private ServedGraph() {}

    /**
     * The graph to serve, and its dumps in {@code data}: built from the tables (or the TDB2 store
     * opened), validated and its dumps written, unless the dumps there were made from these very
     * inputs ({@link InputManifest}, kept beside them and beside a store): then neither validation
     * nor the dumps are done again, and the files are left untouched. In memory, the graph itself is
     * then read from its {@link Snapshot} when one of these inputs is there, and kept as one after a
     * build.
     */
    static KnowledgeGraph prepare(Path project, Path data, Path tdb2, String base) {
        // The whole base, path too: with --base https://pub.example/sco-kg/ the server's own links are
        // under /sco-kg/, and so must the w3id rules' be.
        String w3idTarget = base == null ? W3idRules.DEFAULT_TARGET : base.replaceFirst("[?#].*$", "").replaceFirst("/+$", "");
        KnowledgeGraph graph;
        String manifest;
        boolean current;
        if (tdb2 != null && Tdb2Store.exists(tdb2)) {
            graph = Tdb2Store.open(tdb2, java.util.Map.of());
            manifest = storeInputs(tdb2).map(inputs -> inputs + W3idRules.MANIFEST_SETTING + w3idTarget + "\n").orElse(null);
            current = manifest != null && DumpWriter.current(data, manifest);
        } else {
            String inputs = InputManifest.of(new ProjectLayout(project));
            manifest = inputs + W3idRules.MANIFEST_SETTING + w3idTarget + "\n";
            current = DumpWriter.current(data, manifest);
            var kept = current && tdb2 == null ? Snapshot.read(data, manifest) : java.util.Optional.<KnowledgeGraph>empty();
            if (kept.isPresent()) return kept.get();
            // Dumps made from these very inputs were made after they passed validation.
            graph = current ? GraphBuilder.build(project) : Validator.buildValidated(project);
            if (tdb2 != null) {
                graph = Tdb2Store.create(graph, tdb2);
                writeStoreInputs(tdb2, inputs);
                // An index kept from an earlier store indexed what that store held.
                SearchIndex.forget(searchIndexFolder(tdb2));
            }
        }
        if (!current) DumpWriter.write(graph, data, w3idTarget, manifest);
        if (tdb2 == null) graph = Snapshot.keep(graph, data, manifest);
        return graph;
    }

    /** The folder in the dumps' folder where the search index of the graph's {@link Snapshot} is kept (not served). */
    static final String SEARCH_INDEX = ".search-index";

    /** The folder beside a TDB2 store where its search index is kept ({@code DIR-text}). */
    static Path searchIndexFolder(Path store) {
        return store.toAbsolutePath().resolveSibling(store.getFileName() + "-text");
    }

    /** The file beside a TDB2 store that holds the manifest of the inputs it was built from. */
    private static Path storeInputsFile(Path store) {
        Path absolute = store.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".inputs");
    }

    private static java.util.Optional<String> storeInputs(Path store) {
        try {
            return java.util.Optional.of(java.nio.file.Files.readString(storeInputsFile(store)));
        } catch (java.io.IOException none) {
            return java.util.Optional.empty();
        }
    }

    private static void writeStoreInputs(Path store, String inputs) {
        try {
            java.nio.file.Files.writeString(storeInputsFile(store), inputs);
        } catch (java.io.IOException e) {
            // Without the record, the next start writes the dumps again: slower, never wrong.
        }
    }
}
