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
import java.util.Properties;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.config.properties.PropertiesConfigurationBuilder;
import org.junit.jupiter.api.Test;

/**
 * The log configuration the server ships (src/main/resources/log4j2.properties) rate-limits what
 * clients can make it log: a burst of WARN lines (a client's mistake is one WARN line) is cut to 20
 * at once and 2 a second after that, and an ERROR, a fault of the server's own, always gets
 * through. Read into a logger context of its own, writing to a captured stderr.
 */
class LogRateTest {
    @Test
    void a_burst_of_warnings_is_cut_and_errors_always_get_through() throws IOException {
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
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            context.start(new PropertiesConfigurationBuilder().setConfigurationSource(ConfigurationSource.NULL_SOURCE).setRootProperties(shipped)
                    .setLoggerContext(context).build());
            Logger log = context.getLogger("org.w3id.scokg.server.sparql.SomeRoute");
            for (int i = 0; i < 500; i++) log.warn("a client's mistake {}", i);
            for (int i = 0; i < 5; i++) log.error("a fault of the server {}", i);
            seconds = (System.nanoTime() - start) / 1e9;
        } finally {
            context.stop();
            System.setErr(stderr);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        long warnings = out.lines().filter(l -> l.contains("a client's mistake")).count();
        long errors = out.lines().filter(l -> l.contains("a fault of the server")).count();
        assertTrue(warnings >= 20 && warnings <= 20 + 2 * Math.ceil(seconds) + 2, warnings + " of 500 warnings in " + seconds + " s");
        assertEquals(5, errors, "every error");
    }
}
