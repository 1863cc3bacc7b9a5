package org.w3id.scokg.publish;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.w3id.scokg.vocab.LinkTargets;
import org.w3id.scokg.vocab.SCO;

/**
 * What Wikidata's editors take: the memberships as QuickStatements (version 1 commands, one
 * statement and one reference URL a line) in Wikidata's own pattern, for an editor to review, and
 * the Mix'n'match catalogue of the graph's things (CSV: id, name, description, type).
 *
 * <p>A membership becomes {@code P463} (member of) with {@code P580} and {@code P582}; a member
 * state's needs no role, "member of" says it; any other status is written only with {@code P2868}
 * (subject has role) and the Wikidata item of its role, which the graph must give ({@code
 * owl:sameAs} or {@code skos:exactMatch} on the role): without it, the line would claim a
 * membership the state never had, so it is left out.
 */
final class WikidataExport {
    /** The format of an identifier of the proposed Wikidata property: kind/key, as in the IRIs under id/. */
    static final String ID_FORMAT = "(state|organization|place|document|act|event|threat|norm|statement|position|membership|source|excerpt)/[A-Za-z0-9][A-Za-z0-9_.~-]*";

    private WikidataExport() {}

    static byte[] quickStatements(Graph union) {
        Set<String> lines = new LinkedHashSet<>();
        QueryExec.graph(union).query(PublishQueries.read("wikidata-memberships.rq")).select().forEachRemaining(row -> {
            boolean member = row.get("role").getURI().equals(SCO.NS + "MemberState");
            if (!member && !row.contains("roleItem")) return;
            StringBuilder line = new StringBuilder(qid(row.get("stateItem"))).append("\tP463\t").append(qid(row.get("organizationItem")));
            line.append("\tP580\t").append(time(row.get("begin")));
            if (row.contains("end")) line.append("\tP582\t").append(time(row.get("end")));
            if (!member) line.append("\tP2868\t").append(qid(row.get("roleItem")));
            if (row.contains("url")) line.append("\tS854\t\"").append(row.get("url").getURI()).append('"');
            lines.add(line.toString());
        });
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] mixnmatch(Graph union) {
        StringWriter out = new StringWriter();
        // RFC 4180: records end with CRLF (they ended with LF until 2 December 2026).
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord("id", "name", "description", "type");
            RowSet rows = QueryExec.graph(union).query(PublishQueries.read("mixnmatch.rq")).select();
            while (rows.hasNext()) {
                Binding row = rows.next();
                String description = row.get("classLabel").getLiteralLexicalForm()
                        + (row.contains("detail") ? ", " + row.get("detail").getLiteralLexicalForm() : "");
                csv.printRecord(row.get("entity").getURI().substring(SCO.ID.length()), row.get("name").getLiteralLexicalForm(),
                        description, row.get("type").getLiteralLexicalForm());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String qid(Node item) {
        return item.getURI().substring(LinkTargets.WIKIDATA.namespace.length());
    }

    /** A QuickStatements time: day precision (11) for a date, month (10) for a year and month, year (9) for a year. */
    private static String time(Node value) {
        String text = value.getLiteralLexicalForm();
        return switch (text.length()) {
            case 4 -> "+" + text + "-00-00T00:00:00Z/9";
            case 7 -> "+" + text + "-00T00:00:00Z/10";
            default -> "+" + text + "T00:00:00Z/11";
        };
    }
}
