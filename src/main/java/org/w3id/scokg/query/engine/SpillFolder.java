package org.w3id.scokg.query.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.jena.atlas.io.IOX;

/**
 * A temporary folder of this process's own, where Jena writes the files its sorts and DISTINCTs
 * spill to disk ({@code DataBag-*.tmp}, in {@code java.io.tmpdir}). A query that ends deletes its
 * own, but a process killed with -9 cannot, and they stayed in the system's temporary folder
 * forever. So each server claims {@code sco-kg-spill/PID-*} there, holds a lock on a file in it
 * while it lives, and points {@code java.io.tmpdir} at it; the next process to claim one removes
 * every folder whose lock nobody holds. The operating system releases a lock when its process dies,
 * however it dies, so a folder is removed only once its owner is gone, also when several servers
 * (or containers, whose process numbers differ) share the temporary folder.
 */
public final class SpillFolder {
    /** The folder, in the system's temporary folder, that holds one folder per process. */
    static final String ROOT = "sco-kg-spill";

    private static final String LOCK = ".lock";

    /** A folder with no lock file yet may be one being claimed right now; older than this, it is left over. */
    private static final Duration CLAIMING = Duration.ofMinutes(1);

    /**
     * The folders this JVM claimed: never opened by its own sweep, since closing any channel to a
     * file releases every lock the process holds on it (POSIX), its own included.
     */
    private static final Set<Path> CLAIMED = ConcurrentHashMap.newKeySet();

    private final Path folder;
    private final FileChannel lockFile;
    private final String previous;

    private SpillFolder(Path folder, FileChannel lockFile, String previous) {
        this.folder = folder;
        this.lockFile = lockFile;
        this.previous = previous;
    }

    /**
     * Removes the folders of processes that are gone, claims one for this process under {@code
     * temp}, and makes it {@code java.io.tmpdir}, where Jena spills.
     */
    public static SpillFolder claim(Path temp) {
        Path root = temp.toAbsolutePath().normalize().resolve(ROOT);
        try {
            Files.createDirectories(root);
            removeLeftOver(root);
            Path folder = Files.createTempDirectory(root, ProcessHandle.current().pid() + "-");
            FileChannel lockFile = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            lockFile.lock();
            CLAIMED.add(folder);
            String previous = System.setProperty("java.io.tmpdir", folder.toString());
            return new SpillFolder(folder, lockFile, previous);
        } catch (IOException e) {
            throw new UncheckedIOException(root + ": cannot make a folder for spilled sorts (" + e.getMessage() + ")", e);
        }
    }

    /** The system's temporary folder, as the JVM was started with it. */
    public static SpillFolder claim() {
        return claim(Path.of(System.getProperty("java.io.tmpdir")));
    }

    public Path folder() {
        return folder;
    }

    /**
     * Removes this process's folder and what is spilled in it, when the server or command has
     * stopped, and gives {@code java.io.tmpdir} back its value.
     */
    public void remove() {
        System.setProperty("java.io.tmpdir", previous);
        CLAIMED.remove(folder);
        try {
            lockFile.close();
        } catch (IOException ignored) {
            // The lock goes with the process anyway.
        }
        try {
            IOX.deleteAll(folder);
        } catch (RuntimeException inUse) {
            // Left for the next process to claim a folder.
        }
    }

    /** Removes every folder under {@code root} whose lock nobody holds: its process is gone. */
    static void removeLeftOver(Path root) throws IOException {
        try (Stream<Path> folders = Files.list(root)) {
            folders.filter(Files::isDirectory).filter(SpillFolder::leftOver).forEach(folder -> {
                try {
                    IOX.deleteAll(folder);
                } catch (RuntimeException inUse) {
                    // Left for the next one.
                }
            });
        }
    }

    private static boolean leftOver(Path folder) {
        if (CLAIMED.contains(folder)) return false;
        Path lock = folder.resolve(LOCK);
        try {
            if (!Files.exists(lock)) return Files.getLastModifiedTime(folder).toInstant().isBefore(Instant.now().minus(CLAIMING));
            try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE);
                    FileLock held = channel.tryLock()) {
                return held != null;
            }
        } catch (OverlappingFileLockException ownedHere) {
            return false;
        } catch (IOException unreadable) {
            return false;
        }
    }
}
