package org.w3id.scokg.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.w3id.scokg.ProjectCopy;
import org.w3id.scokg.graph.GraphBuilder;
import org.w3id.scokg.graph.KnowledgeGraph;

/**
 * The project made N times larger as valid data, for measuring {@code build}, {@code validate} and
 * {@code serve} at scale through the command line. Every row of every table but the states is
 * written N times: copy k gives every key it names (its own, and those it refers to, bare or as
 * {@code kind/key}) the suffix {@code -xk}, and its names ({@link #NAMES}) the suffix
 * {@code " (copy k)"}, so there are N times the organisations, bodies, places, instruments, acts,
 * events, memberships, statements, positions, norms and threats, each with a key and a name of its
 * own. What may not be copied stays single:
 * <ul>
 *   <li>the states: their keys are ISO 3166-1 codes, which the shapes check and no copy can invent;
 *       the copies' memberships, acts and positions refer to the real states, and no membership of a
 *       copy overlaps another, as each copy has organisations of its own;</li>
 *   <li>links out and identifiers of real documents ({@link #LINKS}, and their {@code _source} and
 *       {@code _confidence} columns): left empty in copies, as no two things may claim one Wikidata
 *       item and a copy is not the thing linked;</li>
 *   <li>the rows of {@code names.csv} that name a state: written once;</li>
 *   <li>the sources and their texts: shared, so every quote still stands in its source, and the
 *       graph grows a little less than N times.</li>
 * </ul>
 * The result passes {@code validate}, as the original does ({@code ScaledTablesTest}).
 * Run as a program: {@code ScaledTables FACTOR FOLDER} writes the project at that scale to the folder.
 */
public final class ScaledTables {
    /** The columns that name a thing (a statement is labelled with its summary). */
    private static final Set<String> NAMES = Set.of("label", "alt_label", "label_ru", "label_zh", "label_zh_hant", "alt_label_ru", "alt_label_zh", "summary");
    /** Columns that link out or identify a real document: one thing may hold each. */
    private static final Set<String> LINKS = Set.of("wikidata", "wikidata_unverified", "dbpedia", "geonames", "un_symbol", "treaty_number");
    /** Tables of things of the real world that a copy cannot be (states are keyed by ISO codes). */
    private static final Set<String> SINGLE = Set.of("states.csv");
    /** A column of keys a row replaces: they are keys too, of no current row. */
    private static final String REPLACES = "replaces";

    private ScaledTables() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ScaledTables FACTOR FOLDER");
            System.exit(2);
        }
        Path target = write(Path.of(""), Path.of(args[1]), Integer.parseInt(args[0]));
        System.out.println("wrote the project at x" + args[0] + " to " + target);
    }

    /** The graph the benchmarks query: the project's own at x1, else built from its tables written {@code scale} times over. */
    static KnowledgeGraph built(int scale) throws IOException {
        Path project = scale == 1 ? Path.of("") : write(Path.of(""), Path.of("target/bench/tables-x" + scale), scale);
        return GraphBuilder.build(project);
    }

    /** Writes {@code project}'s inputs, its tables {@code factor} times over, to {@code target}. */
    public static Path write(Path project, Path target, int factor) throws IOException {
        Benchmark.deleteTree(target);
        for (String folder : new String[] {"ontology", "queries", "data/mapping", "data/derived", "data/sources"}) {
            ProjectCopy.copyTree(project.resolve(folder), target.resolve(folder));
        }
        List<Path> tables;
        try (Stream<Path> files = Files.list(project.resolve("data"))) {
            tables = files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        Set<String> keys = new HashSet<>();
        for (Path table : tables) {
            if (!copied(table) || !header(table).get(0).equals("key")) continue;
            read(table).forEach(row -> keys.add(row.get(0)));
        }
        for (Path table : tables) {
            List<CSVRecord> rows = read(table);
            List<String> header = header(table);
            int copies = copied(table) ? factor : 1;
            try (Writer out = Files.newBufferedWriter(target.resolve("data").resolve(table.getFileName()), StandardCharsets.UTF_8);
                    CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
                printer.printRecord(header);
                for (int copy = 0; copy < copies; copy++) {
                    for (CSVRecord row : rows) {
                        if (copy > 0 && aboutASingleThing(row, header, keys)) continue;
                        printer.printRecord(copy == 0 ? row.toList() : copyOf(row, header, keys, copy));
                    }
                }
            }
        }
        return target;
    }

    private static boolean copied(Path table) {
        return !SINGLE.contains(table.getFileName().toString());
    }

    private static List<String> copyOf(CSVRecord row, List<String> header, Set<String> keys, int copy) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            String cell = row.get(i);
            String column = header.get(i);
            if (cell.isEmpty() || isLink(column)) cells.add("");
            else if (column.equals("alt_label")) cells.add(altLabels(cell, quoteOf(row, header), copy));
            else if (NAMES.contains(column)) cells.add(cell + " (copy " + copy + ")");
            else if (column.equals(REPLACES)) cells.add(cell + "-x" + copy);
            else cells.add(rename(cell, keys, copy));
        }
        return cells;
    }

    /**
     * A copy's alternative names: each marked as a copy's, but for one that the row's quote holds,
     * which stays as it is, since the quote cannot change and {@code validate} holds a name resting
     * on a quoted sentence to the sentence.
     */
    private static String altLabels(String cell, String quote, int copy) {
        List<String> names = new ArrayList<>();
        for (String name : cell.split(";")) {
            boolean quoted = quote != null && quote.toLowerCase(java.util.Locale.ROOT).contains(name.strip().toLowerCase(java.util.Locale.ROOT));
            names.add(quoted ? name : name + " (copy " + copy + ")");
        }
        return String.join(";", names);
    }

    /** The sentence a row's alternative names rest on: their own quote, or the row's where they have no source of their own. */
    private static String quoteOf(CSVRecord row, List<String> header) {
        if (header.contains("alt_label_source") && !row.get(header.indexOf("alt_label_source")).isEmpty()) {
            return header.contains("alt_label_quote") ? row.get(header.indexOf("alt_label_quote")) : null;
        }
        return header.contains("quote") ? row.get(header.indexOf("quote")) : null;
    }

    /**
     * Whether a row names a thing that is not copied (a state in {@code names.csv}): written once, as
     * a copy would give the one state a second label in a language ("Мьянма (copy 1)").
     */
    private static boolean aboutASingleThing(CSVRecord row, List<String> header, Set<String> keys) {
        return header.get(0).equals("thing") && rename(row.get(0), keys, 1).equals(row.get(0));
    }

    private static boolean isLink(String column) {
        String base = column.replaceFirst("_(source|confidence)$", "");
        return LINKS.contains(base);
    }

    private static String rename(String cell, Set<String> keys, int copy) {
        List<String> parts = new ArrayList<>();
        for (String part : cell.split(";", -1)) {
            String key = part.contains("/") ? part.substring(part.indexOf('/') + 1) : part;
            boolean isKey = keys.contains(part) || (part.matches("[a-z]+/.+") && keys.contains(key));
            parts.add(isKey ? part + "-x" + copy : part);
        }
        return String.join(";", parts);
    }

    private static List<String> header(Path table) throws IOException {
        try (Reader in = Files.newBufferedReader(table, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(in).setFormat(CSVFormat.RFC4180).get()) {
            return parser.iterator().next().toList();
        }
    }

    private static List<CSVRecord> read(Path table) throws IOException {
        try (Reader in = Files.newBufferedReader(table, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(in).setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return parser.getRecords();
        }
    }
}
