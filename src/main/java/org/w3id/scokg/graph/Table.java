package org.w3id.scokg.graph;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.w3id.scokg.project.InputException;
import org.w3id.scokg.project.Location;
import org.w3id.scokg.project.Problem;
import org.w3id.scokg.project.ProjectFiles;

/**
 * A curated CSV table: a header row naming the columns, then one row per fact. Reading checks the
 * shape (UTF-8, quoting, the same number of cells in every row) and reports every bad row.
 */
public record Table(String name, String file, List<String> header, List<Row> rows) {

    /** One data row: its location and its non-empty cells by column name, in header order. */
    public record Row(Table.RowLocation location, Map<String, String> cells) {
        public String get(String column) {
            return cells.get(column);
        }

        /** The location of a cell, or of the row when the column is unknown. */
        public Location at(String column) {
            return location.at(column);
        }

        /** The same row without the cells of the columns {@code drop} accepts. */
        public Row without(Predicate<String> drop) {
            Map<String, String> kept = new LinkedHashMap<>();
            cells.forEach((column, value) -> {
                if (!drop.test(column)) kept.put(column, value);
            });
            return new Row(location, kept);
        }
    }

    /** A row's file and line, and the header to turn a column name into its number. */
    public record RowLocation(String file, int row, List<String> header) {
        public Location at(String column) {
            int index = column == null ? -1 : header.indexOf(column);
            Location location = new Location(file, row, 0, null);
            return index < 0 ? location : location.withColumn(index + 1, column);
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreSurroundingSpaces(false).get();

    /** Reads a table; {@code display} is the path to name in messages. */
    public static Table read(Path path, String display) {
        String text = ProjectFiles.readUtf8(path, display);
        String name = path.getFileName().toString().replaceFirst("\\.csv$", "");
        List<Problem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<String> header;
        try (Reader reader = new java.io.StringReader(text);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) throw new InputException(Location.file(display), "the table is empty: it needs a header row");
            header = records.next().toList();
            checkHeader(header, display, problems);
            long line = parser.getCurrentLineNumber() + 1;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                RowLocation location = new RowLocation(display, (int) line, header);
                line = parser.getCurrentLineNumber() + 1;
                if (record.size() == 1 && record.get(0).isBlank()) continue;
                if (record.size() != header.size()) {
                    problems.add(new Problem(location.at(null),
                            "the row has " + record.size() + " cells but the header has " + header.size()));
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    String value = record.get(i);
                    if (!value.equals(value.strip())) {
                        problems.add(new Problem(location.at(header.get(i)), "the cell has spaces at its start or end"));
                    }
                    if (!value.isEmpty()) cells.put(header.get(i), value);
                }
                rows.add(new Row(location, cells));
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new InputException(Location.file(display), "malformed CSV: " + rootMessage(e));
        } catch (IOException e) {
            throw new InputException(Location.file(display), "cannot read: " + e.getMessage());
        }
        if (!problems.isEmpty()) throw new InputException(problems);
        return new Table(name, display, header, List.copyOf(rows));
    }

    private static void checkHeader(List<String> header, String display, List<Problem> problems) {
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            if (!column.matches("[a-z][a-z0-9_]*")) {
                problems.add(new Problem(new Location(display, 1, i + 1, null),
                        "column name '" + column + "' must be lower case letters, digits and '_'"));
            } else if (header.indexOf(column) != i) {
                problems.add(new Problem(new Location(display, 1, i + 1, column), "duplicate column name"));
            }
        }
    }


    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) cause = cause.getCause();
        return cause.getMessage();
    }
}
