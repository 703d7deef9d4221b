package io.newsreaction;

import io.newsreaction.cli.ErrorHandler;
import io.newsreaction.cli.NewsReactionCommand;
import picocli.CommandLine;

/** Entry point of the news-reaction command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(ErrorHandler.install(new CommandLine(new NewsReactionCommand())).execute(args));
    }
}
