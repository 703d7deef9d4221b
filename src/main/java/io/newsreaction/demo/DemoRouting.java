package io.newsreaction.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The routing of the bundled DeepSeek-week demo: the classpath resource {@code demo.properties}
 * (universe, benchmarks and entity map, with the reasons in its comments), given to the config
 * loader as the layer above the built-in defaults.
 */
public final class DemoRouting {

    /** Classpath location of the demo routing. */
    public static final String RESOURCE = "demo.properties";

    private DemoRouting() {
    }

    /** The demo's configuration keys and values, sorted by key. */
    public static Map<String, String> properties() {
        InputStream stream = DemoRouting.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new IllegalStateException("missing classpath resource " + RESOURCE);
        }
        Properties props = new Properties();
        try (Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        Map<String, String> out = new TreeMap<>();
        props.stringPropertyNames().forEach(k -> out.put(k, props.getProperty(k)));
        return Collections.unmodifiableMap(out);
    }
}
