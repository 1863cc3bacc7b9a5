package org.w3id.scokg.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.TurtleDocumentFormat;
import org.semanticweb.owlapi.model.AxiomType;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.MissingImportHandlingStrategy;
import org.semanticweb.owlapi.model.NodeID;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyLoaderConfiguration;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.model.parameters.Imports;
import org.semanticweb.owlapi.rdf.turtle.parser.OWLRDFConsumerAdapter;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.scokg.graph.ImportedVocabularies;
import org.w3id.scokg.graph.KnowledgeGraph;
import org.w3id.scokg.project.Location;
import org.w3id.scokg.project.Problem;
import org.w3id.scokg.project.ProjectLayout;
import org.w3id.scokg.vocab.Prefixes;
import org.w3id.scokg.vocab.SCO;
import uk.ac.manchester.cs.owlapi.modularity.ModuleType;
import uk.ac.manchester.cs.owlapi.modularity.SyntacticLocalityModuleExtractor;

/**
 * The OWL 2 check: HermiT, through the OWL API, over the ontology, the asserted graphs (data and
 * provenance) and the vocabularies the ontology imports, read from ontology/imports (never from the
 * web: owl:imports are dropped before the OWL API sees the graph). An inconsistency is narrowed
 * down to the individuals that cause it (halving the individuals while the rest stays consistent)
 * and to a minimal set of axioms (dropping each axiom the inconsistency survives without); an
 * unsatisfiable class likewise. Datatypes HermiT does not implement (xsd:gYear) are ignored.
 */
final class OwlReasoning {
    private static final Logger LOG = LoggerFactory.getLogger(OwlReasoning.class);
    /** How many separate causes of an inconsistency, or unsatisfiable classes, are explained. */
    private static final int EXPLAINED = 5;
    private static final Pattern FULL_IRI = Pattern.compile("<([^>\\s]+)>");

    private final OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
    private final OWLDataFactory factory = manager.getOWLDataFactory();
    private final OWLOntology ontology;
    private final Set<OWLAxiom> schema;

    private OwlReasoning(OWLOntology ontology) {
        this.ontology = ontology;
        this.schema = new HashSet<>();
        ontology.tboxAxioms(Imports.EXCLUDED).forEach(schema::add);
        ontology.rboxAxioms(Imports.EXCLUDED).forEach(schema::add);
    }

    static List<Problem> check(KnowledgeGraph graph, ProjectLayout layout) {
        long start = System.nanoTime();
        Graph all = input(graph, layout);
        OwlReasoning reasoning = new OwlReasoning(load(all));
        LOG.info("OWL 2: {} triples read by the OWL API in {} ms", all.size(), (System.nanoTime() - start) / 1_000_000);
        return reasoning.problems(graph);
    }

    /** The triples checked: the imported vocabularies, the ontology, the data and the provenance. */
    static Graph input(KnowledgeGraph graph, ProjectLayout layout) {
        Graph imported = ImportedVocabularies.read(layout);
        List<Graph> sources = List.of(imported, graph.ontology(), graph.data(), graph.provenance());
        // The reified statements are RDF's own vocabulary, which OWL 2 reserves; their sources and
        // excerpts stay in.
        Set<Node> reified = new HashSet<>();
        for (Graph source : sources) source.find(Node.ANY, RDF.type.asNode(), RDF.Statement.asNode()).forEachRemaining(t -> reified.add(t.getSubject()));
        Graph all = GraphFactory.createGraphMem();
        for (Graph source : sources) {
            source.find().forEachRemaining(t -> {
                if (!reified.contains(t.getSubject()) && !t.getPredicate().equals(OWL.imports.asNode())) all.add(t);
            });
        }
        return all;
    }

    /**
     * The graph as the OWL API reads it: each triple handed to the OWL API's own RDF consumer (the
     * one its Turtle parser drives), so the axioms are those the parser would make of the graph
     * written as N-Triples, without writing and parsing 250,000 triples of text (two thirds of the
     * check at x100). Blank nodes are named as its parser names them, literals handed over as it
     * hands them: a simple literal bare, a language-tagged one with its tag, others with their
     * datatype.
     */
    static OWLOntology load(Graph graph) {
        OWLOntologyManager loader = OWLManager.createOWLOntologyManager();
        OWLOntologyLoaderConfiguration config = new OWLOntologyLoaderConfiguration()
                .setStrict(false).setReportStackTraces(false).setFollowRedirects(false)
                .setMissingImportHandlingStrategy(MissingImportHandlingStrategy.SILENT);
        IRI document = IRI.create("https://w3id.org/sco-kg/graph/checked");
        OWLOntology ontology;
        try {
            ontology = loader.createOntology();
        } catch (OWLOntologyCreationException e) {
            throw new IllegalStateException("the OWL API cannot make an ontology: " + e.getMessage(), e);
        }
        OWLRDFConsumerAdapter consumer = new OWLRDFConsumerAdapter(ontology, config);
        consumer.setOntologyFormat(new TurtleDocumentFormat());
        consumer.startModel(document);
        Map<Node, IRI> iris = new HashMap<>();
        graph.find().forEachRemaining(t -> {
            IRI subject = iri(t.getSubject(), iris);
            IRI predicate = iri(t.getPredicate(), iris);
            Node object = t.getObject();
            if (!object.isLiteral()) consumer.handleTriple(subject, predicate, iri(object, iris));
            else if (!object.getLiteralLanguage().isEmpty()) consumer.handleTriple(subject, predicate, object.getLiteralLexicalForm(), object.getLiteralLanguage());
            else if (object.getLiteralDatatypeURI().equals(XSD.xstring.getURI())) consumer.handleTriple(subject, predicate, object.getLiteralLexicalForm());
            else consumer.handleTriple(subject, predicate, object.getLiteralLexicalForm(), iri(NodeFactory.createURI(object.getLiteralDatatypeURI()), iris));
        });
        consumer.handleEnd();
        return ontology;
    }

