package io.newsreaction.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The project's line limit, held by the build: no Java source line longer than 140 characters. */
class SourceLinesTest {
    private static final int LIMIT = 140;

    @Test
    void shouldKeepEverySourceLineWithinTheLimit() throws IOException {
        List<String> tooLong = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/test/java")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        int length = lines.get(i).codePointCount(0, lines.get(i).length());
                        if (length > LIMIT) {
                            tooLong.add(file + ":" + (i + 1) + " (" + length + ")");
                        }
                    }
                }
            }
        }
        assertThat(tooLong).as("lines over " + LIMIT + " characters").isEmpty();
    }
}
