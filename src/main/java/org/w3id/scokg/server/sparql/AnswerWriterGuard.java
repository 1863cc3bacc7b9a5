package org.w3id.scokg.server.sparql;

import java.io.OutputStream;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
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

/**
 * Keeps a query's answer from being written in a syntax that cannot carry it or would take minutes
 * to write it: a 406 that says which syntax writes it, rather than a 500, a document that says
 * something else, or a writer nothing can stop.
 *
 * <ul>
 *   <li>A character XML 1.0 cannot carry (U+0001) in a SELECT's answer as SPARQL XML results: Jena
 *       wrote it as {@code &#x0001;}, which is not well-formed XML 1.0, with a 200, so the client's
 *       XML parser failed on the whole answer (found on 4 December 2026).
 *   <li>A triple term (RDF 1.2, {@code <<( s p o )>>}) as JSON-LD, RDF/XML or RDF/JSON: a 500, a 406
 *       that spoke of predicates, and an empty object {@code { }} with a 200 (a review on 4 December 2026).
 *   <li>A character XML 1.0 cannot carry (U+0001, made by CONCAT or written in the query) as TriX or
 *       RDF/XML: a 500 and the same 406 (that review).
 *   <li>JSON-LD where Jena's writer (titanium) would run far past the query's timeout: it folds the
 *       values of one property of one subject into one array in time that grows with the square of
 *       their number (10 subjects with 4,000 values each: 5.4 s; 40,000 triples of distinct subjects:
 *       0.2 s), and nothing can stop it once begun. A review on 3 December 2026 had {@code CONSTRUCT
 *       { ?a <urn:p> ?b } WHERE { ?a a ?t . ?b a ?u }} with a 2 s timeout answer 200 after 45.6 s as
 *       JSON-LD (0.97 s as Turtle), and two of them held both slots for minutes. Past {@link #BUDGET},
 *       the sum over each subject and property of the square of the number of its values, it is refused.
 * </ul>
 *
 * <p>Jena's writers of those syntaxes are wrapped in its writer registries, the extension points for
 * writers. Only writes made while {@link #guarding} an answer are checked; writes made otherwise (the
 * dumps, the entity pages) are the writers' own, unchanged. 406, not 503: the same request would be
 * refused again, and a balancer retries a 503 on another replica (deploy/haproxy), which would
 * evaluate the query again for nothing.
 */
final class AnswerWriterGuard {
    /** The sum of squares past which an answer is not written as JSON-LD: about 0.7 s of the writer on this project's machine. */
    static final long BUDGET = 20_000_000;

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

    /** Runs {@code write}, the writing of a query's answer (rows, a boolean, a graph or a dataset), with the guarded syntaxes refused where they cannot write it. */
    static void guarding(Runnable write) {
        GUARDING.set(true);
        try {
            write.run();
        } finally {
            GUARDING.set(false);
        }
    }

    private static void check(DatasetGraph answer, Lang lang) {
        if (!GUARDING.get()) return;
        // One pass over the answer's quads, with the counts JSON-LD's cost needs.
        boolean jsonLd = lang.equals(Lang.JSONLD);
        boolean tripleTerm = false;
        boolean outsideXml = false;
        boolean json = false;
        Map<List<Node>, Long> values = new HashMap<>();
        for (java.util.Iterator<Quad> quads = answer.find(); quads.hasNext();) {
            Quad quad = quads.next();
            tripleTerm |= quad.getSubject().isTripleTerm() || quad.getObject().isTripleTerm();
            outsideXml |= outsideXml(quad.getGraph()) || outsideXml(quad.getSubject()) || outsideXml(quad.getPredicate()) || outsideXml(quad.getObject());
            json |= jsonLd && deepJson(quad.getObject());
            if (jsonLd) values.merge(List.of(quad.getGraph(), quad.getSubject(), quad.getPredicate()), 1L, Long::sum);
        }
        if (tripleTerm && !lang.equals(Lang.TRIX)) {
            ServletOps.error(406, "This answer holds triple terms (RDF 1.2), which " + lang.getLabel() + " cannot write; " + WRITE_IT);
        }
        if (outsideXml && XML.contains(lang)) {
            ServletOps.error(406, "This answer holds a character that XML 1.0 cannot carry (such as U+0001), so " + lang.getLabel()
                    + " cannot write it; " + WRITE_IT);
        }
        if (json) {
            // Jena's JSON-LD writer writes an rdf:JSON literal as the JSON it holds, indented level by level:
            // 2 KB of nested brackets became 4.2 MB, and a 605-byte query 16.8 GB, past the timeout and the
            // byte cap (a review on 4 December 2026). One that is not JSON is the writer's refusal, below.
            ServletOps.error(406, "This answer holds an rdf:JSON literal nested more than " + JSON_DEPTH + " deep, which JSON-LD writes indented, "
                    + "in a size that grows with the square of its depth; " + WRITE_IT);
        }
        long cost = 0;
        for (long count : values.values()) cost += count * count;
        if (cost > BUDGET) {
            ServletOps.error(406, "This answer gives some subject so many values of one property that writing it as JSON-LD would take far longer "
                    + "than a query may; ask for it as Turtle, N-Triples, TriG or RDF/XML (Accept: text/turtle), which write it at once.");
        }
    }

