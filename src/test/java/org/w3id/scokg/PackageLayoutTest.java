package org.w3id.scokg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Imports point down (STYLE.md, README "The code"): a package names only the packages below it and
 * its own sub-packages, which it wires; never a sibling above it or its parent. A package missing
 * from {@link #LEVELS} fails too, so a new one is placed on purpose.
 */
class PackageLayoutTest {
    private static final String ROOT = "org.w3id.scokg.";

    /** Each package's level, the lowest first; a package may name a package of a lower level only. */
    private static final Map<String, Integer> LEVELS = levels(
            List.of("project", "vocab"),
            List.of("graph"),
            List.of("query.functions"),
            List.of("query.engine", "query.results"),
            List.of("query"),
            List.of("validate", "publish"),
            List.of("server.web"),
            List.of("server.http"),
            List.of("server.fair"),
            List.of("server.sparql"),
            List.of("server.linkeddata", "server.search", "server.reconcile", "server.fragments", "server.site"),
            List.of("server"),
            List.of("cli"));

    /** A class named with its package: an import, or a name written out in the code or its comments. */
    private static final Pattern NAMED = Pattern.compile("\\b" + Pattern.quote(ROOT) + "((?:[a-z][a-z0-9]*\\.)*[a-z][a-z0-9]*)\\.[A-Z]");

    @Test
    void everyPackageNamesOnlyWhatIsBelowIt() throws IOException {
        Path sources = Path.of("src/main/java/org/w3id/scokg");
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(sources)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                files.put(sources.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        assertTrue(files.size() > 100, "the sources were found");
        assertEquals(List.of(), violations(files));
    }

    @Test
    void aNameUpwardsOrUnplacedIsReported() {
        Map<String, String> files = Map.of(
                "query/engine/Drawn.java", "package org.w3id.scokg.query.engine;\nimport org.w3id.scokg.query.FunctionLibrary;\n",
                "query/Runner.java", "package org.w3id.scokg.query;\nimport org.w3id.scokg.query.engine.SparqlEngine;\n",
                "server/web/Page.java", "package org.w3id.scokg.server.web;\n/** Like {@link org.w3id.scokg.server.site.HomePage}. */\n",
                "tools/Odd.java", "package org.w3id.scokg.tools;\n");
        assertEquals(List.of("query/engine/Drawn.java:2: query.engine names org.w3id.scokg.query.FunctionLibrary, a package above it",
                "server/web/Page.java:2: server.web names org.w3id.scokg.server.site.HomePage, a package above it",
                "tools/Odd.java: package tools has no level in PackageLayoutTest.LEVELS"), violations(files).stream().sorted().toList());
    }

    /** Each name upwards, as {@code file:line: what}, and each file of a package with no level. */
    static List<String> violations(Map<String, String> files) {
        List<String> found = new ArrayList<>();
        files.forEach((file, text) -> {
            String from = file.contains("/") ? file.substring(0, file.lastIndexOf('/')).replace('/', '.') : "";
            Integer level = LEVELS.get(from);
            if (level == null) {
                found.add(file + ": package " + from + " has no level in PackageLayoutTest.LEVELS");
                return;
            }
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher named = NAMED.matcher(lines[i]);
                while (named.find()) {
                    String to = named.group(1);
                    if (to.equals(from) || to.startsWith(from + ".")) continue;
                    Integer below = LEVELS.get(to);
                    if (below == null || below >= level) {
                        found.add(file + ":" + (i + 1) + ": " + from + " names " + lines[i].substring(named.start(), lineEnd(lines[i], named.end()))
                                + ", a package " + (below == null ? "with no level" : "above it"));
                    }
                }
            }
        });
        return found;
    }

    /** Where the class name that starts just before {@code from} ends. */
    private static int lineEnd(String line, int from) {
        int end = from;
        while (end < line.length() && Character.isJavaIdentifierPart(line.charAt(end))) end++;
        return end;
    }

    @SafeVarargs
    private static Map<String, Integer> levels(List<String>... levels) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < levels.length; i++) {
            for (String name : levels[i]) map.put(name, i);
        }
        return map;
    }
}
