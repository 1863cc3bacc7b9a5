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

/**
 * The project's tables made N times larger with their real shape, for measuring the build at
 * scale: every row of every table is written N times, copy k with every key it names (its own
 * and those it refers to, bare or as {@code kind/key}) given the suffix {@code -xk}, and its names
 * ({@link #NAMES}) the suffix {@code " (copy k)"}: distinct things have distinct names in the real
 * graph, and copies that shared them would fold together under GROUP BY and tie under ORDER BY.
 * Sources and their texts are shared by all copies, so every quote still stands in its source. The
 * copies' state keys are not ISO codes, so the shapes would refuse them: the build is measured,
 * not the validation.
 */
final class ScaledTables {
    /** The columns that name a thing (a statement is labelled with its summary). */
    private static final Set<String> NAMES = Set.of("label", "alt_label", "label_ru", "label_zh", "summary");

    private ScaledTables() {}

    static Path write(Path project, Path target, int factor) throws IOException {
        Benchmark.deleteTree(target);
        for (String folder : new String[] {"ontology", "queries", "data/mapping", "data/derived", "data/sources"}) {
            ProjectCopy.copyTree(project.resolve(folder), target.resolve(folder));
        }
        List<Path> tables;
        try (Stream<Path> files = Files.list(project.resolve("data"))) {
            tables = files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        Set<String> keys = new HashSet<>();
        for (Path table : tables) read(table).forEach(row -> keys.add(row.get(0)));
        for (Path table : tables) {
            List<CSVRecord> rows = read(table);
            try (Writer out = Files.newBufferedWriter(target.resolve("data").resolve(table.getFileName()), StandardCharsets.UTF_8);
                    CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
                List<String> header = header(table);
                printer.printRecord(header);
                for (int copy = 0; copy < factor; copy++) {
                    for (CSVRecord row : rows) {
                        List<String> cells = new ArrayList<>();
                        for (int i = 0; i < row.size(); i++) {
                            String cell = row.get(i);
                            if (copy == 0 || cell.isEmpty()) cells.add(cell);
                            else if (NAMES.contains(header.get(i))) cells.add(cell + " (copy " + copy + ")");
                            else cells.add(rename(cell, keys, copy));
                        }
                        printer.printRecord(cells);
                    }
                }
            }
        }
        return target;
    }

    private static String rename(String cell, Set<String> keys, int copy) {
        if (cell.isEmpty()) return cell;
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
