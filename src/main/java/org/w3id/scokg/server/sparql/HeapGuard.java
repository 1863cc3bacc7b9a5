package org.w3id.scokg.server.sparql;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import org.apache.jena.sparql.exec.QueryExec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.scokg.query.engine.SparqlEngine;

/**
 * Stops the SPARQL queries evaluating when the heap runs short, before it runs out: when a
 * collection of the heap's old generation leaves it more than {@value #SHARE_PERCENT}% full, every
 * query then evaluating is aborted (its client gets a 503 that says why) and the server goes on.
 *
 * <p>No JVM tells what one query holds, and a query's rows can be held where no limit of ARQ's
 * reaches: DISTINCT keeps twenty thousand rows before it spills, whatever their size (two DISTINCTs
 * of rows of five 750-character strings exhausted a 256 MB heap, and {@code -XX:+ExitOnOutOfMemoryError}
 * stopped the server with every client's query), a hash join keeps its right side, GROUP BY its
 * groups. So the guard watches what is left after the collector has done its work, as the JVM
 * reports it ({@link MemoryPoolMXBean#setCollectionUsageThreshold}), on the one heap pool that
 * supports thresholds (the tenured pool: G1 Old Gen, PS Old Gen, Tenured Gen). Stopping all the
 * queries, not a guessed one, is the only choice the JVM's figures support; the evaluation queue
 * lets only a few evaluate at once, so few are stopped, and a page or a dump is never stopped.
 */
public final class HeapGuard {
    static final int SHARE_PERCENT = 80;
    private static final Logger LOG = LoggerFactory.getLogger(HeapGuard.class);
    /** One for the JVM: the threshold and the listener are the JVM's, shared by every server in it. */
    private static final HeapGuard JVM = new HeapGuard();

    /** A query evaluating, and whether the guard stopped it. */
    static final class Running {
        private final QueryExec exec;
        private final AtomicBoolean stopped = new AtomicBoolean();

        private Running(QueryExec exec) {
            this.exec = exec;
        }

        /** Whether the guard aborted this query for want of memory. */
        boolean stoppedForMemory() {
            return stopped.get();
        }
    }

    private final Set<Running> running = ConcurrentHashMap.newKeySet();
    private final AtomicLong stops = new AtomicLong();
    private final boolean watching;
    private final MemoryPoolMXBean pool;

    private HeapGuard() {
        Optional<MemoryPoolMXBean> tenured = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isUsageThresholdSupported() && pool.isCollectionUsageThresholdSupported()).findFirst();
        long max = tenured.map(pool -> pool.getUsage().getMax()).orElse(-1L);
        watching = max > 0 && ManagementFactory.getMemoryMXBean() instanceof NotificationEmitter;
        pool = watching ? tenured.get() : null;
        if (!watching) {
            LOG.warn("The JVM reports no heap pool with a collection threshold; queries are not stopped when the heap runs short.");
            return;
        }
        tenured.get().setCollectionUsageThreshold(max / 100 * SHARE_PERCENT);
        LOG.info("Queries are stopped when the heap's {} holds more than {} MB after a collection.", tenured.get().getName(), (max / 100 * SHARE_PERCENT) >> 20);
        ((NotificationEmitter) ManagementFactory.getMemoryMXBean()).addNotificationListener((notification, handback) -> {
            if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(notification.getType())) stopAll();
        }, null, null);
    }

    /** The JVM's guard. */
    public static HeapGuard jvm() {
        return JVM;
    }

    /** Whether this JVM lets the guard watch its heap. */
    public boolean watching() {
        return watching;
    }

    /** The bytes past which a collection of the heap's tenured pool stops the queries; 0 when not watching. */
    public long threshold() {
        return watching ? pool.getCollectionUsageThreshold() : 0;
    }

    /** The heap pool the guard watches, the most it may hold; -1 when not watching. */
    public long poolMax() {
        return watching ? pool.getUsage().getMax() : -1;
    }

    /** How many queries the guard has stopped since the JVM started. */
    public long stops() {
        return stops.get();
    }

    /** How many queries are evaluating now. */
    int running() {
        return running.size();
    }

    /** Watches {@code exec} until {@link #finished}. */
    Running started(QueryExec exec) {
        Running query = new Running(exec);
        running.add(query);
        return query;
    }

    void finished(Running query) {
        running.remove(query);
    }

    /** Aborts every query evaluating now. */
    void stopAll() {
        int stopped = 0;
        for (Running query : running) {
            if (query.stopped.compareAndSet(false, true)) {
                SparqlEngine.stop(query.exec);
                stopped++;
            }
        }
        stops.addAndGet(stopped);
        if (stopped > 0) LOG.warn("The heap was more than {}% full after a collection: {} queries evaluating were stopped.", SHARE_PERCENT, stopped);
    }
}
