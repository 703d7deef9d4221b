package io.newsreaction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Read access to a docker-compose file the way Compose sees it: services, their environment (with
 * {@code ${VAR:-default}} resolved to the default, as on a machine that sets nothing), dependencies,
 * volumes and command.
 */
final class ComposeFile {
    private static final Pattern DEFAULTED = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*):?-([^}]*)}");

    private final JsonNode root;

    private ComposeFile(JsonNode root) {
        this.root = root;
    }

    static ComposeFile read(Path file) {
        try {
            return new ComposeFile(new ObjectMapper(new YAMLFactory()).readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + file, e);
        }
    }

    List<String> services() {
        List<String> names = new ArrayList<>();
        root.path("services").fieldNames().forEachRemaining(names::add);
        return names;
    }

    List<String> declaredVolumes() {
        List<String> names = new ArrayList<>();
        root.path("volumes").fieldNames().forEachRemaining(names::add);
        return names;
    }

    JsonNode service(String name) {
        JsonNode service = root.path("services").path(name);
        if (service.isMissingNode()) {
            throw new IllegalArgumentException("no service " + name);
        }
        return service;
    }

    String image(String service) {
        return service(service).path("image").asText();
    }

    /** The service's environment with defaults of {@code ${VAR:-default}} filled in. */
    Map<String, String> environment(String service) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode node = service(service).path("environment");
        if (node.isArray()) {
            node.forEach(e -> env.put(e.asText().split("=", 2)[0], interpolate(e.asText().split("=", 2)[1])));
        } else {
            node.fields().forEachRemaining(e -> env.put(e.getKey(), interpolate(e.getValue().asText())));
        }
        return env;
    }

    /** Services named in {@code depends_on}, in the list or the map form. */
    List<String> dependsOn(String service) {
        List<String> names = new ArrayList<>();
        JsonNode node = service(service).path("depends_on");
        if (node.isArray()) {
            node.forEach(n -> names.add(n.asText()));
        } else {
            node.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    /** {@code source:target[:mode]} volume specs. */
    List<String> volumes(String service) {
        List<String> specs = new ArrayList<>();
        service(service).path("volumes").forEach(v -> specs.add(v.asText()));
        return specs;
    }

    /** The command as a list of arguments (exec form), or one shell script (a one-element list). */
    List<String> command(String service) {
        List<String> args = new ArrayList<>();
        JsonNode node = service(service).path("command");
        if (node.isArray()) {
            node.forEach(a -> args.add(a.asText()));
        } else if (!node.isMissingNode()) {
            args.add(node.asText());
        }
        return args;
    }

    /** Where a container path comes from on the host, through a bind mount of this service. */
    Path hostPath(String service, String containerPath) {
        for (String spec : volumes(service)) {
            String[] parts = spec.split(":");
            if (parts[0].startsWith(".") && containerPath.startsWith(parts[1])) {
                return Path.of(parts[0] + containerPath.substring(parts[1].length()));
            }
        }
        throw new IllegalArgumentException(service + " mounts nothing at " + containerPath);
    }

    static String interpolate(String value) {
        Matcher m = DEFAULTED.matcher(value);
        String resolved = m.replaceAll(r -> Matcher.quoteReplacement(r.group(2)));
        if (resolved.contains("${")) {
            throw new IllegalArgumentException("a variable without a default would be empty on a fresh machine: " + value);
        }
        return resolved.replace("$$", "$");
    }
}
