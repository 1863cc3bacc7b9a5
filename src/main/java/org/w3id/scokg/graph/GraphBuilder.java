package org.w3id.scokg.graph;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.scokg.project.InputException;
import org.w3id.scokg.project.Location;
import org.w3id.scokg.project.Problem;
import org.w3id.scokg.project.ProjectFiles;
import org.w3id.scokg.project.ProjectLayout;
import org.w3id.scokg.vocab.SCO;

/**
 * Builds the knowledge graph from the project's files: the ontology, every table through its
 * mapping, the excerpts that locate each quote in its source, derived labels and the entailments,
 * and for every triple of graph/data its sources ({@link Assertions}, from the provenance columns
 * that {@link Citations} reads).
 * All problems of all tables are collected and thrown together as one {@link InputException}.
 */
public final class GraphBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(GraphBuilder.class);
    private static final String SOURCES_TABLE = "sources";

    private final ProjectLayout layout;
    /**
     * Plain in-memory graphs (GraphMem2Fast), read-only once built: the transactional in-memory
     * dataset's persistent maps made the build twice as slow and the graph several times larger.
     */
    private final DatasetGraph dataset = DatasetGraphFactory.createGeneral();
    private final Map<Node, Table.Row> origins = new HashMap<>();
    private final Set<Node> typed = new HashSet<>();
    private final List<Problem> problems = new ArrayList<>();
    private final SourceTexts texts = new SourceTexts();
    private final Assertions assertions = new Assertions();
    private Citations citations;
    private final List<RowOutput> outputs = new ArrayList<>();
    private Consumer<KnowledgeGraph> asserted;

    private record RowOutput(Table.Row row, Graph triples) {}

    public GraphBuilder(ProjectLayout layout) {
        this.layout = layout;
    }

    public static KnowledgeGraph build(Path root) {
        return new GraphBuilder(new ProjectLayout(root)).build();
    }

    /**
     * Builds the graph, and hands it to {@code asserted} (on this thread) as soon as graph/ontology,
     * graph/data and graph/provenance are complete, before the entailments are added to
     * graph/inferred, which is made then (empty): {@code asserted} may start reading the three
     * graphs on other threads, as nothing writes them afterwards, but not graph/inferred or the
     * union before this returns. {@code validate} starts its OWL 2 check so, beside the entailments.
     */
    public static KnowledgeGraph build(Path root, Consumer<KnowledgeGraph> asserted) {
        GraphBuilder builder = new GraphBuilder(new ProjectLayout(root));
        builder.asserted = asserted;
        return builder.build();
    }

    /** Builds the graph in one write transaction: outside one, every quad added is a transaction of its own. */
    public KnowledgeGraph build() {
        long start = System.nanoTime();
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        Txn.executeWrite(dataset, this::buildInTransaction);
        LOG.info("built the graph: {} quads in {} ms, {} ms of CPU in this thread", dataset.stream().count(), (System.nanoTime() - start) / 1_000_000,
                (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000);
        return new KnowledgeGraph(dataset, Map.copyOf(origins));
    }

    private void buildInTransaction() {
        Graph ontology = ProjectFiles.readTurtle(layout.ontology(), layout.display(layout.ontology()));
        ontology.find().forEach(t -> dataset.add(SCO.GRAPH_ONTOLOGY, t.getSubject(), t.getPredicate(), t.getObject()));
        Table sources = Table.read(layout.sources().resolve("sources.csv"), "data/sources/sources.csv");
        mapSources(sources);
        Set<String> keys = new HashSet<>();
        sources.rows().forEach(row -> keys.add(row.get("key")));
        citations = new Citations(keys, texts, ontology);
        for (Path file : ProjectLayout.list(layout.tables(), ".csv")) {
            collect(() -> mapTable(Table.read(file, layout.display(file))));
        }
        citations.excerpts().forEach(binding -> add(SCO.GRAPH_PROVENANCE, mapping("excerpt").apply(binding), null));
        // A table that could not be read leaves references to its rows dangling; say only what broke.
        if (problems.isEmpty()) checkReferences();
        if (!problems.isEmpty()) throw new InputException(problems);
        // Each row's own triples served only the reference check; the graph holds them. Let go
        // here, they leave the heap before the entailments and the OWL 2 check fill it (x100:
        // one small graph for each of some 50,000 rows).
        outputs.clear();
        addCldrNames();
        for (Path query : ProjectLayout.list(layout.derived(), ".rq")) {
            // Derived from the facts, the ontology's labels and the source records (a document's UN
            // symbol matched with a record's, source-records.rq), not from which source supports
            // what: those statements are written below, after every derived triple.
            Graph derived = Mapping.construct(query, layout.display(query), new Union(
                    new Union(dataset.getGraph(SCO.GRAPH_DATA), dataset.getGraph(SCO.GRAPH_ONTOLOGY)), dataset.getGraph(SCO.GRAPH_PROVENANCE)));
            // What the build derives from the other facts is sco-kg's own statement.
            derived.find().forEachRemaining(t -> assertions.add(t, List.of(SCO.OWN_SOURCE), List.of()));
            add(SCO.GRAPH_DATA, derived, null);
        }
        assertions.write(dataset);
        // Written: the map of every triple's support is not read again.
        assertions.clear();
        if (asserted != null) {
            // Made before another thread may read the dataset's map of graphs, which making it writes.
            dataset.getGraph(SCO.GRAPH_INFERRED);
            asserted.accept(new KnowledgeGraph(dataset, Map.copyOf(origins)));
        }
        Entailments.materialise(dataset, layout);
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

    private void mapTable(Table table) {
        Path file = layout.mappings().resolve(table.name() + ".rq");
        if (!Files.isRegularFile(file)) {
            problems.add(new Problem(Location.file(table.file()), "no mapping for this table: expected " + layout.display(file)));
            return;
        }
        Mapping mapping = Mapping.read(file, layout.display(file));
        // Mapping a row reads only the row and the mapping, so rows are mapped side by side; what
        // they made is added, cited and checked in the table's order, so the graph, its problems and
        // its excerpts come out as one row after another would make them.
        List<MappedRow> mapped = table.rows().parallelStream().map(row -> map(mapping, row)).toList();
        for (MappedRow row : mapped) {
            problems.addAll(row.problems());
            if (row.triples() == null) continue;
            outputs.add(new RowOutput(row.row(), row.triples()));
            collect(() -> {
                cite(mapping, row);
                row.triples().find().forEach(t -> add(SCO.GRAPH_DATA, t, row.row()));
            });
        }
    }

    /**
     * What one row makes, or the problems that kept it from making anything, and which of its
     * triples each column that names a source of its own (or is sco-kg's own) claims.
     */
    private record MappedRow(Table.Row row, Graph triples, Map<String, Set<Triple>> claims, List<Problem> problems) {}

    private MappedRow map(Mapping mapping, Table.Row row) {
        List<Problem> found = new ArrayList<>();
        try {
            Table.Row data = row.without(Citations::isProvenance);
            Graph triples = mapping.apply(data, BindingFactory.empty());
            RowChecks.literals(data, triples, found);
            RowChecks.cellsUsed(data, triples, found);
            Map<String, Set<Triple>> claims = Citations.claims(mapping, data, triples,
                    column -> mapping.ownColumns().contains(column) || citations.speaksFor(row, column));
            return new MappedRow(row, triples, claims, found);
        } catch (InputException e) {
            found.addAll(e.problems());
            return new MappedRow(row, null, Map.of(), found);
        }
    }

    /**
     * Records the support of every triple of a row: the sources of the columns that claim it (its
     * own {@code X_source}, or sco-kg alone where an {@code own} column without one claims it), else the row's sources.
     */
    private void cite(Mapping mapping, MappedRow mapped) {
        Table.Row row = mapped.row();
        Citations.Support whole = citations.support(row, null);
        Citations.Support own = new Citations.Support(List.of(SCO.OWN_SOURCE), List.of());
        Map<String, Citations.Support> columns = new HashMap<>();
        // An own column whose cell names a source of its own (a note with note_source) is that source's, like any other column.
        mapped.claims().keySet().forEach(column -> columns.put(column,
                mapping.ownColumns().contains(column) && !citations.speaksFor(row, column) ? own : citations.support(row, column)));
        boolean[] unsourced = {false};
        mapped.triples().find().forEachRemaining(t -> {
            List<Citations.Support> claiming = mapped.claims().entrySet().stream()
                    .filter(claim -> claim.getValue().contains(t)).map(claim -> columns.get(claim.getKey())).toList();
            // A triple an own column shapes is sco-kg's own statement, whatever else it is made of: the label
            // "International code of conduct for information security (2011)" is the source's title and
            // sco-kg's year, not the UN letter's words. So is a triple of sco-kg's own scheme
            // (skos:inScheme sco:norms), which the row's quote does not state.
            List<Citations.Support> supports = claiming.contains(own) || mapping.ownPredicates().contains(t.getPredicate()) ? List.of(own) : claiming;
            for (Citations.Support support : supports.isEmpty() ? List.of(whole) : supports) {
                if (support.sources().isEmpty()) unsourced[0] = true;
                assertions.add(t, support.sources(), support.confidences());
            }
        });
        if (unsourced[0]) problems.add(new Problem(row.at(Citations.SOURCE), "the row needs a source (a key of data/sources/sources.csv)"));
    }

    /**
     * Every IRI a row points to under the graph's base or the ontology must be defined somewhere,
     * but for a key it replaces: that IRI is no longer a thing, only a name that resolves to this one.
     */
    private void checkReferences() {
        Graph union = dataset.getUnionGraph();
        // Rows point at the same few things again and again (a state, an instrument): each is
        // looked up in the union view once (the graph does not change meanwhile).
        Map<Node, Boolean> defined = new HashMap<>();
        for (RowOutput output : outputs) {
            output.triples().find().forEach(t -> {
                Node o = t.getObject();
                if (!o.isURI() || !o.getURI().startsWith(SCO.BASE) || t.getPredicate().equals(DCTerms.replaces.asNode())) return;
                if (defined.computeIfAbsent(o, thing -> union.contains(thing, RDF.type.asNode(), Node.ANY))) return;
                String iri = o.getURI();
                String column = RowChecks.columnReferring(output.row(), iri);
                String name = iri.startsWith(SCO.ID) ? iri.substring(SCO.ID.length()) : "sco:" + iri.substring(SCO.NS.length());
                problems.add(new Problem(output.row().at(column), "unknown reference: nothing in the data is " + name));
            });
        }
    }

    /** Names of states in every language from the Unicode CLDR, each derived from the CLDR's source record. */
    private void addCldrNames() {
        Node source = CldrNames.source();
        for (Triple t : new CldrNames(mapping("cldr")).names(dataset.getUnionGraph()).find().toList()) {
            if (t.getSubject().equals(source)) {
                add(SCO.GRAPH_PROVENANCE, t, null);
            } else {
                add(SCO.GRAPH_DATA, t, null);
                assertions.add(t, List.of(source), List.of());
            }
        }
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
        if (row == null) return;
        // The row that gives the thing its class is where it is defined, and named in errors about it;
        // a row that only names it (names.csv, read before states.csv) is not, or the states' long
        // names would move their errors to names.csv.
        if (t.getPredicate().equals(org.apache.jena.vocabulary.RDF.type.asNode()) && typed.add(t.getSubject())) origins.put(t.getSubject(), row);
        else origins.putIfAbsent(t.getSubject(), row);
    }

    private void collect(Runnable step) {
        try {
            step.run();
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
    }
}
