package org.w3id.scokg.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.w3id.scokg.server.fair.Fairness;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code serve}'s options for sharing query time between clients (see {@link Fairness}). */
final class FairnessOptions {
    @Option(names = "--query-slots", paramLabel = "N", description = "Queries evaluated at once; the rest wait in a queue (default: the number of cores).")
    Integer slots;

    @Option(names = "--queries-per-client", paramLabel = "N", description = "Queries one client may have waiting or running at once; past it, 429 (default: half the slots, at least 1).")
    Integer perClient;

    @Option(names = "--query-budget", paramLabel = "S", description = "Seconds of query time each client may use per minute; past it, 429 (default: ${DEFAULT-VALUE}).", defaultValue = "60")
    int budgetSeconds;

    @Option(names = "--queue-wait", paramLabel = "S", description = "Seconds a query waits for a slot at most; then 503 (default: ${DEFAULT-VALUE}).", defaultValue = "10")
    int waitSeconds;

    @Option(names = "--trusted-proxy", paramLabel = "ADDR", description = "A proxy (address, range or CIDR block) whose X-Forwarded-For names the client; repeatable.")
    List<String> trustedProxies = new ArrayList<>();

    /** The settings, or a usage error naming the option that is wrong. */
    Fairness.Settings settings(CommandLine command) {
        if (slots != null && slots < 1) throw new CommandLine.ParameterException(command, "--query-slots must be at least 1");
        if (perClient != null && perClient < 1) throw new CommandLine.ParameterException(command, "--queries-per-client must be at least 1");
        if (budgetSeconds < 1) throw new CommandLine.ParameterException(command, "--query-budget must be at least 1 second");
        if (waitSeconds < 1) throw new CommandLine.ParameterException(command, "--queue-wait must be at least 1 second");
        Fairness.Settings defaults = Fairness.Settings.defaults();
        try {
            int slotCount = slots == null ? defaults.slots() : slots;
            return new Fairness.Settings(slotCount, perClient == null ? Math.max(1, slotCount / 2) : perClient, Duration.ofSeconds(budgetSeconds), defaults.window(),
                    Duration.ofSeconds(waitSeconds), trustedProxies);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(command, "--trusted-proxy: " + e.getMessage());
        }
    }
}
