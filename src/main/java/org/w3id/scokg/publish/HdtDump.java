package org.w3id.scokg.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.vocabulary.DCTerms;
import org.rdfhdt.hdt.exceptions.ParserException;
import org.rdfhdt.hdt.hdt.HDT;
import org.rdfhdt.hdt.hdt.HDTManager;
import org.rdfhdt.hdt.hdt.HDTVocabulary;
import org.rdfhdt.hdt.header.HeaderUtil;
import org.rdfhdt.hdt.options.HDTOptions;
import org.rdfhdt.hdt.rdf.parsers.JenaNodeFormatter;
import org.rdfhdt.hdt.triples.TripleString;

/**
 * The HDT dump (header, dictionary, triples: compressed and queryable as it is), written with
 * hdt-java from the union's triples, without the time it was made in its header, so the same graph
 * gives the same bytes. Its header describes the dataset {@code void.ttl} describes, {@link
 * DatasetDescription#DATASET}.
 */
final class HdtDump {
    private HdtDump() {}

    /**
     * The HDT of {@code graph}. Its triples are handed to hdt-java as the strings its own Jena parser
     * makes of them ({@link JenaNodeFormatter}), in any order: hdt-java sorts its dictionary and
     * triples, so the bytes are those of the graph's N-Triples read by hdt-java, in whatever order
     * (DumpWriterTest). Parsing the sorted N-Triples instead took 13 to 20 s of a core at x100
     * against 8 s, and waited for the N-Triples.
     */
    static byte[] write(Graph graph) {
        // hdt-java names the dataset of the header by the base URI it is given: the VoID's dataset, not
        // the home page (https://w3id.org/sco-kg/, HTML to every client).
        String dataset = DatasetDescription.DATASET.getURI();
        Iterator<TripleString> triples = graph.find().mapWith(t -> new TripleString(JenaNodeFormatter.format(t.getSubject()),
                JenaNodeFormatter.format(t.getPredicate()), JenaNodeFormatter.format(t.getObject())));
        try (HDT hdt = HDTManager.generateHDT(triples, dataset, HDTOptions.of(), null)) {
            // hdt-java stamps the header with the minute it was made (dcterms:issued): left out, so the bytes depend on the graph alone.
            hdt.getHeader().remove("", DCTerms.issued.getURI(), "");
            // That stamp was all _:publicationInformation held: the dataset's pointer to it would name nothing.
            hdt.getHeader().remove("", HeaderUtil.cleanURI(HDTVocabulary.HDT_PUBLICATION_INFORMATION), "");
            var out = DumpRenderer.buffer();
            hdt.saveToHDT(out, null);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new IllegalStateException("hdt-java refused a triple of the graph", e);
        }
    }
}
