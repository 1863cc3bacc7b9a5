package org.w3id.scokg.query.fuzz;

import java.util.Optional;
import org.apache.jena.sparql.engine.iterator.QueryIterFilterExpr;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/**
 * The exceptions ARQ's FILTER caught and logged instead of failing the query. Jena 5.6.0's {@link
 * QueryIterFilterExpr} rejects a row whose expression throws anything but an expression error, and
 * logs "General exception in ..." at WARN: a failure inside FILTER (NOT) EXISTS (its hash join's
 * {@code NullPointerException}, a time function's {@code Node$NotLiteral}) then reads as the
 * filter being false, and the query answers as if nothing had gone wrong. An {@link ArqEngine}
 * reports such an evaluation as the {@link Outcome.Failure} it was. Caught per thread (an engine
 * evaluates a query on its caller's thread); the log lines themselves are kept out of the output.
 */
final class SwallowedFailures extends AbstractAppender {
    private static final ThreadLocal<Throwable> FIRST = new ThreadLocal<>();

    static {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = context.getConfiguration();
        SwallowedFailures appender = new SwallowedFailures();
        appender.start();
        LoggerConfig logger = new LoggerConfig(QueryIterFilterExpr.class.getName(), Level.WARN, false);
        logger.addAppender(appender, Level.WARN, null);
        configuration.addLogger(logger.getName(), logger);
        context.updateLoggers();
    }

    private SwallowedFailures() {
        super("fuzz-swallowed-failures", null, null, true, Property.EMPTY_ARRAY);
    }

    @Override
    public void append(LogEvent event) {
        Throwable thrown = event.getThrown();
        if (thrown != null && FIRST.get() == null) FIRST.set(thrown);
    }

    /** Starts watching this thread's evaluation: forgets what an earlier one swallowed. */
    static void watch() {
        FIRST.remove();
    }

    /** The first exception a FILTER swallowed on this thread since {@link #watch()}, if any. */
    static Optional<Throwable> first() {
        Throwable thrown = FIRST.get();
        FIRST.remove();
        return Optional.ofNullable(thrown);
    }
}
