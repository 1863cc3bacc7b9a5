package org.w3id.scokg.project;

/** One thing wrong with the input, where it is and what it is, in one line. */
public record Problem(Location location, String message) implements Comparable<Problem> {

    @Override
    public String toString() {
        return location + ": " + message;
    }

    @Override
    public int compareTo(Problem other) {
        int byFile = location.file().compareTo(other.location.file());
        if (byFile != 0) return byFile;
        int byRow = Integer.compare(location.row(), other.location.row());
        if (byRow != 0) return byRow;
        int byColumn = Integer.compare(location.column(), other.location.column());
        return byColumn != 0 ? byColumn : message.compareTo(other.message);
    }
}
