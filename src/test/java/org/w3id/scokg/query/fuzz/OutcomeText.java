package org.w3id.scokg.query.fuzz;

import java.io.StringWriter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.engine.binding.Binding;

/** An {@link Outcome} as a few lines of text for a report: at most {@value #ROWS} rows or triples. */
final class OutcomeText {
    static final int ROWS = 12;

    private OutcomeText() {}

    static String of(Outcome outcome) {
        if (outcome instanceof Outcome.Rows rows) {
            StringBuilder text = new StringBuilder(rows.rows().size() + " rows of " + rows.vars());
            for (Binding row : rows.rows().subList(0, Math.min(ROWS, rows.rows().size()))) text.append("\n    ").append(row);
            if (rows.rows().size() > ROWS) text.append("\n    ...");
            return text.toString();
        }
        if (outcome instanceof Outcome.Ask ask) return "ASK " + ask.value();
        if (outcome instanceof Outcome.Triples triples) {
            StringWriter nt = new StringWriter();
            RDFDataMgr.write(nt, triples.graph(), Lang.NTRIPLES);
            String[] lines = nt.toString().split("\n");
            StringBuilder text = new StringBuilder(triples.graph().size() + " triples");
            for (int i = 0; i < Math.min(ROWS, lines.length); i++) if (!lines[i].isEmpty()) text.append("\n    ").append(lines[i]);
            if (lines.length > ROWS) text.append("\n    ...");
            return text.toString();
        }
        if (outcome instanceof Outcome.Failure failure) return "failed: " + failure.type() + ": " + truncated(failure.message());
        return "timed out";
    }

    private static String truncated(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "...";
    }
}
