package org.w3id.scokg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.graph.Snapshot;
import org.w3id.scokg.query.engine.SparqlEngine;
import org.w3id.scokg.query.engine.SpillFolder;
import org.w3id.scokg.server.LinkedDataServer;
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
        if (tdb2 != null) server.searchIndex(ServedGraph.searchIndexFolder(tdb2));
        else Snapshot.record(data).ifPresent(record -> server.searchIndexCopy(data.resolve(ServedGraph.SEARCH_INDEX), record));
        server.start();
        Duration drain = Duration.ofSeconds(drainSeconds);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopWithin(() -> server.drainAndStop(drain), drainSeconds + STOP_SECONDS);
            spill.remove();
        }, "shutdown"));
        server.join();
        return 0;
    }

    /** The graph to serve, its dumps written to {@link #data} unless they are current ({@link ServedGraph}). */
    KnowledgeGraph prepare() {
        return ServedGraph.prepare(project, data, tdb2, base);
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
