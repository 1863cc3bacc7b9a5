package org.w3id.scokg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.config.properties.PropertiesConfigurationBuilder;
import org.junit.jupiter.api.Test;

/**
 * The log configuration the server ships (src/main/resources/log4j2.properties) rate-limits what
 * clients can make it log: a burst of WARN lines (a client's mistake is one WARN line, from Jena,
 * Fuseki or Jetty) is cut to 20 at once and 2 a second after that, and an ERROR, a fault of the
 * server's own, always gets through; what sco-kg and Fuseki's start-up say of themselves is not
 * counted against that rate, and has a bound of its own. Read into a logger context of its own, writing to a captured stderr.
 */
class LogRateTest {
    @Test
    void a_burst_of_warnings_is_cut_and_errors_always_get_through() throws IOException {
        Logged logged = logged(context -> {
            Logger log = context.getLogger("org.apache.jena.fuseki.Fuseki");
            for (int i = 0; i < 500; i++) log.warn("a client's mistake {}", i);
            for (int i = 0; i < 5; i++) log.error("a fault of the server {}", i);
        });
        String out = logged.text();
        double seconds = logged.seconds();
        long warnings = out.lines().filter(l -> l.contains("a client's mistake")).count();
        long errors = out.lines().filter(l -> l.contains("a fault of the server")).count();
        assertTrue(warnings >= 20 && warnings <= 20 + 2 * Math.ceil(seconds) + 2, warnings + " of 500 warnings in " + seconds + " s");
        assertEquals(5, errors, "every error");
    }

    /** A build logs a line per step and a start the addresses it serves: more than 20 at once. */
    @Test
    void what_the_server_says_of_itself_is_not_cut_at_the_clients_rate() throws IOException {
        String out = logged(context -> {
            for (int i = 0; i < 100; i++) context.getLogger("org.w3id.scokg.graph.GraphBuilder").info("a step of the build {}", i);
            for (int i = 0; i < 10; i++) context.getLogger("org.apache.jena.fuseki.Server").info("Fuseki starting {}", i);
            context.getLogger("org.w3id.scokg.server.LinkedDataServer").info("SPARQL endpoint: http://localhost:3030/sparql");
        }).text();
        assertEquals(100, out.lines().filter(l -> l.contains("a step of the build")).count(), out);
        assertEquals(10, out.lines().filter(l -> l.contains("Fuseki starting")).count(), out);
        assertTrue(out.contains("SPARQL endpoint: http://localhost:3030/sparql"), out);
    }

    /**
     * A line counts as one however long: Jena's warning of a literal of the wrong form quotes the
     * whole literal, and a query of a million characters grew the log by 20 MiB in 10 s (a review on 3
     * December 2026). Each message is cut.
     */
    @Test
    void a_long_message_is_cut() throws IOException {
        String literal = "1".repeat(1 << 20);
        String out = logged(context -> {
            context.getLogger("org.apache.jena.sparql.expr.NodeValue").warn("Datatype format exception: \"" + literal + "\"^^xsd:gYear");
            context.getLogger("org.w3id.scokg.server.SomeRoute").warn("own " + literal);
            context.getLogger("org.apache.jena.fuseki.Fuseki").warn("a failure", new IllegalStateException("Node: " + literal));
            context.getLogger("org.apache.jena.fuseki.Fuseki").warn("after the failure");
        }).text();
        assertTrue(out.length() < 12_000, out.length() + " characters");
        assertTrue(out.contains("a failure") && out.lines().anyMatch(l -> l.endsWith("after the failure")), "the next line stands on its own: " + out);
        List<String> lines = out.lines().limit(2).toList();
        assertTrue(lines.get(0).length() < 1_100 && lines.get(0).contains("Datatype format exception"), lines.get(0).length() + " characters");
        assertTrue(lines.get(1).length() < 4_100 && lines.get(1).contains("own 111"), lines.get(1).length() + " characters");
    }

    /**
     * Fuseki logs Jena's words for a query that cannot run as they are, and Java's words for a REGEX
     * pattern it cannot compile repeat the pattern: a pattern holding a line break wrote a line of the
     * client's own into the log, looking like the server's (a review on 4 December 2026).
     */
    @Test
    void a_clients_line_break_cannot_forge_a_line() throws IOException {
        String out = logged(context -> context.getLogger("org.apache.jena.fuseki.Fuseki")
                .warn("[30] Regex pattern exception: Unclosed group near index 73\r\n(\n23:59:59 ERROR LinkedDataServer - FORGED")).text();
        assertEquals(1, out.lines().count(), out);
        assertTrue(out.contains("index 73\\r\\n(\\n23:59:59 ERROR LinkedDataServer - FORGED"), out);
        // Nor through a stack trace, whose first line repeats its exception's message: the trace is one line.
        String traced = logged(context -> context.getLogger("org.apache.jena.fuseki.Fuseki")
                .warn("[31] failed", new IllegalStateException("(\n23:59:59 ERROR LinkedDataServer - FORGED"))).text();
        assertEquals(2, traced.lines().count(), traced);
        assertTrue(traced.lines().noneMatch(line -> line.startsWith("23:59:59 ERROR")), traced);
    }

