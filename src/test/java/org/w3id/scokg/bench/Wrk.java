package org.w3id.scokg.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's client: {@code wrk} (Debian's package), a process of its own written in C. A Java
 * client in the benchmark's JVM added a quarter of a millisecond to every request and shared the two
 * cores with the servers it measured, so a difference of a tenth of a millisecond between servers
 * was lost in it; wrk also records every request of a run, thousands where the Java loop took 100.
 * Any answer that is not 2xx, and any socket error, fails the run.
 */
final class Wrk {
    /**
     * Latencies of one run, in milliseconds, how many requests it made, how many were not answered
     * 2xx, and, where asked, what those were: each status of 400 or more with its count ("429x71"), and
     * socket errors by kind.
     */
    record Latency(double p50, double p99, long requests, long errors, String refusals) {
        Latency(double p50, double p99, long requests, long errors) {
            this(p50, p99, requests, errors, "");
        }
    }

    private static final Pattern RESULT = Pattern.compile("wrk-result p50=(\\d+) p99=(\\d+) requests=(\\d+) errors=(\\d+) refusals=(.*)");
    /**
     * Counts each answer of 400 or more by its status, in each wrk thread's own Lua state (a global,
     * which {@code thread:get} copies out), and names them with the socket errors when the run is
     * done. Only where asked: a script that defines {@code response} makes wrk hand every answer to
     * Lua, which took a quarter to a half off its rate on small pages (a review on 3 December 2026).
     */
    private static final String COUNT_REFUSALS = "refused = {}\n"
            + "local threads = {}\n"
            + "setup = function(thread) threads[#threads + 1] = thread end\n"
            + "response = function(status, headers, body)\n"
            + "  if status > 399 then refused[status] = (refused[status] or 0) + 1 end\n"
            + "end\n"
            + "local function refusals(e)\n"
            + "  local counts, parts = {}, {}\n"
            + "  for _, thread in ipairs(threads) do\n"
            + "    for status, n in pairs(thread:get(\"refused\")) do counts[status] = (counts[status] or 0) + n end\n"
            + "  end\n"
            + "  for status, n in pairs(counts) do parts[#parts + 1] = status .. \"x\" .. n end\n"
            + "  for _, kind in ipairs({\"connect\", \"read\", \"write\", \"timeout\"}) do\n"
            + "    if e[kind] > 0 then parts[#parts + 1] = kind .. \"x\" .. e[kind] end\n"
            + "  end\n"
            + "  table.sort(parts)\n"
            + "  return table.concat(parts, \" \")\n"
            + "end\n";
    /** Names nothing: wrk keeps its own fast path, with no {@code response} callback. */
    private static final String NO_REFUSALS = "local function refusals(e) return \"\" end\n";
    private static final AtomicLong RUNS = new AtomicLong();

    private Wrk() {}

    /**
     * One connection sending a SPARQL query as a form POST for {@code duration}, each request sent
     * as soon as the previous is answered. With {@code unique}, every request begins with a comment
     * no request has carried before, so a server cannot answer it from a cache.
     */
    static Latency query(String endpoint, String query, boolean unique, Duration duration) throws IOException, InterruptedException {
        String encoded = URLEncoder.encode(query, StandardCharsets.UTF_8);
        String script = "wrk.method = \"POST\"\n"
                + "wrk.headers[\"Content-Type\"] = \"application/x-www-form-urlencoded\"\n"
                + "wrk.headers[\"Accept\"] = \"application/sparql-results+json\"\n"
                + (unique
                        // Percent-encoded text has no quote or backslash to escape in a Lua string.
                        ? "local counter = 0\nrequest = function()\n  counter = counter + 1\n"
                                + "  return wrk.format(nil, nil, nil, \"query=%23+run-" + System.nanoTime() + "-" + RUNS.incrementAndGet()
                                + "-\" .. counter .. \"%0A" + encoded + "\")\nend\n"
                        : "wrk.body = \"query=" + encoded + "\"\n");
        return run(endpoint, script, 1, duration, true, false);
    }

    /**
     * {@code connections} connections sending the SPARQL queries of {@code queries} in turn as form
     * POSTs, each with its own Accept header, for {@code duration}; every request begins with a
     * comment no request has carried before, so no cache can answer it. With {@code failOnError},
     * any non-2xx answer or socket error fails the run; without, they are counted.
     */
    static Latency unique(String endpoint, List<String> queries, List<String> accepts, int connections, Duration duration, boolean failOnError)
            throws IOException, InterruptedException {
        return run(endpoint, uniqueScript(queries, accepts), connections, duration, failOnError, false);
    }

