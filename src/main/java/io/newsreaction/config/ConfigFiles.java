package io.newsreaction.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Reads a {@code --config} file into flat dotted keys: Java {@code .properties}, or YAML when the
 * name ends in {@code .yml}/{@code .yaml}. YAML maps are joined with dots
 * ({@code reaction: {grace: PT2M}} is {@code reaction.grace=PT2M}), lists of scalars become comma
 * lists, and a key may itself contain dots ({@code reaction: {calendar.holidays: ...}}) where a
 * key is both a value and a prefix.
 */
public final class ConfigFiles {

    private ConfigFiles() {
    }

    /** The file's keys and values, in file order. */
    public static Map<String, String> read(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".yml") || name.endsWith(".yaml")) {
                return readYaml(file);
            }
            return readProperties(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException("config file not found: " + file);
        } catch (JacksonException e) {
            throw new ConfigException(file + ": not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e, e);
        }
    }

    private static Map<String, String> readProperties(Path file) throws IOException {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(in);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : props.stringPropertyNames()) {
            out.put(key.trim(), props.getProperty(key));
        }
        return out;
    }

    private static Map<String, String> readYaml(Path file) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        Map<String, String> out = new LinkedHashMap<>();
        if (root == null || root.isMissingNode() || root.isNull()) {
            return out;
        }
        if (!root.isObject()) {
            throw new ConfigException(file + ": the YAML document must be a map of keys");
        }
        flatten(file, "", root, out);
        return out;
    }

    private static void flatten(Path file, String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String key = prefix.isEmpty() ? field.getKey().trim() : prefix + "." + field.getKey().trim();
                flatten(file, key, field.getValue(), out);
            }
            return;
        }
        String value = node.isArray() ? joinScalars(file, prefix, node) : scalar(node);
        if (out.putIfAbsent(prefix, value) != null) {
            throw new ConfigException(file + ": key " + prefix + " is given twice");
        }
    }

    private static String joinScalars(Path file, String key, JsonNode array) {
        List<String> items = new ArrayList<>();
        for (JsonNode item : array) {
            if (item.isContainerNode()) {
                throw new ConfigException(file + ": " + key + " must be a list of plain values");
            }
            items.add(scalar(item));
        }
        return String.join(",", items);
    }

    private static String scalar(JsonNode node) {
        return node.isNull() ? "" : node.asText();
    }
}
