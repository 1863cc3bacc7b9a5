package org.w3id.scokg.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.graph.GraphFactory;

/** Reads the project's RDF files (ontology, shapes), reporting every syntax problem with file:line:column. */
public final class RdfFiles {
    private RdfFiles() {}

    public static Graph readTurtle(Path path, String display) {
        if (!Files.isRegularFile(path)) throw new InputException(Location.file(display), "file not found");
        Table.readUtf8(path, display);
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
