package io.newsreaction;

/** Entry point of the news-reaction command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(0);
    }
}
