package io.newsreaction.cli;

import io.newsreaction.demo.DemoRun;
import io.newsreaction.embedded.EmbeddedLogs;
import io.newsreaction.embedded.EmbeddedStack;
import java.util.Map;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demo}: the main job on the embedded default, fed the bundled DeepSeek-week data. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start the embedded Kafka + schema registry, run the reaction service on the bundled "
                + "DeepSeek-week data, print the ranked reactions, events and cohorts and write reactions.jsonl, "
                + "events.jsonl, stats.jsonl and report.html.")
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "demo-out", description = "Output directory (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--keep-running", description = "Keep the embedded stack up afterwards and print its addresses")
    boolean keepRunning;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "PT5M",
            description = "Longest wait for the pipeline to drain (default: ${DEFAULT-VALUE})")
    Duration timeout;

    @Override
    public Integer call() throws Exception {
        PrintStream stdout = System.out;
        long started = System.nanoTime();
        Path logDir = out.resolve("logs");
        EmbeddedLogs.divertTo(logDir.resolve("embedded-kafka.log"), Verbosity.verbose());
        stdout.println("starting embedded Kafka and schema registry (their logs: " + logDir
                + (Verbosity.verbose() ? ", and here" : "; --verbose: also here") + ") ...");
        try (EmbeddedStack stack = EmbeddedStack.start(null, Map.of(), logDir.resolve("registry.log"))) {
            stdout.printf("stack up in %.1f s%n", (System.nanoTime() - started) / 1e9);
            DemoRun run = new DemoRun(stdout, out, timeout);
            try (DemoRun.Served served = keepRunning ? run.runAndServe(stack) : new DemoRun.Served(run.run(stack))) {
                // Ctrl+C: the service first, then the stack (its own hooks stop the broker and the registry)
                Thread hook = new Thread(served::close, "demo-shutdown");
                Runtime.getRuntime().addShutdownHook(hook);
                DemoRun.Result result = served.result();
                stdout.printf("demo finished in %.1f s (%d reactions)%n", (System.nanoTime() - started) / 1e9, result.reactions().size());
                if (keepRunning) {
                    stdout.println("bootstrap.servers=" + stack.bootstrapServers());
                    stdout.println("schema.registry.url=" + stack.schemaRegistryUrl());
                    stdout.println("dashboard=" + served.dashboardUrl());
                    stdout.flush();
                    new CountDownLatch(1).await();
                }
                Runtime.getRuntime().removeShutdownHook(hook);
                return result.drained() ? 0 : 1;
            }
        }
    }
}
