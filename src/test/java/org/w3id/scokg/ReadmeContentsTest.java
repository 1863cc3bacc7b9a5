package org.w3id.scokg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's contents list names every section, and its links within the page land on a heading. */
class ReadmeContentsTest {
    private static final Pattern HEADING = Pattern.compile("^(##|###) (.+)$");
    private static final Pattern LINK = Pattern.compile("\\]\\(#([^)]+)\\)");
    private static final Pattern CONTENTS_ENTRY = Pattern.compile("^ *- \\[[^\\]]+\\]\\(#([^)]+)\\)$");

    @Test
    void everySectionIsListedAndEveryLinkLands() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        Set<String> headings = new LinkedHashSet<>();
        boolean code = false;
        for (String line : lines) {
            if (line.startsWith("```")) code = !code;
            Matcher heading = HEADING.matcher(line);
            if (!code && heading.matches()) headings.add(slug(heading.group(2)));
        }
        List<String> listed = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        for (String line : lines) {
            Matcher entry = CONTENTS_ENTRY.matcher(line);
            if (entry.matches()) listed.add(entry.group(1));
            Matcher link = LINK.matcher(line);
            while (link.find()) if (!headings.contains(link.group(1))) broken.add(link.group(1));
        }
        assertTrue(headings.size() > 30, "the README's sections were not found");
        assertEquals(List.of(), broken, "links to no heading");
        assertEquals(List.copyOf(headings), listed, "the contents list, in order");
    }

    /** The anchor GitHub gives a heading: lower case, without punctuation, spaces as hyphens. */
    private static String slug(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_\\- ]", "").replace(' ', '-');
    }

    @Test
    void slugsAreGitHubs() {
        assertEquals("what-changed-in-the-ontology-010--020", slug("What changed in the ontology (0.1.0 → 0.2.0)"));
        assertEquals("the-scos-information-security-record", slug("The SCO's information-security record"));
        assertEquals("persistent-identifiers-w3idorg", slug("Persistent identifiers (`w3id.org`)"));
    }
}
