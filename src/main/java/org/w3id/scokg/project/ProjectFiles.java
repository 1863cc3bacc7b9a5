package org.w3id.scokg.project;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Reads the project's own files (tables, sources, the ontology and shapes, mappings and queries),
 * reporting every problem with the file and, where the parser knows it, the line and column.
 */
public final class ProjectFiles {
    private ProjectFiles() {}

    /** The text of a file, which must be UTF-8; a problem names the file otherwise. */
    public static String readUtf8(Path path, String display) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InputException(Location.file(display), "not valid UTF-8");
        } catch (IOException e) {
            throw new InputException(Location.file(display), "cannot read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    /** A Turtle file as a graph; every syntax problem is reported with file:line:column. */
    public static Graph readTurtle(Path path, String display) {
        if (!Files.isRegularFile(path)) throw new InputException(Location.file(display), "file not found");
        readUtf8(path, display);
        List<Problem> problems = new ArrayList<>();
        Graph graph = GraphFactory.createGraphMem();
        try {
            RDFParser.source(path).lang(Lang.TURTLE).errorHandler(collector(display, problems)).parse(graph);
        } catch (RiotException e) {
            if (problems.isEmpty()) problems.add(new Problem(Location.file(display), e.getMessage()));
        }
        if (!problems.isEmpty()) throw new InputException(problems);
        return graph;
    }

    /** A SPARQL file's text as a query; a syntax error is reported with its line and column. */
    public static Query parseQuery(String text, String display) {
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new InputException(Location.line(display, e.getLine(), e.getColumn()),
                    "SPARQL syntax error: " + firstLine(e.getMessage()));
        }
    }

    /** The parser's first line, without the position the location already gives. */
    static String firstLine(String message) {
        if (message == null) return "";
        int newline = message.indexOf('\n');
        String first = newline < 0 ? message : message.substring(0, newline);
        return first.replaceFirst("\\s*at line \\d+, column \\d+\\.?$", "");
    }

    private static ErrorHandler collector(String display, List<Problem> problems) {
        return new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                problems.add(new Problem(Location.line(display, line, col), message));
            }

            @Override
            public void error(String message, long line, long col) {
                problems.add(new Problem(Location.line(display, line, col), message));
            }

            @Override
            public void fatal(String message, long line, long col) {
                problems.add(new Problem(Location.line(display, line, col), message));
                throw new RiotException(message);
            }
        };
    }
}
