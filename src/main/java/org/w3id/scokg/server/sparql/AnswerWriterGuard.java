package org.w3id.scokg.server.sparql;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.WriterDatasetRIOT;
import org.apache.jena.riot.WriterDatasetRIOTFactory;
import org.apache.jena.riot.WriterGraphRIOT;
import org.apache.jena.riot.WriterGraphRIOTFactory;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterFactory;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.vocabulary.RDF;
import org.w3id.scokg.publish.JsonLdWriter;

/**
 * Keeps a query's answer from being written in a syntax that cannot carry it or would take minutes
 * to write it: a 406 that says which syntax writes it, rather than a 500, a document that says
 * something else, or a writer nothing can stop.
 *
 * <ul>
 *   <li>A character XML 1.0 cannot carry (U+0001) in a SELECT's answer as SPARQL XML results: Jena
 *       wrote it as {@code &#x0001;}, which is not well-formed XML 1.0, with a 200, so the client's
 *       XML parser failed on the whole answer.
 *   <li>A triple term (RDF 1.2, {@code <<( s p o )>>}) as JSON-LD, RDF/XML or RDF/JSON: a 500, a 406
 *       that spoke of predicates, and an empty object {@code { }} with a 200.
 *   <li>A character XML 1.0 cannot carry (U+0001, made by CONCAT or written in the query) as TriX or
 *       RDF/XML: a 500 and the same 406.
 *   <li>A literal with a base direction as JSON-LD, which JSON-LD carries only with a reader's option.
 * </ul>
 *
 * <p>A graph or dataset answer asked for as JSON-LD is written by {@link JsonLdWriter}, in one pass,
 * not by Jena's writer (titanium), which builds and compacts the whole document first and cannot be
 * stopped: with it, {@code CONSTRUCT { ?a <urn:p> ?b } WHERE { ?a a ?t . ?b a ?u }} with a 2 s
 * timeout answered 200 after 45.6 s (it folds many values of one property of one subject in time
 * that grows with the square of their number), and an answer of 47,784 triples, which a cost
 * estimate let through, took 9 s past a 1 s timeout. The byte cap of the answer bounds its writing
 * too.
 *
 * <p>Jena's writers of those syntaxes are wrapped in its writer registries, the extension points for
 * writers. Only writes made while {@link #guarding} an answer are checked; writes made otherwise (the
 * dumps, the entity pages, which write their JSON-LD with {@link JsonLdWriter} themselves) go to
 * Jena's writers unchanged. 406, not 503: the same request would be
 * refused again, and a balancer retries a 503 on another replica (deploy/haproxy), which would
 * evaluate the query again for nothing.
 */
final class AnswerWriterGuard {
    private static final Set<Lang> GUARDED = Set.of(Lang.JSONLD, Lang.RDFXML, Lang.RDFJSON, Lang.TRIX);
    private static final Set<Lang> XML = Set.of(Lang.RDFXML, Lang.TRIX);
    private static final String WRITE_IT = "ask for it as Turtle, N-Triples or TriG (Accept: text/turtle), which write it at once.";

    private static final ThreadLocal<Boolean> GUARDING = ThreadLocal.withInitial(() -> false);
    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    private AnswerWriterGuard() {}

    /** Wraps every writer Jena has registered for the guarded syntaxes; once per JVM. */
    static void install() {
        if (!INSTALLED.compareAndSet(false, true)) return;
        RowSetWriterFactory xmlResults = RowSetWriterRegistry.getFactory(ResultSetLang.RS_XML);
        RowSetWriterRegistry.register(ResultSetLang.RS_XML, lang -> new GuardedXmlResultsWriter(xmlResults.create(lang)));
        for (RDFFormat format : List.copyOf(RDFWriterRegistry.registeredGraphFormats())) {
            if (!GUARDED.contains(format.getLang())) continue;
            WriterGraphRIOTFactory jena = RDFWriterRegistry.getWriterGraphFactory(format);
            RDFWriterRegistry.register(format, (WriterGraphRIOTFactory) syntax -> new GuardedGraphWriter(jena.create(syntax)));
        }
        for (RDFFormat format : List.copyOf(RDFWriterRegistry.registeredDatasetFormats())) {
            if (!GUARDED.contains(format.getLang())) continue;
            WriterDatasetRIOTFactory jena = RDFWriterRegistry.getWriterDatasetFactory(format);
            RDFWriterRegistry.register(format, (WriterDatasetRIOTFactory) syntax -> new GuardedDatasetWriter(jena.create(syntax)));
        }
    }

