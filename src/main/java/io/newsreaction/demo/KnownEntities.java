package io.newsreaction.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Extracts named entities from headline text for sources that carry none (the bundled timeline and
 * Benzinga files): a fixed list of names of the DeepSeek episode, each matched case-insensitively as
 * a whole word (not inside a longer word or number: {@code DeepSeek-R1} yields DeepSeek and R1,
 * {@code NVIDIA's} yields Nvidia, {@code Metaverse} nothing). Deliberately simple: no stemming, no
 * NLP; where names go is the routing configuration's business.
 */
public final class KnownEntities {

    /**
     * Companies of the episode that are reported as entities but routed nowhere: they have no
     * prices in the bundle (see the comments of {@code demo.properties}).
     */
    private static final List<String> UNROUTED = List.of("Broadcom", "TSMC", "Oracle", "SoftBank", "Alibaba");

    /** The names looked for, in the canonical spelling they are reported in: the demo's routed entities, then {@link #UNROUTED}. */
    public static final List<String> NAMES = Stream.concat(DemoRouting.routedEntities().stream(), UNROUTED.stream()).toList();

    private static final List<Pattern> PATTERNS = patterns();

    private KnownEntities() {
    }

    /** The known names found in {@code text}, in {@link #NAMES} order, each once. */
    public static List<String> extract(String text) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        for (int i = 0; i < NAMES.size(); i++) {
            if (PATTERNS.get(i).matcher(text).find()) {
                found.add(NAMES.get(i));
            }
        }
        return found;
    }

    private static List<Pattern> patterns() {
        List<Pattern> out = new ArrayList<>();
        for (String name : NAMES) {
            out.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        return List.copyOf(out);
    }
}
