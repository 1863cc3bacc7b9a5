package org.w3id.scokg.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.io.IOX;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.project.FileStamp;
import org.w3id.scokg.project.InputException;
import org.w3id.scokg.project.Location;
import org.w3id.scokg.project.StaleFolders;

/**
 * Writes the dumps: every file is written into a fresh temporary folder beside the output as soon
 * as it is rendered (not kept in the heap until the last is made), and the folder then replaces the
 * output whole, so a failed build leaves the previous dumps as they were. Triples are put in a
 * canonical order first, so the same graph always gives the same bytes.
 */
public final class DumpWriter {
    private static final Logger LOG = LoggerFactory.getLogger(DumpWriter.class);
    public static final String VOID_FILE = "void.ttl";
    public static final String CHECKSUMS_FILE = "SHA256SUMS";
    /** What the dumps were made from ({@link org.w3id.scokg.project.InputManifest}); not served. */
    public static final String MANIFEST_FILE = "INPUTS";
    /**
     * The size, modification and change times and file key (inode) of {@value #CHECKSUMS_FILE} and
     * of each file it lists, as when they were written or last compared with it; not served. A start
     * that finds them all unchanged need not read the files again (rsync's quick check, with the
     * change time, which no program can set back, where the system has one): at 100 times the data
     * that read took 3 s of a 12 s start.
     */
    public static final String STATS_FILE = ".stats";

    /** The name of every file {@value #CHECKSUMS_FILE} lists: the dumps, the exports and the dataset description. */
    private static final java.util.Set<String> FILES = files();

    private DumpWriter() {}

    private static java.util.Set<String> files() {
        java.util.Set<String> names = new java.util.HashSet<>(List.of(VOID_FILE));
        for (Dump dump : Dump.values()) names.add(dump.file);
        for (Export export : Export.values()) names.add(export.file);
        return java.util.Set.copyOf(names);
    }

    /** Writes all dumps to {@code out} as {@link #write(KnowledgeGraph, Path, String)} does, the w3id rules for {@link W3idRules#DEFAULT_TARGET}. */
    public static List<Path> write(KnowledgeGraph graph, Path out) {
        return write(graph, out, W3idRules.DEFAULT_TARGET);
    }

    /**
     * Writes all dumps to {@code out}, the w3id rules pointing at {@code w3idTarget}, and returns
     * their files. A folder that already holds exactly these files, byte for byte, is left as it is
     * (it may be read-only; where no folder can be made beside it, the files are compared from memory). Temporary folders that an earlier run killed before it finished left
     * beside {@code out} are removed first.
     */
    public static List<Path> write(KnowledgeGraph graph, Path out, String w3idTarget) {
        return write(graph, out, w3idTarget, null);
    }

