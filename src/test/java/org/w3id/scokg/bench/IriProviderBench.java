package org.w3id.scokg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.iri3986.provider.IRIProvider3986;
import org.apache.jena.irix.IRIProvider;
import org.apache.jena.irix.IRIProviderJenaIRI;
import org.apache.jena.irix.SystemIRIx;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sys.JenaSystem;
import org.w3id.scokg.graph.GraphBuilder;
import org.w3id.scokg.graph.KnowledgeGraph;

/**
 * jena-iri against jena-iri3986 ({@link org.w3id.scokg.graph.Rfc3986Iris}), in one process, the two
 * alternating round by round, the first round of each left out as the compiler's warm-up ({@code
 * bench/iris.sh [SCALE] [ROUNDS]}): the CPU time of this thread to parse the shapes' ASK (its nine
 * prefixes, a comment of its own each time, as the benchmark's unique requests are), and the time
 * to build the graph at {@code SCALE} times the data. Medians, and their ratio (jena-iri3986 over
 * jena-iri).
 */
public final class IriProviderBench {
    private static final int PARSES = 20_000;

    private IriProviderBench() {}

    public static void main(String[] args) throws Exception {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        JenaSystem.init();
        String ask = Files.readString(Path.of("bench/shapes/ask.rq")).replace("$V", "<https://w3id.org/sco-kg/id/state/IN>");
        Path project = scale == 1 ? Path.of("") : ScaledTables.write(Path.of(""), Path.of("target/bench/tables-x" + scale), scale);
        List<IRIProvider> providers = List.of(new IRIProviderJenaIRI(), new IRIProvider3986());
        List<List<Double>> parseMicros = List.of(new ArrayList<>(), new ArrayList<>());
        List<List<Double>> buildSeconds = List.of(new ArrayList<>(), new ArrayList<>());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long triples = 0;
        for (int round = 0; round <= rounds; round++) {
            for (int turn = 0; turn < 2; turn++) {
                int which = (round + turn) % 2;
                SystemIRIx.setProvider(providers.get(which));
                long cpu = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < PARSES; i++) QueryFactory.create("# " + round + " " + i + "\n" + ask);
                double micros = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / PARSES;
                long start = System.nanoTime();
                KnowledgeGraph graph = GraphBuilder.build(project);
                double seconds = (System.nanoTime() - start) / 1e9;
                triples = graph.read(() -> graph.dataset().getUnionGraph().size());
                if (round > 0) {
                    parseMicros.get(which).add(micros);
                    buildSeconds.get(which).add(seconds);
                }
                System.out.printf("round %d, %-12s parse %7.2f µs of CPU, build %6.2f s%n", round, name(which), micros, seconds);
            }
        }
        System.out.printf("%nx%d (%,d triples in the union), medians of %d rounds each%n", scale, triples, rounds);
        System.out.printf("%-22s %12s %14s %7s%n", "", "jena-iri", "jena-iri3986", "ratio");
        row("parse the ASK, µs CPU", parseMicros);
        row("build the graph, s", buildSeconds);
    }

    private static String name(int which) {
        return which == 0 ? "jena-iri" : "jena-iri3986";
    }

    private static void row(String what, List<List<Double>> figures) {
        double first = median(figures.get(0));
        double second = median(figures.get(1));
        System.out.printf("%-22s %12.2f %14.2f %7.2f%n", what, first, second, second / first);
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
