package org.w3id.scokg.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.atlas.io.IOX;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.scokg.project.InputException;
import org.w3id.scokg.project.Location;
import org.w3id.scokg.project.StaleFolders;

/**
 * A persistent TDB2 copy of the graph. {@link #create} loads a built graph into a fresh store
 * beside the target folder and moves it into place only when it is complete, so a failed load (a
 * full disk) leaves any previous store as it was and no half-made one; a fresh store that a killed
 * run left beside the folder is removed by the next {@link #create}. {@link #open} serves an existing store as it is.
 */
public final class Tdb2Store {
    private Tdb2Store() {}

    /** True when {@code folder} holds a TDB2 database. */
    public static boolean exists(Path folder) {
        if (!Files.isDirectory(folder)) return false;
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
        } catch (IOException e) {
            throw new InputException(Location.file(folder.toString()), "cannot read the TDB2 folder: " + e.getMessage());
        }
    }

    /** Copies the graph into a new store at {@code folder}, which must not hold one already. */
    public static KnowledgeGraph create(KnowledgeGraph graph, Path folder) {
        Path target = folder.toAbsolutePath().normalize();
        if (Files.exists(target) && !isEmptyFolder(target)) {
            throw new InputException(Location.file(folder.toString()), "the folder is not empty and holds no TDB2 store");
        }
        StaleFolders.remove(target);
        Path temp;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-");
        } catch (IOException e) {
            throw new InputException(Location.file(folder.toString()), "cannot create the store: " + e.getMessage());
        }
        try {
            load(graph, temp);
        } catch (RuntimeException | InternalError e) {
            // A full disk under TDB2's memory-mapped files reaches Java as an InternalError.
            delete(temp);
            throw new InputException(Location.file(folder.toString()), "cannot write the store (" + rootMessage(e) + "); nothing was kept");
        }
        try {
            if (Files.exists(target)) Files.delete(target);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            delete(temp);
            throw new InputException(Location.file(folder.toString()), "cannot move the new store into place: " + e.getMessage());
        }
        return open(target, graph.origins());
    }

    private static void load(KnowledgeGraph graph, Path temp) {
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(org.apache.jena.dboe.base.file.Location.create(temp.toString()));
        try {
            Txn.executeWrite(store, () -> Txn.executeRead(graph.dataset(), () -> graph.dataset().find().forEachRemaining(store::add)));
        } finally {
            try {
                TDBInternal.expel(store, true);
            } catch (RuntimeException | InternalError alreadyFailed) {
                // The store is being thrown away.
            }
        }
    }

    /** The innermost message of a failure, such as the file system's "No space left on device". */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    /** Opens the store at {@code folder}; its union is the SPARQL default graph. */
    public static KnowledgeGraph open(Path folder, Map<org.apache.jena.graph.Node, Table.Row> origins) {
        if (!exists(folder)) throw new InputException(Location.file(folder.toString()), "no TDB2 store here");
        DatasetGraph store;
        try {
            store = DatabaseMgr.connectDatasetGraph(org.apache.jena.dboe.base.file.Location.create(folder.toString()));
        } catch (RuntimeException e) {
            throw new InputException(Location.file(folder.toString()), "cannot open the TDB2 store: " + e.getMessage());
        }
        store.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new KnowledgeGraph(store, origins);
    }

    private static boolean isEmptyFolder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void delete(Path folder) {
        try {
            IOX.deleteAll(folder);
        } catch (RuntimeException e) {
            // A temporary folder left behind is harmless.
        }
    }
}