    /**
     * A NUL, an ESC and the other control characters of a client's text reach the log as U+FFFD, a tab
     * as {@code \t}: Java's words for a REGEX pattern it cannot compile repeat the pattern, so until a
     * review on 6 December 2026 {@code REGEX("x", "\u001b[31m(")} wrote a terminal's escape sequence
     * into the log, raw (line breaks were escaped already). So are Unicode's own line separators and
     * the marks that turn the direction of text, which make a line read as another. On both appenders,
     * in the message and in the trace; the layout's own line end stays.
     */
    @Test
    void a_clients_control_characters_reach_the_log_replaced() throws IOException {
        String forged = "\u0000\u001b[31mred\u001b[0m\u0007\u0008\u000b\u000c\u007f\u0085\u009b2J\u2028\u2029\u202eevil\u2066x\u2069\ttab";
        String shown = "\ufffd\ufffd[31mred\ufffd[0m\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd2J\ufffd\ufffd\ufffdevil\ufffdx\ufffd\\ttab";
        String out = logged(context -> {
            context.getLogger("org.apache.jena.fuseki.Fuseki").warn("[32] Regex pattern exception: Unclosed group near index 5 " + forged);
            context.getLogger("org.apache.jena.fuseki.Fuseki").warn("[33] failed", new IllegalStateException(forged));
            context.getLogger("org.apache.jena.fuseki.Server").warn("[34] " + forged + "\n23:59:59 ERROR LinkedDataServer - FORGED",
                    new IllegalStateException(forged + "\r\nFORGED"));
            context.getLogger("org.w3id.scokg.server.SomeRoute").info("own " + forged);
        }).text();
        assertTrue(out.codePoints().noneMatch(c -> c != '\n' && (Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))), out);
        List<String> lines = out.lines().toList();
        assertEquals(6, lines.size(), out);
        assertTrue(lines.get(0).endsWith("index 5 " + shown), lines.get(0));
        assertTrue(lines.get(2).startsWith("java.lang.IllegalStateException: " + shown + "\\n\\tat "), lines.get(2));
        assertTrue(lines.get(3).endsWith("[34] " + shown + "\\n23:59:59 ERROR LinkedDataServer - FORGED"), lines.get(3));
        assertTrue(lines.get(4).contains(shown + "\\r\\nFORGED\\n\\tat "), lines.get(4));
        assertTrue(lines.get(5).endsWith("own " + shown), lines.get(5));
    }

    /** Should a request ever make them log, those lines have a bound of their own. */
    @Test
    void what_the_server_says_of_itself_is_bounded_too() throws IOException {
        Logged logged = logged(context -> {
            for (int i = 0; i < 5_000; i++) context.getLogger("org.w3id.scokg.server.SomeRoute").warn("a line {}", i);
            for (int i = 0; i < 5_000; i++) context.getLogger("org.apache.jena.fuseki.Server").warn("a Fuseki line {}", i);
        });
        long lines = logged.text().lines().count();
        assertTrue(lines >= 500 && lines <= 500 + 2 * Math.ceil(logged.seconds()) + 2, lines + " of 10,000 lines in " + logged.seconds() + " s");
    }

    /** What was written, and in how many seconds. */
    private record Logged(String text, double seconds) {}

    /** What {@code logging} writes through the shipped configuration. */
    private static Logged logged(Consumer<LoggerContext> logging) throws IOException {
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        LoggerContext context = new LoggerContext("log-rate-test");
        long start = System.nanoTime();
        double seconds;
        try {
            // The shipped configuration as it is, but for its console appender following System.err
            // as this test sets it (the appender otherwise keeps the stream it found when made).
            Properties shipped = new Properties();
            try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/log4j2.properties"))) {
                shipped.load(reader);
            }
            shipped.setProperty("appender.stderr.follow", "true");
            shipped.setProperty("appender.own.follow", "true");
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            context.start(new PropertiesConfigurationBuilder().setConfigurationSource(ConfigurationSource.NULL_SOURCE).setRootProperties(shipped)
                    .setLoggerContext(context).build());
            logging.accept(context);
            seconds = (System.nanoTime() - start) / 1e9;
        } finally {
            context.stop();
            System.setErr(stderr);
        }
        return new Logged(captured.toString(StandardCharsets.UTF_8), seconds);
    }
}
