package org.w3id.scokg.bench;

import java.util.Arrays;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.w3id.scokg.query.engine.SparqlEngine;

/**
 * One query timed over two datasets in one process, the two alternating, {@code runs} times each:
 * the medians, and the rows each answered (a timeout is -1), so that a benchmark compares two ways of
 * evaluating the same query and sees where their answers differ.
 */
record PairedTimes(long firstRows, long secondRows, double firstMillis, double secondMillis) {

    static PairedTimes of(Query query, DatasetGraph first, DatasetGraph second, int runs, long timeoutMillis) {
        long[] firstTimes = new long[runs];
        long[] secondTimes = new long[runs];
        long a = -1;
        long b = -1;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            a = rows(first, query, timeoutMillis);
            long middle = System.nanoTime();
            b = rows(second, query, timeoutMillis);
            firstTimes[i] = middle - start;
            secondTimes[i] = System.nanoTime() - middle;
        }
        Arrays.sort(firstTimes);
        Arrays.sort(secondTimes);
        return new PairedTimes(a, b, firstTimes[runs / 2] / 1e6, secondTimes[runs / 2] / 1e6);
    }

    /**
     * Each of {@code queries} timed over plain ARQ's dataset and sco-kg's, printed as a table of rows,
     * medians in ms and their ratio (sco-kg over plain ARQ).
     */
    static void printTable(Map<String, Query> queries, DatasetGraph plain, DatasetGraph scoKg, int runs, long timeoutMillis) {
        printTable(queries, plain, "plain ARQ", scoKg, "sco-kg", runs, timeoutMillis);
    }

    /** Each of {@code queries} timed over {@code first} and {@code second}, their columns headed by their names; the ratio is second over first. */
    static void printTable(Map<String, Query> queries, DatasetGraph first, String firstName, DatasetGraph second, String secondName, int runs, long timeoutMillis) {
        int width = queries.keySet().stream().mapToInt(String::length).max().orElse(5) + 2;
        System.out.printf("%-" + width + "s %7s %10s %10s %7s%n", "query", "rows", firstName, secondName, "ratio");
        for (Map.Entry<String, Query> entry : queries.entrySet()) {
            PairedTimes times = of(entry.getValue(), first, second, runs, timeoutMillis);
            System.out.printf("%-" + width + "s %7d %10.2f %10.2f %7.2f%s%n", entry.getKey(), times.firstRows(), times.firstMillis(), times.secondMillis(),
                    times.secondMillis() / times.firstMillis(), times.note());
        }
    }

    /** "  ROW COUNTS DIFFER: a and b" where the two answered different numbers of rows, else empty. */
    String note() {
        return firstRows == secondRows ? "" : "  ROW COUNTS DIFFER: " + firstRows + " and " + secondRows;
    }

    /** The rows {@code query} answers (ASK: 1 for true; CONSTRUCT and DESCRIBE: triples), or -1 if it ran past the timeout. */
    private static long rows(DatasetGraph dataset, Query query, long timeoutMillis) {
        try (QueryExec exec = SparqlEngine.exec(dataset, query, timeoutMillis).build()) {
            if (query.isAskType()) return exec.ask() ? 1 : 0;
            if (query.isConstructType()) return exec.construct().size();
            if (query.isDescribeType()) return exec.describe().size();
            long n = 0;
            for (var rows = exec.select(); rows.hasNext(); rows.next()) n++;
            return n;
        } catch (QueryCancelledException e) {
            return -1;
        }
    }
}