    /** The writing of a Graph Store read, with what a servlet's writing may throw. */
    @FunctionalInterface
    interface Write {
        void run() throws IOException, ServletException;
    }

    /**
     * Runs {@code write}, the writing of a query's answer (rows, a boolean, a graph or a dataset) or of
     * a Graph Store read, with the guarded syntaxes refused where they cannot write it and JSON-LD
     * written by {@link JsonLdWriter}.
     */
    static void guarding(Runnable write) {
        GUARDING.set(true);
        try {
            write.run();
        } finally {
            GUARDING.set(false);
        }
    }

    /** A Graph Store read written as {@link #guarding} writes an answer. */
    static void guardingRead(Write write) throws IOException, ServletException {
        GUARDING.set(true);
        try {
            write.run();
        } finally {
            GUARDING.set(false);
        }
    }

    private static void check(DatasetGraph answer, Lang lang) {
        if (!GUARDING.get()) return;
        boolean jsonLd = lang.equals(Lang.JSONLD);
        boolean tripleTerm = false;
        boolean outsideXml = false;
        boolean direction = false;
        boolean badDatatype = false;
        for (java.util.Iterator<Quad> quads = answer.find(); quads.hasNext();) {
            Quad quad = quads.next();
            tripleTerm |= quad.getSubject().isTripleTerm() || quad.getObject().isTripleTerm();
            outsideXml |= outsideXml(quad.getGraph()) || outsideXml(quad.getSubject()) || outsideXml(quad.getPredicate()) || outsideXml(quad.getObject());
            direction |= jsonLd && !tripleTerm && !JsonLdWriter.carries(quad);
            badDatatype |= jsonLd && quad.getObject().isLiteral() && !datatypeJsonLdReads(quad.getObject().getLiteralDatatypeURI());
        }
        if (tripleTerm && !lang.equals(Lang.TRIX)) {
            ServletOps.error(406, "This answer holds triple terms (RDF 1.2), which " + lang.getLabel() + " cannot write; " + WRITE_IT);
        }
        if (outsideXml && XML.contains(lang)) {
            ServletOps.error(406, "This answer holds a character that XML 1.0 cannot carry (such as U+0001), so " + lang.getLabel()
                    + " cannot write it; " + WRITE_IT);
        }
        if (direction) {
            ServletOps.error(406, "This answer holds a literal with a base direction, which JSON-LD cannot write without a reader's option; " + WRITE_IT);
        }
        if (badDatatype) {
            ServletOps.error(406, "This answer holds a datatype IRI that JSON-LD cannot write (a space, a control character or a blank node's label); " + WRITE_IT);
        }
    }

    /** Whether a JSON-LD reader takes {@code iri} as a datatype: no space, control character or other character IRIs leave out, not a blank node's label. */
    private static boolean datatypeJsonLdReads(String iri) {
        return !iri.startsWith("_:") && iri.chars().noneMatch(c -> c <= 0x20 || c == 0x7F || "<>\"{}|^`\\".indexOf(c) >= 0);
    }

    /**
     * Whether a term holds a character outside XML 1.0's {@code Char} production: a literal in its lexical
     * form or its datatype's IRI, an IRI in itself (the parser takes {@code <a:b\u0001>} with a warning:
     * TriX failed on it with a 500, RDF/XML wrote it raw with a 200).
     */
    static boolean outsideXml(Node node) {
        if (node.isTripleTerm()) {
            Triple triple = node.getTriple();
            return outsideXml(triple.getSubject()) || outsideXml(triple.getPredicate()) || outsideXml(triple.getObject());
        }
        if (node.isURI()) return outsideXml(node.getURI());
        return node.isLiteral() && (outsideXml(node.getLiteralLexicalForm()) || outsideXml(node.getLiteralDatatypeURI()));
    }

