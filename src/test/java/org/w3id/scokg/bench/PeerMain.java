package org.w3id.scokg.bench;

import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

/**
 * One peer of the shapes benchmark in a JVM of its own ({@link EngineProcess}):
 * {@code rdf4j|fuseki NQUADS PORT}. The N-Quads file holds the dataset as sco-kg serves it: the
 * named graphs, and their union as the default graph. Plain Fuseki serves it at {@code /ds} as it
 * is, in a {@code createTxnMem()} dataset; RDF4J's memory store holds its named graphs as contexts
 * (its default graph is their union). Runs until it is stopped.
 */
public final class PeerMain {
    private PeerMain() {}

    public static void main(String[] args) throws Exception {
        DatasetGraph quads = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(quads, () -> RDFDataMgr.read(quads, Path.of(args[1]).toUri().toString()));
        int port = Integer.parseInt(args[2]);
        switch (args[0]) {
            case "rdf4j" -> Rdf4jPeer.start(quads, port);
            case "fuseki" -> FusekiServer.create().loopback(true).port(port).add("/ds", quads).build().start();
            default -> throw new IllegalArgumentException("no peer " + args[0] + "; rdf4j or fuseki");
        }
        Thread.currentThread().join();
    }
}
