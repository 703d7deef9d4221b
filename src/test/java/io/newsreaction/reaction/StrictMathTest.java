package io.newsreaction.reaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §8: numbers are bit-reproducible across JVMs and CPUs. {@code Math}'s transcendental
 * functions may differ in the last bit between JVMs (intrinsics), {@code StrictMath}'s may not, so
 * the processing path (reaction math, market calendar, topology) must call {@code StrictMath}.
 */
class StrictMathTest {
    private static final Pattern LOOSE = Pattern.compile(
            "(?<!Strict)\\bMath\\.(log|log10|log1p|exp|expm1|pow|sqrt|cbrt|sin|cos|tan|atan2|hypot)\\(");
    private static final List<String> PROCESSING_PATH = List.of("reaction", "market", "topology", "routing");

    @Test
    void processingPathShouldCallStrictMathOnly() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (String pkg : PROCESSING_PATH) {
            Path dir = Path.of("src/main/java/io/newsreaction", pkg);
            assertThat(dir).isDirectory();
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(f);
                    for (int i = 0; i < lines.size(); i++) {
                        Matcher m = LOOSE.matcher(lines.get(i));
                        if (m.find()) {
                            offenders.add(f + ":" + (i + 1) + ": " + lines.get(i).trim());
                        }
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void patternShouldCatchMathAndSpareStrictMath() {
        assertThat(LOOSE.matcher("double r = Math.log(p / q);").find()).isTrue();
        assertThat(LOOSE.matcher("double r = StrictMath.log(p / q);").find()).isFalse();
        assertThat(LOOSE.matcher("int n = Math.max(a, b);").find()).isFalse();
    }
}
