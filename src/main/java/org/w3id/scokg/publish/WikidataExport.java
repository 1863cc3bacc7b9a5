package org.w3id.scokg.publish;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
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
 *
 * <p>One statement per state and organisation: QuickStatements (version 1) adds a line whose item,
 * property and value a statement already has to that statement, so a second period (observer, then
 * member) would put two start times and the observer's role on the one "member of" statement. Only
 * the latest period that can be written is; the earlier ones are for an editor to add as statements
 * of their own (a review on 3 December 2026 found the merge, which no data of the day made yet).
 */
final class WikidataExport {
    /** The format of an identifier of the proposed Wikidata property: kind/key, as in the IRIs under id/. */
    static final String ID_FORMAT = "(state|organization|place|document|act|event|threat|norm|statement|position|membership|source|excerpt)/[A-Za-z0-9][A-Za-z0-9_.~-]*";

    private static final Pattern DATE = Pattern.compile("([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?");

    private WikidataExport() {}

    static byte[] quickStatements(Graph union) {
        List<Binding> rows = new ArrayList<>();
        QueryExec.graph(union).query(PublishQueries.read("wikidata-memberships.rq")).select().forEachRemaining(row -> {
            if (writable(row)) rows.add(row);
        });
        // The latest period of each state in each organisation, by its first day (ISO text orders as time).
        Map<List<Node>, Binding> latest = new HashMap<>();
        for (Binding row : rows) {
            latest.merge(List.of(row.get("stateItem"), row.get("organizationItem")), row,
                    (kept, other) -> begin(other).compareTo(begin(kept)) > 0 ? other : kept);
        }
        Set<Node> written = new HashSet<>();
        latest.values().forEach(row -> written.add(row.get("membership")));
        Set<String> lines = new LinkedHashSet<>();
        rows.stream().filter(row -> written.contains(row.get("membership"))).forEach(row -> {
            boolean member = row.get("role").getURI().equals(SCO.NS + "MemberState");
            StringBuilder line = new StringBuilder(qid(row.get("stateItem"))).append("\tP463\t").append(qid(row.get("organizationItem")));
            line.append("\tP580\t").append(time(row.get("begin")));
            if (row.contains("end")) line.append("\tP582\t").append(time(row.get("end")));
            if (!member) line.append("\tP2868\t").append(qid(row.get("roleItem")));
            if (row.contains("url")) line.append("\tS854\t\"").append(row.get("url").getURI()).append('"');
            lines.add(line.toString());
        });
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A member's period, or another status whose role has a Wikidata item. */
    private static boolean writable(Binding row) {
        return row.get("role").getURI().equals(SCO.NS + "MemberState") || row.contains("roleItem");
    }

    private static String begin(Binding row) {
        return row.get("begin").getLiteralLexicalForm();
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

    /**
     * A QuickStatements time: day precision (11) for a date, month (10) for a year and month, year (9)
     * for a year, read from the value's year, month and day, whatever follows them (a time zone):
     * until a review on 3 December 2026 the precision came from the text's length, and "2001-06-15Z"
     * would have made a time QuickStatements refuses.
     */
    static String time(Node value) {
        Matcher date = DATE.matcher(value.getLiteralLexicalForm());
        if (!date.lookingAt()) throw new IllegalArgumentException("not a date of the Gregorian calendar: " + value);
        // By the datatype, so that a year's time zone ("2015-05:00") is not read as a month.
        boolean year = XSDDatatype.XSDgYear.equals(value.getLiteralDatatype()) || date.group(2) == null;
        if (year) return "+" + date.group(1) + "-00-00T00:00:00Z/9";
        if (XSDDatatype.XSDgYearMonth.equals(value.getLiteralDatatype()) || date.group(3) == null) return "+" + date.group(1) + "-" + date.group(2) + "-00T00:00:00Z/10";
        return "+" + date.group(1) + "-" + date.group(2) + "-" + date.group(3) + "T00:00:00Z/11";
    }
}
