package org.w3id.scokg.project;

/**
 * Where a problem is: a file, and where known a row (or line) and a column. Rows and lines are
 * 1-based as editors show them; a CSV's header is row 1.
 */
public record Location(String file, int row, int column, String columnName) {

    public static Location file(String file) {
        return new Location(file, 0, 0, null);
    }

    public static Location line(String file, long line, long column) {
        return new Location(file, (int) line, (int) column, null);
    }

    public Location withColumn(int column, String name) {
        return new Location(file, row, column, name);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (row > 0) text.append(':').append(row);
        if (column > 0) text.append(':').append(column);
        if (columnName != null) text.append(" (").append(columnName).append(')');
        return text.toString();
    }
}
