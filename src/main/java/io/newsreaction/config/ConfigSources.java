package io.newsreaction.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The layers of one configuration, lowest precedence first: built-in defaults, then {@code base}
 * (a command's own profile, e.g. the demo routing), the {@code --config} file, the environment and
 * the command-line flags.
 *
 * @param base       key/values above the built-in defaults (empty for none)
 * @param configFile the {@code --config} file, if any
 * @param env        the process environment (only {@code NEWS_REACTION_*} variables are read)
 * @param flags      overrides from the command line
 */
public record ConfigSources(
        Map<String, String> base, Optional<Path> configFile, Map<String, String> env, Map<String, String> flags) {

    public ConfigSources {
        base = Map.copyOf(Objects.requireNonNull(base, "base"));
        Objects.requireNonNull(configFile, "configFile");
        env = Map.copyOf(Objects.requireNonNull(env, "env"));
        flags = Map.copyOf(Objects.requireNonNull(flags, "flags"));
    }

    /** Defaults only. */
    public static ConfigSources none() {
        return new ConfigSources(Map.of(), Optional.empty(), Map.of(), Map.of());
    }

    /** The file, this process's environment and the flags. */
    public static ConfigSources of(Optional<Path> configFile, Map<String, String> flags) {
        return new ConfigSources(Map.of(), configFile, System.getenv(), flags);
    }
}