    /** An IRI as the OWL API knows it, or a blank node as its Turtle parser names one. */
    private static IRI iri(Node node, Map<Node, IRI> iris) {
        return iris.computeIfAbsent(node, n -> IRI.create(n.isBlank() ? NodeID.getIRIFromNodeID(n.getBlankNodeLabel()) : n.getURI()));
    }

    private List<Problem> problems(KnowledgeGraph graph) {
        List<Problem> problems = new ArrayList<>();
        if (!consistentWhole()) {
            inconsistency(graph, problems);
            return problems;
        }
        // Whether a class can have members is a question of the schema alone: give every class of
        // the ontology a member of its own, and the schema stays consistent exactly when each can
        // have one (the reused vocabularies' own classes are W3C's to check).
        Set<OWLAxiom> witnessed = new HashSet<>(schema);
        List<OWLClass> classes = ontology.classesInSignature(Imports.EXCLUDED)
                .filter(c -> c.getIRI().toString().startsWith(SCO.NS)).sorted(Comparator.comparing(c -> c.getIRI().toString())).toList();
        for (OWLClass c : classes) witnessed.add(factory.getOWLClassAssertionAxiom(c, witness(c)));
        if (consistent(witnessed)) return problems;
        for (OWLClass c : classes) {
            if (problems.size() == EXPLAINED) break;
            Set<OWLAxiom> alone = module(Set.of(c));
            alone.add(factory.getOWLClassAssertionAxiom(c, witness(c)));
            if (consistent(alone)) continue;
            Set<OWLAxiom> why = minimise(module(Set.of(c)), axioms -> !satisfiable(axioms, c));
            problems.add(new Problem(Location.file("ontology/sco.ttl"), "OWL 2 (HermiT): the class "
                    + render(c.toString()) + " is unsatisfiable, because of the axioms " + render(why)));
        }
        return problems;
    }

    /**
     * Whether the ontology, the data with it, is consistent: proved at once when the summary of its
     * ABox is ({@link AboxSummary}), which has as many individuals as the data has kinds of them;
     * otherwise decided on the whole.
     */
    private boolean consistentWhole() {
        Set<OWLAxiom> summary = AboxSummary.of(ontology, factory);
        LOG.info("OWL 2: the data's {} axioms summarised as {}", ontology.getAxiomCount(), summary.size());
        if (consistent(summary)) return true;
        LOG.info("OWL 2: the summary of the data is not consistent; checking all {} axioms", ontology.getAxiomCount());
        return consistent(ontology.axioms().collect(Collectors.toSet()));
    }

    private OWLNamedIndividual witness(OWLClass c) {
        return factory.getOWLNamedIndividual(IRI.create("urn:sco-kg:witness:" + c.getIRI()));
    }

    /** Names each group of individuals that is inconsistent on its own, with the axioms that make it so. */
    private void inconsistency(KnowledgeGraph graph, List<Problem> problems) {
        List<OWLNamedIndividual> left = ontology.individualsInSignature(Imports.EXCLUDED)
                .sorted(Comparator.comparing(i -> i.getIRI().toString())).collect(Collectors.toCollection(ArrayList::new));
        for (int found = 0; found < EXPLAINED; found++) {
            List<OWLNamedIndividual> culprits = culprits(left);
            if (culprits.isEmpty()) break;
            Set<OWLAxiom> why = minimise(withModule(facts(culprits)), axioms -> !consistent(axioms));
            Node first = NodeFactory.createURI(culprits.get(0).getIRI().toString());
            problems.add(new Problem(graph.originOf(first, "the built graph"), "OWL 2 (HermiT): inconsistent: "
                    + String.join(", ", culprits.stream().map(i -> render(i.toString())).toList())
                    + " cannot be as the graph says, because of the axioms " + render(why)));
            left.removeAll(culprits);
        }
        if (problems.isEmpty()) {
            Set<OWLAxiom> why = minimise(new HashSet<>(schema), axioms -> !consistent(axioms));
            problems.add(new Problem(Location.file("ontology/sco.ttl"), "OWL 2 (HermiT): the ontology is inconsistent, because of the axioms " + render(why)));
        }
    }

