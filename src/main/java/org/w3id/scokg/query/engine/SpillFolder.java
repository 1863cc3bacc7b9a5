package org.w3id.scokg.query.engine;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.jena.atlas.io.IOX;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A temporary folder of this process's own, where Jena writes the files its sorts and DISTINCTs
 * spill to disk ({@code DataBag-*.tmp}, in {@code java.io.tmpdir}). A query that ends deletes its
 * own, but a process killed with -9 cannot, and they stayed in the system's temporary folder
 * forever. So each server claims {@code sco-kg-spill-USER/PID-*} there, holds a lock on a file in
 * it while it lives, and points {@code java.io.tmpdir} at it; the next process to claim one removes
 * every folder whose lock it can take. The operating system releases a lock when its process dies,
 * however it dies, so a folder is removed only once its owner is gone, also when several servers
 * (or containers, whose process numbers differ) of one user share the temporary folder.
 *
 * <p>The lock is taken before a folder is removed and held while it is removed, and a process that
 * has just locked its new folder checks that the folder is still there (another process's sweep
 * may have taken the lock in the moment between the file's creation and its locking, and removed
 * it): if not, it claims another.
 */
public final class SpillFolder {
    private static final Logger LOG = LoggerFactory.getLogger(SpillFolder.class);

    /** The folder, in the system's temporary folder, that holds one folder per process (the user's name follows). */
    static final String ROOT = "sco-kg-spill-";

    private static final String LOCK = ".lock";

    /** A folder with no lock file yet may be one being claimed right now; older than this, it is left over. */
    private static final Duration CLAIMING = Duration.ofMinutes(1);

    /**
     * The folders this JVM claimed, by real path: never opened by its own sweep, since closing any
     * channel to a file releases every lock the process holds on it (POSIX), its own included.
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
     * temp}, and makes it {@code java.io.tmpdir}, where Jena spills. Where no folder can be claimed
     * (the temporary folder is not writable, or its file system has no locks), says so in one line
     * and leaves {@code java.io.tmpdir} as it is: spills still work, and are only not swept after a
     * kill.
     */
    public static SpillFolder claim(Path temp) {
        Path root = temp.toAbsolutePath().normalize().resolve(ROOT + System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_"));
        try {
            Files.createDirectories(root);
            root = root.toRealPath();
            removeLeftOver(root);
            for (int attempt = 0; attempt < 3; attempt++) {
                Path folder = Files.createTempDirectory(root, ProcessHandle.current().pid() + "-");
                FileChannel lockFile = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                lockFile.lock();
                if (!Files.exists(folder.resolve(LOCK))) {
                    lockFile.close();
                    continue;
                }
                CLAIMED.add(folder);
                String previous = System.setProperty("java.io.tmpdir", folder.toString());
                return new SpillFolder(folder, lockFile, previous);
            }
            throw new IOException("each folder claimed was removed at once by another process");
        } catch (IOException | UnsupportedOperationException e) {
            String reason = e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
            LOG.warn("{}: cannot make a folder for spilled sorts ({}); they go to {} and are not removed after a kill", root, reason,
                    System.getProperty("java.io.tmpdir"));
            return new SpillFolder(null, null, System.getProperty("java.io.tmpdir"));
        }
    }

    /** The system's temporary folder, as the JVM was started with it. */
    public static SpillFolder claim() {
        return claim(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** This process's folder, or null where none could be claimed. */
    public Path folder() {
        return folder;
    }

    /**
     * Removes this process's folder and what is spilled in it, for a process about to exit: {@code
     * java.io.tmpdir} keeps pointing at it, so that a query still running on a slow stop does not
     * spill where no one will remove its files.
     */
    public void remove() {
        if (folder == null) return;
        CLAIMED.remove(folder);
        try {
            IOX.deleteAll(folder);
        } catch (RuntimeException inUse) {
            // Left for the next process to claim a folder.
        }
        try {
            lockFile.close();
        } catch (IOException ignored) {
            // The lock goes with the process anyway.
        }
    }

    /** Removes this process's folder and gives {@code java.io.tmpdir} back its value: for a command that returns to its caller. */
    public void removeAndRestore() {
        remove();
        System.setProperty("java.io.tmpdir", previous);
    }

    /** Removes every folder under {@code root} whose lock this process can take: its owner is gone. */
    static void removeLeftOver(Path root) throws IOException {
        try (Stream<Path> folders = Files.list(root)) {
            folders.filter(Files::isDirectory).filter(folder -> !CLAIMED.contains(folder)).forEach(SpillFolder::removeIfLeftOver);
        }
    }

    private static void removeIfLeftOver(Path folder) {
        Path lock = folder.resolve(LOCK);
        try {
            if (!Files.exists(lock)) {
                if (Files.getLastModifiedTime(folder).toInstant().isBefore(Instant.now().minus(CLAIMING))) IOX.deleteAll(folder);
                return;
            }
            try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE);
                    FileLock held = channel.tryLock()) {
                // Removed while the lock is held, so that its owner, if it was only now locking it, finds it gone.
                if (held != null) IOX.deleteAll(folder);
            }
        } catch (IOException | RuntimeException inUseOrGone) {
            // Left for the next one.
        }
    }
}
