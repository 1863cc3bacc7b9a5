package org.w3id.scokg.publish;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.rdfhdt.hdt.enums.RDFNotation;
import org.rdfhdt.hdt.exceptions.ParserException;
import org.rdfhdt.hdt.hdt.HDT;
import org.rdfhdt.hdt.hdt.HDTManager;
import org.rdfhdt.hdt.options.HDTOptions;

/**
 * The HDT dump (header, dictionary, triples: compressed and queryable as it is), written with
 * hdt-java from the union's canonical N-Triples, without the time it was made in its header, so
 * the same graph gives the same bytes. Its header describes the dataset {@code void.ttl}
 * describes, {@link DatasetDescription#DATASET}.
 */
final class HdtDump {
    private static final String ISSUED = "http://purl.org/dc/terms/issued";

    private HdtDump() {}

    /** The HDT of the graph whose sorted N-Triples are {@code ntriples}. */
    static byte[] write(byte[] ntriples) {
        // hdt-java names the dataset of the header by the base URI it is given: the VoID's dataset, not
        // the home page (https://w3id.org/sco-kg/, HTML to every client), which it named until a
        // review on 4 December 2026.
        String dataset = DatasetDescription.DATASET.getURI();
        try (HDT hdt = HDTManager.generateHDT(new ByteArrayInputStream(ntriples), dataset, RDFNotation.NTRIPLES, HDTOptions.of(), null)) {
            // hdt-java stamps the header with the minute it was made (dcterms:issued): left out, so the bytes depend on the graph alone.
            hdt.getHeader().remove("", ISSUED, "");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            hdt.saveToHDT(out, null);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new IllegalStateException("hdt-java could not read the N-Triples Jena wrote", e);
        }
    }
}
