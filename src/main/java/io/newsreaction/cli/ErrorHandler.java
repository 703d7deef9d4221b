package io.newsreaction.cli;

import io.newsreaction.config.ConfigException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one clear line on stderr and an exit code: 2 for usage errors (bad options
 * and bad configuration: a {@link ConfigException}, or Kafka's own, anywhere in the cause chain),
 * 1 for runtime failures. The stack trace is printed only with {@code --verbose}.
 */
public final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;
    private static final String VERBOSE = "--verbose";

    /** Installs the handler on {@code commandLine} (and so on its subcommands) and returns it. */
    public static CommandLine install(CommandLine commandLine) {
        ErrorHandler handler = new ErrorHandler();
        return commandLine
            .setExecutionExceptionHandler(handler)
            .setParameterExceptionHandler(handler);
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        err.println("error: " + describe(e));
        if (isVerbose(parseResult)) {
            e.printStackTrace(err);
        }
        err.flush();
        return isConfigError(e) ? EXIT_USAGE : EXIT_FAILURE;
    }

    /** True when a bad configuration key or value caused {@code failure}. */
    static boolean isConfigError(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof ConfigException || t instanceof org.apache.kafka.common.config.ConfigException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("error: " + oneLine(e.getMessage()) + " (see '" + qualifiedName(commandLine) + " --help')");
        if (List.of(args).contains(VERBOSE)) {
            e.printStackTrace(err);
        }
        err.flush();
        return EXIT_USAGE;
    }

    /**
     * The first meaningful message of the cause chain, followed by the root cause's message when
     * it adds something, e.g. "cannot start the schema registry: Connection refused".
     */
    static String describe(Throwable failure) {
        List<String> messages = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Throwable root = failure;
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            root = t;
            String message = t.getMessage();
            boolean wrapper = t.getCause() != null && t.getCause().toString().equals(message);
            if (message != null && !message.isBlank() && !wrapper) {
                messages.add(oneLine(message));
            }
        }
        if (messages.isEmpty()) {
            return root.getClass().getSimpleName();
        }
        String first = messages.get(0);
        String last = messages.get(messages.size() - 1);
        return first.contains(last) ? first : first + ": " + last;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static boolean isVerbose(ParseResult parseResult) {
        for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
            if (result.hasMatchedOption(VERBOSE)) {
                return true;
            }
        }
        return false;
    }

    private static String qualifiedName(CommandLine commandLine) {
        return commandLine.getCommandSpec().qualifiedName();
    }
}
