package org.w3id.scokg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.w3id.scokg.graph.GraphBuilder;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.graph.Snapshot;
import org.w3id.scokg.graph.Tdb2Store;
import org.w3id.scokg.project.InputManifest;
import org.w3id.scokg.project.ProjectLayout;
import org.w3id.scokg.publish.DumpWriter;
import org.w3id.scokg.publish.W3idRules;
import org.w3id.scokg.query.engine.SparqlEngine;
import org.w3id.scokg.query.engine.SpillFolder;
import org.w3id.scokg.server.LinkedDataServer;
import org.w3id.scokg.server.search.SearchIndex;
import org.w3id.scokg.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: build the graph in memory, write the dumps, and serve SPARQL, pages and dumps on one port. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Build the graph and serve it: SPARQL, linked data, pages, dumps.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).", defaultValue = "3030")
    int port;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface, behind a proxy).", defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--admin-port", paramLabel = "N", description = "A port of its own for the operator's endpoints (/$/metrics); without it they answer only on loopback.", defaultValue = "-1")
    int adminPort;

    @Option(names = "--data", description = "Folder the dumps are written to and served from (default: ${DEFAULT-VALUE}).", defaultValue = "target/dist")
    Path data;

    @Option(names = "--timeout", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).", defaultValue = "" + SparqlEngine.DEFAULT_TIMEOUT_SECONDS)
    int timeoutSeconds;

    @Option(names = "--body-timeout", paramLabel = "S", description = "Seconds a request's line and headers, and then its body, each have to arrive in full; past it, 408 (default: ${DEFAULT-VALUE}).", defaultValue = "30")
    int bodyTimeoutSeconds;

    @Option(names = "--base", paramLabel = "URL", description = "The server's public URL behind a proxy (such as https://sco-kg.example.org/); absolute links and redirects use it. Default: the host each request names.")
    String base;

    @Option(names = "--tdb2", description = "Serve a persistent TDB2 store in this folder: the store found there, or one built now from the tables when the folder is empty or missing.")
    Path tdb2;

    @Mixin
    FairnessOptions fairness = new FairnessOptions();

    @Option(names = "--project", description = "Project folder (default: the current folder).", defaultValue = ".")
    Path project;

    /** SIGTERM stops the server within this many seconds, whatever its requests are doing. */
    static final int STOP_SECONDS = 3;

    @Option(names = "--drain", paramLabel = "S", description = "On SIGTERM, answer 503 on /$/ready for S seconds while still serving, so a balancer takes this replica out before its port closes (default: ${DEFAULT-VALUE}).", defaultValue = "0")
    int drainSeconds;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--port must be 0 to 65535");
        if (base != null && !base.matches("^https?://[^/\\s]+(/\\S*)?$")) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--base must be an absolute http or https URL");
        if (drainSeconds < 0 || drainSeconds > 60) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--drain must be 0 to 60 seconds");
        if (timeoutSeconds <= 0) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--timeout must be positive");
        if (bodyTimeoutSeconds <= 0) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--body-timeout must be positive");
        if (adminPort > 65535 || adminPort < -1) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--admin-port must be 0 to 65535");
        // Before the build, which takes a while: a port in use is the user's to fix, and said at once.
        for (int p : adminPort >= 0 ? new int[] {port, adminPort} : new int[] {port}) {
            PortCheck.free(host, p).ifPresent(problem -> {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), problem);
            });
        }
        var fairnessSettings = fairness.settings(new picocli.CommandLine(this));
        SpillFolder spill = SpillFolder.claim();
        KnowledgeGraph graph = prepare();
        LinkedDataServer server = LinkedDataServer.create(graph, data, project).host(host).port(port).adminPort(adminPort)
                .timeoutSeconds(timeoutSeconds).bodyDeadline(Duration.ofSeconds(bodyTimeoutSeconds)).publicBase(base).fairness(fairnessSettings);
        // With a TDB2 store, the search index is kept beside it (DIR-text), built once like the store;
        // in memory, it is held in memory, a copy of it kept beside the graph's snapshot for the next start.
        if (tdb2 != null) server.searchIndex(searchIndexFolder(tdb2));
        else Snapshot.record(data).ifPresent(record -> server.searchIndexCopy(data.resolve(SEARCH_INDEX), record));
        server.start();
        Duration drain = Duration.ofSeconds(drainSeconds);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopWithin(() -> server.drainAndStop(drain), drainSeconds + STOP_SECONDS);
            spill.remove();
        }, "shutdown"));
        server.join();
        return 0;
    }

    /**
     * The graph to serve, and its dumps in {@link #data}: built from the tables (or the TDB2 store
     * opened), validated and its dumps written, unless the dumps there were made from these very
     * inputs ({@link InputManifest}, kept beside them and beside a store): then neither validation
     * nor the dumps are done again, and the files are left untouched. In memory, the graph itself is
     * then read from its {@link Snapshot} when one of these inputs is there, and kept as one after a
     * build.
     */
    KnowledgeGraph prepare() {
        // The whole base, path too: with --base https://pub.example/sco-kg/ the server's own links are
        // under /sco-kg/, and so must the w3id rules' be.
        String w3idTarget = base == null ? W3idRules.DEFAULT_TARGET : base.replaceFirst("[?#].*$", "").replaceFirst("/+$", "");
        KnowledgeGraph graph;
        String manifest;
        boolean current;
        if (tdb2 != null && Tdb2Store.exists(tdb2)) {
            graph = Tdb2Store.open(tdb2, java.util.Map.of());
            manifest = storeInputs(tdb2).map(inputs -> inputs + W3ID_TARGET + w3idTarget + "\n").orElse(null);
            current = manifest != null && DumpWriter.current(data, manifest);
        } else {
            String inputs = InputManifest.of(new ProjectLayout(project));
            manifest = inputs + W3ID_TARGET + w3idTarget + "\n";
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

    /** The settings line of the inputs' manifest that names the w3id rules' target. */
    static final String W3ID_TARGET = "w3id-target ";

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

    /**
     * Stops the server, waiting at most {@code seconds} for it: a request busy in code that never
     * looks at its deadline must not keep the process alive once it has been told to stop. The JVM
     * ends when the shutdown hooks return, whatever the stopping thread is still doing.
     */
    private static void stopWithin(Runnable stop, int seconds) {
        Thread stopping = new Thread(stop, "stopping");
        stopping.setDaemon(true);
        stopping.start();
        try {
            stopping.join(seconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