    /**
     * Whether a term holds a character outside XML 1.0's {@code Char} production: a literal in its lexical
     * form or its datatype's IRI, an IRI in itself (the parser takes {@code <a:b\u0001>} with a warning:
     * TriX failed on it with a 500, RDF/XML wrote it raw with a 200; a review on 4 December 2026).
     */
    static boolean outsideXml(Node node) {
        if (node.isTripleTerm()) {
            Triple triple = node.getTriple();
            return outsideXml(triple.getSubject()) || outsideXml(triple.getPredicate()) || outsideXml(triple.getObject());
        }
        if (node.isURI()) return outsideXml(node.getURI());
        return node.isLiteral() && (outsideXml(node.getLiteralLexicalForm()) || outsideXml(node.getLiteralDatatypeURI()));
    }

    /** The deepest nesting of an rdf:JSON literal that is written as JSON-LD: indented, 64 levels make some 8 KB of 2 KB. */
    static final int JSON_DEPTH = 64;

    /**
     * Whether a term is an rdf:JSON literal nested deeper than {@value #JSON_DEPTH} (brackets outside
     * strings counted), which Jena's JSON-LD writer would indent into a size that grows with the
     * square of its depth.
     */
    static boolean deepJson(Node node) {
        if (!node.isLiteral() || !RDF.dtRDFJSON.equals(node.getLiteralDatatype())) return false;
        String json = node.getLiteralLexicalForm();
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > JSON_DEPTH) return true;
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return false;
    }

    private static boolean outsideXml(String text) {
        return text.codePoints().anyMatch(c -> !(c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000));
    }

    /**
     * Writes with Jena's writer, a JSON-LD writer's refusal of a term (titanium takes no datatype IRI with
     * a space, a control character or a blank node's label) a 406, not a 500 (a review on 4 December 2026).
     * It refuses before it writes anything: it builds the whole document first.
     */
    private static void writing(Lang lang, Runnable write) {
        try {
            write.run();
        } catch (org.apache.jena.shared.JenaException refused) {
            if (!GUARDING.get() || !lang.equals(Lang.JSONLD)) throw refused;
            ServletOps.error(406, "This answer holds a term that JSON-LD cannot write (an rdf:JSON literal that is not JSON, or a datatype IRI with a space or a control character); " + WRITE_IT);
        }
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

    private record GuardedGraphWriter(WriterGraphRIOT jena) implements WriterGraphRIOT {
        @Override
        public void write(OutputStream out, Graph graph, PrefixMap prefixes, String base, Context context) {
            check(DatasetGraphFactory.wrap(graph), jena.getLang());
            writing(jena.getLang(), () -> jena.write(out, graph, prefixes, base, context));
        }

        @Override
        public void write(Writer out, Graph graph, PrefixMap prefixes, String base, Context context) {
            check(DatasetGraphFactory.wrap(graph), jena.getLang());
            writing(jena.getLang(), () -> jena.write(out, graph, prefixes, base, context));
        }

        @Override
        public Lang getLang() {
            return jena.getLang();
        }
    }

    private record GuardedDatasetWriter(WriterDatasetRIOT jena) implements WriterDatasetRIOT {
        @Override
        public void write(OutputStream out, DatasetGraph dataset, PrefixMap prefixes, String base, Context context) {
            check(dataset, jena.getLang());
            writing(jena.getLang(), () -> jena.write(out, dataset, prefixes, base, context));
        }

        @Override
        public void write(Writer out, DatasetGraph dataset, PrefixMap prefixes, String base, Context context) {
            check(dataset, jena.getLang());
            writing(jena.getLang(), () -> jena.write(out, dataset, prefixes, base, context));
        }

        @Override
        public Lang getLang() {
            return jena.getLang();
        }
    }
}
