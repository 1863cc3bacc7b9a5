package org.w3id.scokg.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.vocabulary.RDF;
import org.w3id.scokg.project.InputException;
import org.w3id.scokg.project.Location;
import org.w3id.scokg.project.Problem;
import org.w3id.scokg.project.ProjectFiles;
import org.w3id.scokg.project.ProjectLayout;
import org.w3id.scokg.vocab.PROV;
import org.w3id.scokg.vocab.SCO;

/**
 * Builds the knowledge graph from the project's files: the ontology, every table through its
 * mapping, the excerpts that locate each quote in its source, derived labels and the entailments.
 * All problems of all tables are collected and thrown together as one {@link InputException}.
 */
public final class GraphBuilder {
    private static final String SOURCES_TABLE = "sources";

    private final ProjectLayout layout;
    private final DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    private final Map<Node, Table.Row> origins = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final SourceTexts texts = new SourceTexts();
    private final Map<String, Binding> excerpts = new LinkedHashMap<>();
    private final List<RowOutput> outputs = new ArrayList<>();

    private record RowOutput(Table.Row row, Graph triples) {}

    public GraphBuilder(ProjectLayout layout) {
        this.layout = layout;
    }

    public static KnowledgeGraph build(Path root) {
        return new GraphBuilder(new ProjectLayout(root)).build();
    }

    public KnowledgeGraph build() {
        Graph ontology = ProjectFiles.readTurtle(layout.ontology(), layout.display(layout.ontology()));
        ontology.find().forEach(t -> dataset.add(SCO.GRAPH_ONTOLOGY, t.getSubject(), t.getPredicate(), t.getObject()));
        Table sources = Table.read(layout.sources().resolve("sources.csv"), "data/sources/sources.csv");
        mapSources(sources);
        for (Path file : ProjectLayout.list(layout.tables(), ".csv")) {
            collect(() -> mapTable(Table.read(file, layout.display(file)), sources));
        }
        excerpts.values().forEach(binding -> add(SCO.GRAPH_PROVENANCE, mapping("excerpt").apply(binding), null));
        // A table that could not be read leaves references to its rows dangling; say only what broke.
        if (problems.isEmpty()) checkReferences();
        if (!problems.isEmpty()) throw new InputException(problems);
        addCldrNames();
        for (Path query : ProjectLayout.list(layout.derived(), ".rq")) {
            add(SCO.GRAPH_DATA, Mapping.construct(query, layout.display(query), dataset.getUnionGraph()), null);
        }
        Entailments.materialise(dataset, layout);
        return new KnowledgeGraph(dataset, Map.copyOf(origins));
    }

    private void mapSources(Table sources) {
        Mapping mapping = mapping(SOURCES_TABLE);
        for (Table.Row row : sources.rows()) {
            String key = row.get("key");
            if (key == null) {
                problems.add(new Problem(row.at("key"), "a source needs a key"));
                continue;
            }
            if (row.get("file") != null) {
                collect(() -> texts.load(key, layout.sources(), row.get("file"), row.at("file")));
            }
            collect(() -> add(SCO.GRAPH_PROVENANCE, mapping.apply(row, BindingFactory.empty()), row));
        }
    }

    private void mapTable(Table table, Table sources) {
        Path file = layout.mappings().resolve(table.name() + ".rq");
        if (!Files.isRegularFile(file)) {
            problems.add(new Problem(Location.file(table.file()), "no mapping for this table: expected " + layout.display(file)));
            return;
        }
        Mapping mapping = Mapping.read(file, layout.display(file));
        for (Table.Row row : table.rows()) {
            collect(() -> {
                Graph triples = mapping.apply(row, provenanceOf(row, sources));
                checkLiterals(row, triples);
                checkCellsUsed(row, triples);
                outputs.add(new RowOutput(row, triples));
                triples.find().forEach(t -> add(PROV.wasDerivedFrom.equals(t.getPredicate())
                        ? SCO.GRAPH_PROVENANCE : SCO.GRAPH_DATA, t, row));
            });
        }
    }

    /** Binds ?derivedFrom to the excerpt of the row's quote, or to its source where it has no quote. */
    private Binding provenanceOf(Table.Row row, Table sources) {
        String source = row.get("source");
        String quote = row.get("quote");
        if (source == null) {
            if (quote != null) throw new InputException(row.at("quote"), "a quote needs a source");
            return BindingFactory.empty();
        }
        boolean known = sources.rows().stream().anyMatch(r -> source.equals(r.get("key")));
        if (!known) throw new InputException(row.at("source"), "unknown source '" + source + "' (see data/sources/sources.csv)");
        Node sourceIri = NodeFactory.createURI(SCO.ID + "source/" + source);
        if (quote == null) return Binding.builder().add(Var.alloc("derivedFrom"), sourceIri).build();
        if (!texts.hasText(source)) {
            throw new InputException(row.at("quote"), "source '" + source + "' has no text in the repository, so a quote from it cannot be checked");
        }
        int start = texts.locate(source, quote, row.at("quote"));
        int end = start + quote.length();
        String key = source + "-" + start + "-" + end;
        Node excerpt = NodeFactory.createURI(SCO.ID + "excerpt/" + key);
        excerpts.computeIfAbsent(key, k -> Binding.builder()
                .add(Var.alloc("excerpt"), excerpt)
                .add(Var.alloc("source"), sourceIri)
                .add(Var.alloc("exact"), NodeFactory.createLiteralString(quote))
                .add(Var.alloc("start"), NodeFactory.createLiteralDT(Integer.toString(start), XSDDatatype.XSDnonNegativeInteger))
                .add(Var.alloc("end"), NodeFactory.createLiteralDT(Integer.toString(end), XSDDatatype.XSDnonNegativeInteger))
                .build());
        return Binding.builder().add(Var.alloc("derivedFrom"), excerpt).build();
    }

