package org.w3id.scokg.server.reconcile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.scokg.server.web.Language;

/**
 * The types the service takes besides its default types: every class under a class that {@code
 * entities.rq} reads as a default type, by the ontology's {@code rdfs:subClassOf} as the graph holds
 * it, transitively (sco:Treaty and sco:Declaration under sco:Instrument, sco:Summit under sco:Event),
 * and those classes themselves where they are not the default type (sco:InternationalOrganization,
 * sco:Body and sco:ActorGroup, read as organisation: ORG's own axioms, org:FormalOrganization under
 * org:Organization, are not in the served graph). Each is named by its labels in the ontology, in
 * English, Russian and Chinese; a class with no English label has no name to show and is left out.
 * Without them "treaty" would be an unknown type, and a treaty's candidate would say "instrument"
 * while its page says "treaty".
 */
final class NarrowerTypes {
    private final Map<String, EntityIndex.Type> types = new LinkedHashMap<>();

    private NarrowerTypes() {}

    /**
     * The narrower types in {@code union} of {@code roots} (each class {@code entities.rq} reads,
     * with the default type it reads it as); {@code defaults} are the default types' ids, never narrower.
     */
    static NarrowerTypes read(Graph union, Map<Node, EntityIndex.Type> roots, Set<String> defaults) {
        Map<Node, Set<String>> broader = new LinkedHashMap<>();
        roots.forEach((root, type) -> descend(union, root, new LinkedHashSet<>(List.of(type.id())), defaults, broader));
        NarrowerTypes narrower = new NarrowerTypes();
        broader.forEach((c, above) -> labels(union, c).ifPresent(words -> narrower.types.put(c.getURI(), new EntityIndex.Type(c.getURI(), words.get(0), words, Set.copyOf(above)))));
        return narrower;
    }

    /** Records {@code c} as under {@code above} (the types over it), then the classes under it likewise. */
    private static void descend(Graph union, Node c, Set<String> above, Set<String> defaults, Map<Node, Set<String>> broader) {
        if (!defaults.contains(c.getURI())) broader.computeIfAbsent(c, k -> new LinkedHashSet<>()).addAll(above);
        Set<String> next = new LinkedHashSet<>(above);
        next.add(c.getURI());
        List<Node> under = new ArrayList<>();
        union.find(Node.ANY, RDFS.subClassOf.asNode(), c).forEachRemaining(t -> under.add(t.getSubject()));
        // A class already on the way down is not gone down again: a cycle of subClassOf ends.
        for (Node sub : under) if (sub.isURI() && !next.contains(sub.getURI())) descend(union, sub, next, defaults, broader);
    }

    /** The English label of {@code c}, then its Russian and Chinese ones, as the ontology gives them; none without an English one. */
    private static Optional<List<String>> labels(Graph union, Node c) {
        Set<String> words = new LinkedHashSet<>();
        for (Language language : Language.values()) {
            union.find(c, RDFS.label.asNode(), Node.ANY).forEachRemaining(t -> {
                Node label = t.getObject();
                if (label.isLiteral() && label.getLiteralLanguage().equalsIgnoreCase(language.tag)) words.add(label.getLiteralLexicalForm());
            });
            if (language == Language.EN && words.isEmpty()) return Optional.empty();
        }
        return Optional.of(List.copyOf(words));
    }

    /** The narrower types {@code entity} has ({@code rdf:type}), in the order they were read. */
    List<EntityIndex.Type> of(Graph union, Node entity) {
        List<EntityIndex.Type> own = new ArrayList<>();
        union.find(entity, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            EntityIndex.Type type = t.getObject().isURI() ? types.get(t.getObject().getURI()) : null;
            if (type != null) own.add(type);
        });
        own.sort(Comparator.comparing(EntityIndex.Type::id));
        return own;
    }

    /**
     * {@code defaults} with the narrower types after the default type they are under, by English
     * name: the types the service takes and suggests.
     */
    List<EntityIndex.Type> after(Collection<EntityIndex.Type> defaults) {
        List<EntityIndex.Type> all = new ArrayList<>();
        for (EntityIndex.Type d : defaults) {
            all.add(d);
            types.values().stream().filter(t -> t.broader().contains(d.id())).sorted(Comparator.comparing(EntityIndex.Type::name)).forEach(all::add);
        }
        return all;
    }
}
