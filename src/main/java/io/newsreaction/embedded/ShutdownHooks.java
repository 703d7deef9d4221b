package io.newsreaction.embedded;

/** Registers and removes JVM shutdown hooks, tolerating a JVM that is already shutting down. */
final class ShutdownHooks {
    private ShutdownHooks() {
    }

    /** Runs {@code action} on JVM shutdown (SIGINT, SIGTERM, System.exit, end of main). */
    static Thread register(String name, Runnable action) {
        Thread hook = new Thread(action, name);
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    /** Removes the hook unless it is the running thread or the JVM is already shutting down. */
    static void unregister(Thread hook) {
        if (hook == null || Thread.currentThread() == hook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs or has run, there is nothing to undo
        }
    }
}
