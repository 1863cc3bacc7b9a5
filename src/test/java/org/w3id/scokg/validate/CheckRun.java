package org.w3id.scokg.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.w3id.scokg.ProjectCopy;

/** A violation query of {@code queries/checks} run over a dataset written in TriG, as {@code validate} runs it over the graph. */
final class CheckRun {
    private CheckRun() {}

    /** The rows {@code check} (a file name of queries/checks) finds in {@code trig}. */
    static List<Binding> rows(String check, String trig) throws IOException {
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(trig, Lang.TRIG).parse(dataset);
        String query = Files.readString(ProjectCopy.ROOT.resolve(Path.of("queries", "checks", check)));
        return QueryExec.dataset(dataset).query(QueryFactory.create(query)).select().materialize().stream().toList();
    }
}
