package org.w3id.scokg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.cli.Main;
import picocli.CommandLine;

/**
 * One bad input per fixture in {@code src/test/resources/bad-input}: each fixture names a file of
 * the project, an edit that breaks it, and the message {@code build} must print ({@code {line}} in
 * it: the line of the file the edit is on). The build must exit 1 and leave the output folder as it was.
 */
class BadInputTest {
    static Stream<Path> fixtures() throws IOException {
        return Files.list(Path.of("src/test/resources/bad-input")).filter(p -> p.toString().endsWith(".edit")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void build_reports_the_defect_where_it_is(Path fixture, @TempDir Path temp) throws IOException {
        Map<String, String> edit = parse(fixture);
        Path project = ProjectCopy.into(temp.resolve("project"));
        Path file = project.resolve(edit.get("file"));
        String expected = edit.get("expect");
        if (edit.containsKey("rename")) {
            Files.move(file, project.resolve(edit.get("rename")));
        } else {
            String text = Files.readString(file);
            assertTrue(text.contains(edit.get("find")), "the fixture's text is in " + edit.get("file"));
            Files.writeString(file, text.replace(edit.get("find"), edit.get("replace")));
            // {line}: the line the edit is on, counted here, so a fixture in a table that grows keeps its place.
            long line = text.substring(0, text.indexOf(edit.get("find"))).chars().filter(c -> c == '\n').count() + 1;
            expected = expected.replace("{line}", Long.toString(line));
        }
        Path out = temp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("previous.ttl"), "kept");

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setOut(new PrintWriter(new ByteArrayOutputStream(), true));
        int status = cli.execute("build", "--project", project.toString(), "--out", out.toString());
        String message = err.toString(StandardCharsets.UTF_8);

        assertEquals(Main.BAD_INPUT, status, message);
        assertTrue(message.contains(expected), "expected «" + expected + "» in:\n" + message);
        assertFalse(message.contains("\tat "), "no stack trace");
        assertEquals("kept", Files.readString(out.resolve("previous.ttl")), "the previous output is untouched");
        assertFalse(Files.exists(out.resolve("sco-kg.ttl")), "nothing new is written");
        assertNotEquals(0, message.lines().count());
    }

    private static Map<String, String> parse(Path fixture) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : Files.readAllLines(fixture)) {
            if (line.startsWith("#") || line.isBlank()) continue;
            int colon = line.indexOf(": ");
            fields.put(line.substring(0, colon), line.substring(colon + 2));
        }
        return fields;
    }
}