    /** A smallest group of individuals whose facts are inconsistent with the ontology, or none. */
    private List<OWLNamedIndividual> culprits(List<OWLNamedIndividual> individuals) {
        List<OWLNamedIndividual> group = new ArrayList<>(individuals);
        if (group.isEmpty() || consistent(withModule(facts(group)))) return List.of();
        while (group.size() > 1) {
            List<OWLNamedIndividual> first = group.subList(0, group.size() / 2);
            List<OWLNamedIndividual> second = group.subList(group.size() / 2, group.size());
            if (!consistent(withModule(facts(first)))) group = new ArrayList<>(first);
            else if (!consistent(withModule(facts(second)))) group = new ArrayList<>(second);
            else break;
        }
        // The inconsistency needs individuals from both halves: drop every one it survives without.
        for (OWLNamedIndividual individual : new ArrayList<>(group)) {
            if (group.size() == 1) break;
            List<OWLNamedIndividual> without = new ArrayList<>(group);
            without.remove(individual);
            if (!consistent(withModule(facts(without)))) group = without;
        }
        return group;
    }

    private Set<OWLAxiom> facts(List<OWLNamedIndividual> individuals) {
        Set<OWLAxiom> facts = new HashSet<>();
        for (OWLNamedIndividual individual : individuals) {
            ontology.referencingAxioms(individual, Imports.EXCLUDED)
                    .filter(a -> a.isOfType(AxiomType.ABoxAxiomTypes)).forEach(facts::add);
        }
        return facts;
    }

    private Set<OWLAxiom> withModule(Set<OWLAxiom> facts) {
        Set<OWLEntity> signature = new HashSet<>();
        facts.forEach(a -> a.signature().forEach(signature::add));
        Set<OWLAxiom> axioms = module(signature);
        axioms.addAll(facts);
        return axioms;
    }

    /** The schema axioms that matter for these entities (a syntactic-locality bottom module). */
    private Set<OWLAxiom> module(Set<? extends OWLEntity> signature) {
        SyntacticLocalityModuleExtractor extractor = new SyntacticLocalityModuleExtractor(manager, schema.stream(), ModuleType.BOT);
        return new HashSet<>(extractor.extract(new HashSet<>(signature)));
    }

    private interface Test {
        boolean holds(Set<OWLAxiom> axioms);
    }

    /** Drops every axiom the problem survives without; what is left is needed, all of it. */
    private Set<OWLAxiom> minimise(Set<OWLAxiom> axioms, Test problem) {
        List<OWLAxiom> kept = axioms.stream().sorted().collect(Collectors.toCollection(ArrayList::new));
        for (OWLAxiom axiom : new ArrayList<>(kept)) {
            kept.remove(axiom);
            if (!problem.holds(new HashSet<>(kept))) kept.add(axiom);
        }
        return new HashSet<>(kept);
    }

    private boolean consistent(Set<OWLAxiom> axioms) {
        OWLReasoner reasoner = reasoner(axioms);
        try {
            return reasoner.isConsistent();
        } finally {
            reasoner.dispose();
        }
    }

    private boolean satisfiable(Set<OWLAxiom> axioms, OWLClass c) {
        OWLReasoner reasoner = reasoner(axioms);
        try {
            return !reasoner.isConsistent() || reasoner.isSatisfiable(c);
        } finally {
            reasoner.dispose();
        }
    }

    private OWLReasoner reasoner(Set<OWLAxiom> axioms) {
        OWLOntology part = ontology;
        if (axioms.size() != ontology.getAxiomCount()) {
            try {
                part = manager.createOntology(axioms.stream());
            } catch (OWLOntologyCreationException e) {
                throw new IllegalStateException(e);
            }
        }
        Configuration config = new Configuration();
        config.ignoreUnsupportedDatatypes = true;
        config.throwInconsistentOntologyException = false;
        return new ReasonerFactory().createReasoner(part, config);
    }

    private static String render(Set<OWLAxiom> axioms) {
        return String.join("; ", axioms.stream().sorted().map(a -> render(a.toString())).toList());
    }

    /** Functional syntax with the graph's prefixes instead of full IRIs. */
    private static String render(String text) {
        Matcher iri = FULL_IRI.matcher(text);
        StringBuilder out = new StringBuilder();
        while (iri.find()) {
            String shortForm = Prefixes.STANDARD.shortForm(iri.group(1));
            iri.appendReplacement(out, Matcher.quoteReplacement(shortForm.equals(iri.group(1)) ? iri.group() : shortForm));
        }
        return iri.appendTail(out).toString();
    }
}
