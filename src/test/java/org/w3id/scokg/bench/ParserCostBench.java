package org.w3id.scokg.bench;

import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.lang.arq.javacc.ARQParser;
import org.apache.jena.sparql.lang.arq.javacc.ARQParserTokenManager;
import org.apache.jena.sparql.lang.arq.javacc.SimpleCharStream;
import org.apache.jena.sys.JenaSystem;

/**
 * What a parse of a small query costs in Jena, and how much of it is making the parser ({@code
 * bench/parser.sh [ROUNDS]}): in one process, each step in turn round by round, the first round left
 * out as the compiler's warm-up, the CPU time of this thread per query, medians. The query is the
 * shapes' ASK with a comment of its own each time, as the benchmark's unique requests are. Jena's
 * {@code ParserARQ} makes a new {@link ARQParser} for every query, whose {@link SimpleCharStream}
 * allocates buffers of 4,096 entries (a {@code char[]} and two {@code int[]}, 40 KB) whatever the
 * query's length; the last row makes the same parser over buffers the query's length, which the
 * generated parser's constructor from a token manager allows, to show what a change upstream would
 * save (the README's Jena issue text).
 */
public final class ParserCostBench {
    private static final int TIMES = 20_000;

    private ParserCostBench() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        JenaSystem.init();
        String ask = Files.readString(Path.of("bench/shapes/ask.rq")).replace("$V", "<https://w3id.org/sco-kg/id/state/IN>");
        List<String> names = List.of("parse the ASK (QueryFactory.create)", "new ARQParser(Reader), nothing parsed", "its SimpleCharStream alone",
                "ARQParser over buffers the query's length");
        List<IntConsumer> steps = List.of(
                i -> QueryFactory.create("# " + i + "\n" + ask),
                i -> sink(new ARQParser(new StringReader(ask))),
                i -> sink(new SimpleCharStream(new StringReader(ask), 1, 1)),
                i -> sink(new ARQParser(new ARQParserTokenManager(new SimpleCharStream(new StringReader(ask), 1, 1, ask.length() + 1)))));
        List<List<Double>> micros = new ArrayList<>();
        for (int s = 0; s < steps.size(); s++) micros.add(new ArrayList<>());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round <= rounds; round++) {
            for (int s = 0; s < steps.size(); s++) {
                long cpu = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < TIMES; i++) steps.get(s).accept(round * TIMES + i);
                double each = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / TIMES;
                if (round > 0) micros.get(s).add(each);
                System.out.printf("round %d, %-42s %7.2f µs of CPU%n", round, names.get(s), each);
            }
        }
        double parse = median(micros.get(0));
        System.out.printf("%nmedians of %d rounds, %,d each, the ASK of %d characters%n", rounds, TIMES, ask.length());
        for (int s = 0; s < steps.size(); s++) {
            double median = median(micros.get(s));
            System.out.printf("%-42s %7.2f µs  %5.2f of the parse%n", names.get(s), median, median / parse);
        }
    }

    /** Keeps the JIT from dropping an object made only to be timed. */
    private static volatile int kept;

    private static void sink(Object made) {
        kept += System.identityHashCode(made) & 1;
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
