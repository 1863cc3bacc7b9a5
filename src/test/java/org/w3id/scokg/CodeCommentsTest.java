package org.w3id.scokg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Comments say why, not when (STYLE.md: "inline comments say why"): the code's history (which
 * review changed what, and on which day) is in git's log, docs/history.md and the README, and a
 * comment that tells it goes stale with the next change. Dates that are facts of the data (a
 * treaty's signing) are written as the data writes them and are not the project's own days.
 */
class CodeCommentsTest {
    /** "until a review on 5 December 2026", "since 6 December 2026", "a review of issue 15 on …", "(a review found it)". */
    static final Pattern HISTORY = Pattern.compile(
            "(?i)\\b(until|since|before) (a review|\\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) 202[6-9])"
                    + "|\\ba review (on|of|found)\\b|\\b(January|February|March|April|May|June|July|August|September|October|November|December) 202[6-9]\\b");

    @Test
    void no_comment_of_the_main_code_tells_its_history() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (HISTORY.matcher(lines.get(i)).find()) found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void the_pattern_finds_a_reviews_day_and_leaves_a_facts_day() {
        assertTrue(HISTORY.matcher("// was cut at 26 letters until a review on 2 December 2026").find());
        assertTrue(HISTORY.matcher("* so since 6 December 2026 the page says").find());
        assertTrue(HISTORY.matcher("// (a review of issue 15 found it)").find());
        assertFalse(HISTORY.matcher("// the letter of 12 September 2011 (A/66/359)").find());
        assertFalse(HISTORY.matcher("// India a member since 2017-06-09").find());
    }
}