    /**
     * Writes all dumps as {@link #write(KnowledgeGraph, Path, String)} does, and beside them, in
     * {@value #MANIFEST_FILE}, the {@code manifest} of the inputs they were made from (none when
     * null), for {@link #current} to compare with the next run's.
     */
    public static List<Path> write(KnowledgeGraph graph, Path out, String w3idTarget, String manifest) {
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new InputException(Location.file(out.toString()), "is not a folder; the dumps need a folder of their own");
        }
        StaleFolders.remove(target);
        Path temp;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-");
        } catch (IOException e) {
            // Nothing can be written beside the output (a read-only disk): it may hold these very dumps.
            return writeKept(graph, out, target, w3idTarget, manifest, e);
        }
        try {
            // Each file written as soon as it is rendered, and not kept: at x100 the 17 files, 900 MB,
            // were held in the heap until the last was made, and copied once more each to be written.
            long start = System.nanoTime();
            Map<String, DumpRenderer.Rendered> files = DumpRenderer.render(graph, w3idTarget, (name, bytes) -> Files.write(temp.resolve(name), bytes));
            LOG.info("rendered {} dump files in {} ms", files.size(), (System.nanoTime() - start) / 1_000_000);
            List<Path> dumps = files.keySet().stream().map(target::resolve).toList();
            if (sameFiles(temp, target, files.keySet())) {
                deleteQuietly(temp);
                if (manifest != null) recordQuietly(target, MANIFEST_FILE, manifest);
                return dumps;
            }
            if (manifest != null) Files.writeString(temp.resolve(MANIFEST_FILE), manifest, StandardCharsets.UTF_8);
            // A folder renamed keeps its files' keys and times.
            Files.writeString(temp.resolve(STATS_FILE), stats(temp, Files.readAllLines(temp.resolve(CHECKSUMS_FILE), StandardCharsets.UTF_8)));
            replace(temp, target);
            return dumps;
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(temp);
            throw new InputException(Location.file(out.toString()), "cannot write: " + (e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e).getMessage());
        } catch (RuntimeException | Error e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    /**
     * The dumps rendered in memory, where no folder can be made beside {@code target}: left as they
     * are when {@code target} holds exactly these files, byte for byte, else {@code cannotWrite}.
     */
    private static List<Path> writeKept(KnowledgeGraph graph, Path out, Path target, String w3idTarget, String manifest, IOException cannotWrite) {
        Map<String, byte[]> files = DumpRenderer.render(graph, w3idTarget);
        if (!holdsExactly(target, files)) throw new InputException(Location.file(out.toString()), "cannot write: " + cannotWrite.getMessage());
        if (manifest != null) recordQuietly(target, MANIFEST_FILE, manifest);
        return files.keySet().stream().map(target::resolve).toList();
    }

    /** Whether {@code target} holds each of {@code names} as {@code made} does, byte for byte. */
    private static boolean sameFiles(Path made, Path target, java.util.Collection<String> names) {
        try {
            for (String name : names) {
                Path kept = target.resolve(name);
                if (!Files.isRegularFile(kept) || Files.size(kept) != Files.size(made.resolve(name)) || Files.mismatch(kept, made.resolve(name)) != -1) return false;
            }
            return true;
        } catch (IOException unreadable) {
            return false;
        }
    }

    /**
     * True when {@code out} holds dumps made from the inputs {@code manifest} describes, each file of
     * its {@value #CHECKSUMS_FILE} whole (its SHA-256 as listed): then they need not be made again.
     * Files whose size, time and key are as {@value #STATS_FILE} recorded are not read again.
     */
    public static boolean current(Path dumps, String manifest) {
        Path out = dumps.toAbsolutePath().normalize();
        try {
            Path sums = out.resolve(CHECKSUMS_FILE);
            if (!manifest.equals(Files.readString(out.resolve(MANIFEST_FILE), StandardCharsets.UTF_8)) || !Files.isRegularFile(sums)) return false;
            List<String> lines = Files.readAllLines(sums, StandardCharsets.UTF_8);
            // Every file a build writes, each listed: a dump deleted with its line is not current.
            if (!lines.stream().map(line -> line.split("  ", 2)[1]).collect(java.util.stream.Collectors.toSet()).equals(FILES)) return false;
            String stats = stats(out, lines);
            Path recorded = out.resolve(STATS_FILE);
            if (Files.isRegularFile(recorded) && stats.equals(Files.readString(recorded, StandardCharsets.UTF_8))) return true;
            for (String line : lines) {
                String[] sumAndName = line.split("  ", 2);
                if (!sumAndName[0].equals(Checksums.sha256(Files.readAllBytes(out.resolve(sumAndName[1]))))) return false;
            }
            recordQuietly(out, STATS_FILE, stats);
            return true;
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    /**
     * One line for {@value #CHECKSUMS_FILE} and one per file it lists ({@code sums}): size,
     * modification time, change time (where the system keeps one) and file key. Fails on a name that
     * is not a file of {@code folder} itself.
     */
    private static String stats(Path folder, List<String> sums) throws IOException {
        List<String> names = new ArrayList<>(List.of(CHECKSUMS_FILE));
        for (String line : sums) names.add(line.split("  ", 2)[1]);
        StringBuilder stats = new StringBuilder();
        for (String name : names) {
            Path file = folder.resolve(name);
            if (!file.getParent().equals(folder)) throw new IOException(file + " is not in " + folder);
            stats.append(FileStamp.of(file)).append(' ').append(name).append('\n');
        }
        return stats.toString();
    }

    /** Records {@code text} as {@code name} beside dumps that are already right; a read-only folder keeps its old one. */
    private static void recordQuietly(Path folder, String name, String text) {
        try {
            Path temp = Files.createTempFile(folder, "." + name, "");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | UnsupportedOperationException readOnly) {
            // The dumps are right; without the record the next start only compares them again.
        }
    }

    private static boolean holdsExactly(Path folder, Map<String, byte[]> files) {
        try {
            for (var file : files.entrySet()) {
                Path path = folder.resolve(file.getKey());
                if (!Files.isRegularFile(path) || Files.size(path) != file.getValue().length
                        || !java.util.Arrays.equals(Files.readAllBytes(path), file.getValue())) return false;
            }
            return true;
        } catch (IOException unreadable) {
            return false;
        }
    }

    /**
     * The path, under the dumps' folder URL, that names one version of a dump by its content: {@code
     * sha256-} and the first 16 hex digits of its SHA-256, then the file's name. What it names never
     * changes, so it may be cached for good; a new build's dump has another.
     */
    public static String permanentPath(String file, String sha256) {
        return "sha256-" + sha256.substring(0, 16) + "/" + file;
    }

    private static void replace(Path temp, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-old-");
            Files.delete(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        if (old != null) deleteQuietly(old);
    }

    private static void deleteQuietly(Path folder) {
        try {
            IOX.deleteAll(folder);
        } catch (RuntimeException e) {
            // Leaving a temporary folder behind is harmless; the build's result is already decided.
        }
    }
}
