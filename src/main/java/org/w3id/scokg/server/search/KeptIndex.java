package org.w3id.scokg.server.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.apache.jena.atlas.io.IOX;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A copy on disk of a search index held in memory, with the key of what it indexes ({@value
 * #KEY_FILE}): read whole into memory at a start whose key is the same, written whole, into a fresh
 * folder renamed into place, after the index is made. A copy that cannot be read or written is left
 * out, said in one line: the index is then made from the graph, slower and never wrong.
 */
final class KeptIndex {
    private static final Logger LOG = LoggerFactory.getLogger(KeptIndex.class);
    /** The file in the copy's folder that holds the key it was made for. */
    static final String KEY_FILE = "sco-kg-index-of";
    private static final String LOCK = "write.lock";

    private KeptIndex() {}

    /** The copy in {@code folder}, in memory, when it was made for {@code key}. */
    static Optional<Directory> read(Path folder, String key) {
        Path keyFile = folder.resolve(KEY_FILE);
        if (!Files.isRegularFile(keyFile)) return Optional.empty();
        try (Directory disk = FSDirectory.open(folder)) {
            if (!key.equals(Files.readString(keyFile, StandardCharsets.UTF_8))) return Optional.empty();
            ByteBuffersDirectory memory = new ByteBuffersDirectory();
            for (String file : disk.listAll()) {
                if (!file.equals(KEY_FILE) && !file.equals(LOCK)) memory.copyFrom(disk, file, file, IOContext.DEFAULT);
            }
            return Optional.of(memory);
        } catch (IOException | RuntimeException unreadable) {
            LOG.info("the search index kept in {} was not read ({}); it is made again", folder, unreadable.getMessage());
            return Optional.empty();
        }
    }

    /** Writes a copy of {@code memory}, made for {@code key}, as {@code folder}. */
    static void keep(Directory memory, Path folder, String key) {
        Path temp = null;
        try {
            // Copies a process killed while writing left behind.
            try (var siblings = Files.list(folder.toAbsolutePath().getParent())) {
                for (Path left : siblings.filter(p -> p.getFileName().toString().startsWith(folder.getFileName() + "-")).toList()) IOX.deleteAll(left);
            }
            temp = Files.createTempDirectory(folder.toAbsolutePath().getParent(), folder.getFileName() + "-");
            try (Directory disk = FSDirectory.open(temp)) {
                for (String file : memory.listAll()) {
                    if (!file.equals(LOCK)) disk.copyFrom(memory, file, file, IOContext.DEFAULT);
                }
            }
            Files.writeString(temp.resolve(KEY_FILE), key, StandardCharsets.UTF_8);
            if (Files.exists(folder)) IOX.deleteAll(folder);
            Files.move(temp, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException notWritten) {
            LOG.info("the search index was not kept in {} ({}); the next start makes it again", folder, notWritten.getMessage());
            if (temp != null && Files.exists(temp)) IOX.deleteAll(temp);
        }
    }
}