    private static boolean outsideXml(String text) {
        return text.codePoints().anyMatch(c -> !(c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000));
    }

    /**
     * The rows of an answer to be written as SPARQL XML results, read into memory (the answer is held
     * whole already, {@code AnswerCap}) and checked for a character XML 1.0 cannot carry.
     */
    private static RowSet checkedForXml(RowSet rows) {
        if (!GUARDING.get()) return rows;
        RowSetRewindable kept = rows.rewindable();
        while (kept.hasNext()) {
            Binding row = kept.next();
            for (java.util.Iterator<Var> vars = row.vars(); vars.hasNext();) {
                if (outsideXml(row.get(vars.next()))) {
                    ServletOps.error(406, "This answer holds a character that XML 1.0 cannot carry (such as U+0001), so SPARQL XML results"
                            + " cannot write it; ask for SPARQL JSON results (Accept: application/sparql-results+json), which write it at once.");
                }
            }
        }
        kept.reset();
        return kept;
    }

    private record GuardedXmlResultsWriter(RowSetWriter jena) implements RowSetWriter {
        @Override
        public void write(OutputStream out, RowSet rows, Context context) {
            jena.write(out, checkedForXml(rows), context);
        }

        @Override
        public void write(Writer out, RowSet rows, Context context) {
            jena.write(out, checkedForXml(rows), context);
        }

        @Override
        public void write(OutputStream out, boolean answer, Context context) {
            jena.write(out, answer, context);
        }
    }

    /** Writes an answer: as JSON-LD with {@link JsonLdWriter} where it is guarded, else with Jena's writer. */
    private static void write(OutputStream out, DatasetGraph answer, PrefixMap prefixes, Lang lang, Runnable jena) {
        if (!ownJsonLd(answer, lang)) {
            jena.run();
            return;
        }
        try (Writer text = new OutputStreamWriter(CloseShieldOutputStream.wrap(out), StandardCharsets.UTF_8)) {
            JsonLdWriter.answer(answer, prefixes == null ? Map.of() : prefixes.getMapping(), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Writer out, DatasetGraph answer, PrefixMap prefixes, Lang lang, Runnable jena) {
        if (!ownJsonLd(answer, lang)) {
            jena.run();
            return;
        }
        try {
            JsonLdWriter.answer(answer, prefixes == null ? Map.of() : prefixes.getMapping(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks a guarded answer; whether it is JSON-LD to be written by {@link JsonLdWriter}. */
    private static boolean ownJsonLd(DatasetGraph answer, Lang lang) {
        check(answer, lang);
        return GUARDING.get() && lang.equals(Lang.JSONLD);
    }

    private record GuardedGraphWriter(WriterGraphRIOT jena) implements WriterGraphRIOT {
        @Override
        public void write(OutputStream out, Graph graph, PrefixMap prefixes, String base, Context context) {
            AnswerWriterGuard.write(out, DatasetGraphFactory.wrap(graph), prefixes, getLang(), () -> jena.write(out, graph, prefixes, base, context));
        }

        @Override
        public void write(Writer out, Graph graph, PrefixMap prefixes, String base, Context context) {
            AnswerWriterGuard.write(out, DatasetGraphFactory.wrap(graph), prefixes, getLang(), () -> jena.write(out, graph, prefixes, base, context));
        }

        @Override
        public Lang getLang() {
            return jena.getLang();
        }
    }

    private record GuardedDatasetWriter(WriterDatasetRIOT jena) implements WriterDatasetRIOT {
        @Override
        public void write(OutputStream out, DatasetGraph dataset, PrefixMap prefixes, String base, Context context) {
            AnswerWriterGuard.write(out, dataset, prefixes, getLang(), () -> jena.write(out, dataset, prefixes, base, context));
        }

        @Override
        public void write(Writer out, DatasetGraph dataset, PrefixMap prefixes, String base, Context context) {
            AnswerWriterGuard.write(out, dataset, prefixes, getLang(), () -> jena.write(out, dataset, prefixes, base, context));
        }

        @Override
        public Lang getLang() {
            return jena.getLang();
        }
    }
}
