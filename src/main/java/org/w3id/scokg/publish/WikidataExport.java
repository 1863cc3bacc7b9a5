package org.w3id.scokg.publish;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 * the Mix'n'match catalogue of the graph's things (CSV: id, name, desc, type).
 *
 * <p>A membership becomes {@code P463} (member of) with {@code P580} and {@code P582}; a member
 * state's needs no role, "member of" says it; any other status is written only with {@code P2868}
 * (subject has role) and the Wikidata item of its role, which the graph must give ({@code
 * owl:sameAs} on the role; a {@code skos:exactMatch} is a match the graph has not checked): without
 * it, the line would claim a membership the state never had, so it is left out.
 *
 * <p>One statement per state and organisation: QuickStatements (version 1) adds a line whose item,
 * property and value a statement already has to that statement, so a second period (observer, then
 * member) would put two start times and the observer's role on the one "member of" statement. Only
 * the latest period that can be written is; the earlier ones are for an editor to add as statements
 * of their own.
 */
final class WikidataExport {
    /**
     * The format of an identifier of the proposed Wikidata property: kind/key, as in the IRIs under
     * id/; a state's key is its ISO 3166 alpha-2 code, and no key ends in punctuation, so it refuses
     * {@code state/ru} and {@code document/A-66-359.}, which are 404s.
     * Statements' reifications ({@code id/assertion/...}) are left out: no Wikidata item is one.
     */
    static final String ID_FORMAT = "state/[A-Z]{2}|(organization|place|document|act|event|threat|norm|statement|position|membership|source|excerpt)/[A-Za-z0-9](?:[A-Za-z0-9_.~-]*[A-Za-z0-9])?";

    private static final Pattern DATE = Pattern.compile("([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?");

    private WikidataExport() {}

    static byte[] quickStatements(Graph union) {
        // One membership a period; its query's rows differ only in the sources and marks they bind.
        Map<Node, Period> periods = new java.util.LinkedHashMap<>();
        QueryExec.graph(union).query(PublishQueries.read("wikidata-memberships.rq")).select().forEachRemaining(row -> {
            if (!writable(row)) return;
            Period period = periods.computeIfAbsent(row.get("membership"), k -> new Period(row, new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>()));
            if (row.contains("memberUrl")) period.memberUrls().add(row.get("memberUrl").getURI());
            if (row.contains("dateUrl")) period.dateUrls().add(row.get("dateUrl").getURI());
            if (row.contains("doubt")) period.doubts().add(row.get("doubt").getURI());
            if (row.contains("doubtedItem")) period.doubtedItems().add(row.get("doubtedItem").getURI());
        });
        // The latest period of each state in each organisation, by its first day (ISO text orders as time).
        Map<List<Node>, Period> latest = new java.util.LinkedHashMap<>();
        for (Period period : periods.values()) {
            latest.merge(List.of(period.row().get("stateItem"), period.row().get("organizationItem")), period,
                    (kept, other) -> begin(other.row()).compareTo(begin(kept.row())) > 0 ? other : kept);
        }
        List<String> lines = new ArrayList<>();
        for (Period period : latest.values()) {
            Binding row = period.row();
            boolean member = row.get("role").getURI().equals(SCO.NS + "MemberState");
            StringBuilder statement = new StringBuilder(qid(row.get("stateItem"))).append("\tP463\t").append(qid(row.get("organizationItem")));
            statement.append("\tP580\t").append(time(row.get("begin")));
            if (row.contains("end")) statement.append("\tP582\t").append(time(row.get("end")));
            if (!member) statement.append("\tP2868\t").append(qid(row.get("roleItem")));
            // A reference backs the qualifiers too: the pages that give the days, else the member's.
            Set<String> urls = period.dateUrls().isEmpty() ? period.memberUrls() : period.dateUrls();
            String comment = summary(period);
            if (urls.isEmpty()) lines.add(statement + comment);
            for (String url : urls) lines.add(statement + "\tS854\t\"" + url + "\"" + comment);
        }
        return lines.stream().map(line -> line + "\n").collect(Collectors.joining()).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The edit summary (QuickStatements takes a trailing {@code /* ... *}{@code /} as one) of a line
     * whose first or last day the data marks as less trusted than read in its source, so that the
     * editor who reviews the batch sees it rather than a day written as plainly as any other.
     */
    static final String DOUBT = "sco-kg: a date of this period is not read in the cited source (widely reported or second hand); check it before saving";

    /**
     * The edit summary of a line whose items the data matched second hand or as widely reported
     * ({@code sco:confidence} on the {@code owl:sameAs}: the curated third-party lists no one checked
     * on a Wikidata page), naming them, so that the editor checks that the line is about the right
     * state and organisation: nothing else in the batch tells the editor that a line rests on such
     * items.
     */
    static String doubtedItems(List<String> items) {
        return String.join(", ", items) + " matched second hand or as widely reported, not checked on Wikidata; check before saving";
    }

    /** The line's edit summary: what the data doubts of its dates and of its items, or nothing. */
    private static String summary(Period period) {
        Binding row = period.row();
        List<String> items = new ArrayList<>();
        for (String variable : List.of("stateItem", "organizationItem", "roleItem")) {
            if (row.contains(variable) && period.doubtedItems().contains(row.get(variable).getURI())) items.add(qid(row.get(variable)));
        }
        List<String> notes = new ArrayList<>();
        if (!period.doubts().isEmpty()) notes.add(DOUBT);
        // One comment a line, the edit summary, its parts after one "sco-kg:".
        if (!items.isEmpty()) notes.add((notes.isEmpty() ? "sco-kg: " : "") + doubtedItems(items));
        return notes.isEmpty() ? "" : " /* " + String.join("; ", notes) + " */";
    }

    /** A membership as its query gives it, with the addresses of its sources, the marks of its dates and its doubted items. */
    private record Period(Binding row, Set<String> memberUrls, Set<String> dateUrls, Set<String> doubts, Set<String> doubtedItems) {}

    /** A member's period, or another status whose role has a Wikidata item. */
    private static boolean writable(Binding row) {
        return row.get("role").getURI().equals(SCO.NS + "MemberState") || row.contains("roleItem");
    }

    private static String begin(Binding row) {
        return row.get("begin").getLiteralLexicalForm();
    }

    static byte[] mixnmatch(Graph union) {
        StringWriter out = new StringWriter();
        // RFC 4180: records end with CRLF.
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            // Mix'n'match's importer reads these labels, "desc" and not "description", which it refuses
            // ("Don't understand label").
            csv.printRecord("id", "name", "desc", "type");
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
     * for a year, read from the value's year, month and day, whatever follows them (a time zone): a
     * precision taken from the text's length would make of "2001-06-15Z" a time QuickStatements
     * refuses.
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
