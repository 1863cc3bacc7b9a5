package org.w3id.scokg.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What tells a file written once from the same file written again, without reading it (rsync's
 * quick check, with the change time): its size, modification time, change time (where the system
 * keeps one; no program can set it back, so bytes changed in place with the modification time put
 * back are found) and file key (inode). The dumps' {@code .stats} and the graph's snapshot record it.
 */
public final class FileStamp {
    private FileStamp() {}

    /** The stamp of {@code file}, one line without its end: size, modification time, change time, key. */
    public static String of(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return attributes.size() + " " + attributes.lastModifiedTime() + " " + changeTime(file) + " " + attributes.fileKey();
    }

    private static Object changeTime(Path file) throws IOException {
        try {
            return Files.getAttribute(file, "unix:ctime");
        } catch (UnsupportedOperationException | IllegalArgumentException noUnixView) {
            // A file system without a Unix view keeps no change time: the other fields only.
            return "-";
        }
    }
}
