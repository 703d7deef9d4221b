package io.newsreaction.cli;

import io.newsreaction.config.AppSettings;
import io.newsreaction.config.ConfigKeys;
import io.newsreaction.config.ConfigLoader;
import io.newsreaction.config.ConfigSources;
import io.newsreaction.market.TradingCalendars;
import io.newsreaction.replay.ReplayRequest;
import io.newsreaction.replay.ReplayRunner;
import io.newsreaction.replay.ReplayWindow;
import io.newsreaction.runtime.ReactionService;
import io.newsreaction.runtime.RegistryWait;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code replay}: recomputes a historical window of reactions under its own application id,
 * optionally comparing them with the live output.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Recompute the reactions of every headline published in [--from, --to) from the input topics, "
                + "with the live app's settings but its own application id, consumer group, state and output topic.",
            "Exit codes: 0 done (and with --compare: all identical), 1 failure or not drained in time, "
                + "2 usage error, 3 --compare found differences."})
public final class ReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    HeadlineTimeRange range;

    @Option(names = "--symbols", split = ",", paramLabel = "S",
            description = "Only reactions of these symbols (benchmarks are still computed)")
    List<String> symbols = new ArrayList<>();

    @Option(names = "--output", paramLabel = "TOPIC",
            description = "Output topic (default: market.reactions.replay.<yyyyMMddHHmmss>)")
    String output;

    @Option(names = "--compare",
            description = "Compare the final record per key with the live reactions topic (exit 3 when not identical)")
    boolean compare;

    @Option(names = "--dry-run",
            description = "Print the plan (offset ranges per topic-partition) and exit; creates nothing")
    boolean dryRun;

    @Option(names = "--keep-internal",
            description = "Keep the replay's private and internal topics and consumer group")
    boolean keepInternal;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "PT30M",
            description = "Longest wait for the replay to consume its input (default: ${DEFAULT-VALUE})")
    Duration timeout;

    @Override
    public Integer call() throws Exception {
        AppSettings live = load(Map.of());
        ReplayWindow window = window(live);
        if (!dryRun) {
            RegistryWait.await(ReactionService.registryClient(live), live.registryStartup(),
                    live.registry().get(ConfigKeys.REGISTRY_URL));
        }
        ReplayRequest request = new ReplayRequest(window, output, compare, dryRun, keepInternal, timeout);
        return new ReplayRunner(live, this::load, Clock.systemUTC(), spec.commandLine().getOut()).run(request);
    }

    private ReplayWindow window(AppSettings live) {
        ReplayWindow window;
        try {
            window = new ReplayWindow(range.from(), range.to(), new LinkedHashSet<>(symbols));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        for (String symbol : window.symbols()) {
            if (!live.routing().inUniverse(symbol)) {
                throw new ParameterException(spec.commandLine(), "symbol " + symbol + " is not in "
                        + ConfigKeys.UNIVERSE + " (" + String.join(",", live.routing().universe()) + ")");
            }
        }
        return window;
    }

    /** The live configuration with {@code overrides} on top of the command line's flags. */
    private AppSettings load(Map<String, String> overrides) {
        Map<String, String> flags = new LinkedHashMap<>(connection.flagOverrides());
        flags.putAll(overrides);
        return new ConfigLoader(TradingCalendars::byName)
                .load(new ConfigSources(Map.of(), connection.configFile(), System.getenv(), flags));
    }
}