    /** {@link #unique}, counting its errors rather than failing on them, and naming their statuses in {@link Latency#refusals}. */
    static Latency uniqueNamingRefusals(String endpoint, List<String> queries, List<String> accepts, int connections, Duration duration)
            throws IOException, InterruptedException {
        return run(endpoint, uniqueScript(queries, accepts), connections, duration, false, true);
    }

    private static String uniqueScript(List<String> queries, List<String> accepts) {
        StringBuilder script = new StringBuilder("local bodies = {");
        // Percent-encoded text has no quote or backslash to escape in a Lua string.
        for (String query : queries) script.append('"').append(URLEncoder.encode(query, StandardCharsets.UTF_8)).append("\",");
        script.append("}\nlocal accepts = {");
        for (String accept : accepts) script.append('"').append(accept).append("\",");
        script.append("}\nlocal counter = 0\nrequest = function()\n  counter = counter + 1\n  local i = (counter % #bodies) + 1\n")
                .append("  local headers = {[\"Content-Type\"] = \"application/x-www-form-urlencoded\", [\"Accept\"] = accepts[i]}\n")
                .append("  return wrk.format(\"POST\", nil, headers, \"query=%23+run-").append(System.nanoTime()).append('-').append(RUNS.incrementAndGet())
                .append("-\" .. counter .. \"%0A\" .. bodies[i])\nend\n");
        return script.toString();
    }

    /** One connection sending GET {@code url} for {@code duration}. */
    static Latency get(String url, Duration duration) throws IOException, InterruptedException {
        return run(url, "", 1, duration, true, false);
    }

    /**
     * One connection sending GET for each of {@code paths} under {@code base} in turn for {@code
     * duration}; non-2xx answers and socket errors are counted, not thrown.
     */
    static Latency rotating(String base, List<String> paths, Duration duration) throws IOException, InterruptedException {
        StringBuilder script = new StringBuilder("local paths = {");
        // Paths are percent-encoded: no quote or backslash to escape in a Lua string.
        for (String path : paths) script.append('"').append(path).append("\",");
        script.append("}\nlocal turn = 0\nrequest = function()\n  turn = turn + 1\n  return wrk.format(\"GET\", paths[(turn % #paths) + 1])\nend\n");
        return run(base + paths.get(0), script.toString(), 1, duration, false, false);
    }

    /** Answers per second to GET {@code url} from {@code connections} connections over {@code duration}. */
    static double throughput(String url, int connections, Duration duration) throws IOException, InterruptedException {
        return run(url, "", connections, duration, true, false).requests() / (duration.toMillis() / 1000.0);
    }

    private static Latency run(String url, String script, int connections, Duration duration, boolean failOnError, boolean nameRefusals)
            throws IOException, InterruptedException {
        Path lua = Files.createTempFile("sco-kg-wrk-", ".lua");
        try {
            Files.writeString(lua, script + (nameRefusals ? COUNT_REFUSALS : NO_REFUSALS) + "done = function(summary, latency, requests)\n"
                    + "  local e = summary.errors\n"
                    + "  io.write(string.format(\"wrk-result p50=%d p99=%d requests=%d errors=%d refusals=%s\\n\", latency:percentile(50), latency:percentile(99),"
                    + " summary.requests, e.connect + e.read + e.write + e.status + e.timeout, refusals(e)))\nend\n");
            List<String> command = List.of("wrk", "-t1", "-c" + connections, "-d" + Math.max(1, duration.toSeconds()) + "s", "--timeout", "60s",
                    "-s", lua.toString(), url);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            Matcher result = RESULT.matcher(output);
            if (exit != 0 || !result.find()) throw new IOException("wrk failed on " + url + ":\n" + output);
            if (failOnError && Long.parseLong(result.group(4)) > 0) throw new IOException(url + " gave " + result.group(4) + " errors or non-2xx answers:\n" + output);
            return new Latency(Long.parseLong(result.group(1)) / 1000.0, Long.parseLong(result.group(2)) / 1000.0, Long.parseLong(result.group(3)),
                    Long.parseLong(result.group(4)), result.group(5).strip());
        } finally {
            Files.deleteIfExists(lua);
        }
    }
}
