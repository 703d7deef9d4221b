package io.newsreaction.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
    private static final String ENTITY_PREFIX = "routing.entity.";

    private DemoRouting() {
    }

    /** The demo's configuration keys and values, sorted by key. */
    public static Map<String, String> properties() {
        Map<String, String> out = new TreeMap<>(inFileOrder());
        return Collections.unmodifiableMap(out);
    }

    /** The entities the demo routes ({@code routing.entity.NAME} keys), spelled and ordered as in the file. */
    public static List<String> routedEntities() {
        return inFileOrder().keySet().stream().filter(k -> k.startsWith(ENTITY_PREFIX))
                .map(k -> k.substring(ENTITY_PREFIX.length())).toList();
    }

    private static Map<String, String> inFileOrder() {
        InputStream stream = DemoRouting.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new IllegalStateException("missing classpath resource " + RESOURCE);
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        Properties props = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                ordered.put((String) key, (String) value);
                return super.put(key, value);
            }
        };
        try (Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return ordered;
    }
}