    /** A cell that makes an ill-formed typed literal (a wrong date, a number that is not one). */
    private void checkLiterals(Table.Row row, Graph triples) {
        triples.find().forEach(t -> {
            Node o = t.getObject();
            if (o.isLiteral() && o.getLiteralDatatype() instanceof XSDDatatype type
                    && !type.isValid(o.getLiteralLexicalForm())) {
                String column = columnHolding(row, o.getLiteralLexicalForm());
                problems.add(new Problem(row.at(column), "'" + o.getLiteralLexicalForm() + "' is not a valid "
                        + type.getURI().replace("http://www.w3.org/2001/XMLSchema#", "xsd:")
                        + (type.equals(XSDDatatype.XSDdate) ? " (dates are YYYY-MM-DD, or YYYY where only the year is known)" : "")));
            }
        });
    }

    /**
     * Every cell must show up in what its row made: a key with a space, say, makes no valid IRI,
     * and the mapping would silently drop it. The quote is checked against its source instead.
     */
    private void checkCellsUsed(Table.Row row, Graph triples) {
        if (triples.isEmpty()) {
            String culprit = row.cells().entrySet().stream()
                    .filter(c -> c.getValue().matches(".*[\\s<>\"{}|^`\\\\].*") && !c.getKey().equals("quote"))
                    .map(java.util.Map.Entry::getKey).findFirst().orElse(null);
            problems.add(new Problem(row.at(culprit), (culprit == null ? "" : "'" + row.get(culprit)
                    + "' cannot be part of an IRI; ") + "the row made nothing in the graph"));
            return;
        }
        java.util.Set<String> terms = new java.util.HashSet<>();
        triples.find().forEach(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                terms.add(n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : "");
            }
        });
        for (var cell : row.cells().entrySet()) {
            if (cell.getKey().equals("quote")) continue;
            for (String value : cell.getValue().split("\\s*;\\s*")) {
                if (value.isEmpty() || terms.stream().anyMatch(term -> term.contains(value))) continue;
                problems.add(new Problem(row.at(cell.getKey()), "'" + value
                        + "' made nothing in the graph: it is not a valid key, date or value for this column"));
            }
        }
    }

    /** Every IRI a row points to under the graph's base or the ontology must be defined somewhere. */
    private void checkReferences() {
        Graph union = dataset.getUnionGraph();
        for (RowOutput output : outputs) {
            output.triples().find().forEach(t -> {
                Node o = t.getObject();
                if (!o.isURI() || !o.getURI().startsWith(SCO.BASE)) return;
                if (union.contains(o, RDF.type.asNode(), Node.ANY)) return;
                String iri = o.getURI();
                String column = columnReferring(output.row(), iri);
                String name = iri.startsWith(SCO.ID) ? iri.substring(SCO.ID.length()) : "sco:" + iri.substring(SCO.NS.length());
                problems.add(new Problem(output.row().at(column), "unknown reference: nothing in the data is " + name));
            });
        }
    }

    /** Names of states in every language from the Unicode CLDR; the source record goes with the provenance. */
    private void addCldrNames() {
        Node source = CldrNames.source();
        new CldrNames(mapping("cldr")).names(dataset.getUnionGraph()).find().toList().forEach(t ->
                add(t.getSubject().equals(source) || PROV.wasDerivedFrom.equals(t.getPredicate())
                        ? SCO.GRAPH_PROVENANCE : SCO.GRAPH_DATA, t, null));
    }

    private static String columnHolding(Table.Row row, String value) {
        for (var cell : row.cells().entrySet()) {
            if (cell.getValue().equals(value) || List.of(cell.getValue().split("\\s*;\\s*")).contains(value)) return cell.getKey();
        }
        return null;
    }

    private static String columnReferring(Table.Row row, String iri) {
        for (var cell : row.cells().entrySet()) {
            for (String value : cell.getValue().split("\\s*;\\s*")) {
                if (!value.isEmpty() && (iri.endsWith("/" + value) || iri.endsWith("#" + value))) return cell.getKey();
            }
        }
        return null;
    }

    private Mapping mapping(String name) {
        Path file = layout.mappings().resolve(name + ".rq");
        return Mapping.read(file, layout.display(file));
    }

    private void add(Node graph, Graph triples, Table.Row row) {
        triples.find().forEach(t -> add(graph, t, row));
    }

    private void add(Node graph, Triple t, Table.Row row) {
        dataset.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
        if (row != null) origins.putIfAbsent(t.getSubject(), row);
    }

    private void collect(Runnable step) {
        try {
            step.run();
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
    }
}
