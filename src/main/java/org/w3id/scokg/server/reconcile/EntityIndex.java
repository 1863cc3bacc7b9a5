package org.w3id.scokg.server.reconcile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.w3id.scokg.server.web.Language;
import org.w3id.scokg.server.web.Terms;
import org.w3id.scokg.server.web.Texts;
import org.w3id.scokg.server.web.UnSymbols;
import org.w3id.scokg.vocab.SCO;

/**
 * The things the reconciliation service knows, read once from the graph ({@code entities.rq},
 * {@code identifiers.rq}): each with its id ({@code kind/key}, relative to {@code id/}), English
 * label, types, every name in every language, the keys composed to match on besides ("UN OEWG",
 * "2018 Qingdao SCO summit"; matched as names are, never shown as names) and its identifiers.
 */
final class EntityIndex {
    /**
     * A type the service offers: its id (the class IRI), its name (English, as the manifest and
     * every candidate give it), its words in English, Russian and Chinese, the name first, and the
     * ids of the types it is under ({@link NarrowerTypes}; none for a default type).
     */
    record Type(String id, String name, List<String> words, Set<String> broader) {
        /** Its words in the three languages, as the type suggest service describes it ("state · государство · 国家"). */
        String description() {
            return String.join(" · ", words);
        }
    }

    /**
     * A type of {@code id} named {@code name}, with the words the site uses for its class in each of
     * its languages ({@code term.sco.State} in {@code texts*.properties}): the ontology labels its
     * classes in English only, and with the English name alone «гос» and 国家 would suggest nothing.
     */
    static Type type(String id, String name) {
        Set<String> words = new LinkedHashSet<>();
        words.add(name);
        for (Language language : Language.values()) Terms.words(NodeFactory.createURI(id), Texts.of(language)).ifPresent(words::add);
        return new Type(id, name, List.copyOf(words), Set.of());
    }

    /**
     * A thing to match: its names as written, its names and keys as compared, its identifiers by
     * property id.
     */
    record Entity(String id, String label, List<Type> types, List<String> names, Set<String> normalised,
            Map<String, Set<String>> identifiers) {

        Set<String> identifiers(String property) {
            return identifiers.getOrDefault(property, Set.of());
        }

        /**
         * Its most specific types, as candidates and suggestions give them ("treaty", not
         * "instrument"): those of its types no other of its types is under; all its types where that
         * leaves none, as where two of its classes are each declared under the other (each is above
         * the other). Such a thing never has none, which would fail its description with a 500.
         */
        List<Type> specificTypes() {
            List<Type> specific = types.stream().filter(t -> types.stream().noneMatch(u -> u.broader().contains(t.id()))).toList();
            return specific.isEmpty() ? types : specific;
        }

        /** Its names in languages other than the label's, to tell namesakes apart. */
        String description() {
            StringBuilder text = new StringBuilder(specificTypes().get(0).name());
            for (String name : names) {
                if (!name.equals(label) && name.codePoints().anyMatch(c -> c > 0x2FF)) text.append(" · ").append(name);
            }
            return text.toString();
        }
    }

    private final Map<String, Entity> entities;
    private final List<Type> types;
    private final List<Type> offered;
    private final Set<String> symbols;

    private EntityIndex(Map<String, Entity> entities, List<Type> types, List<Type> offered) {
        this.entities = entities;
        this.types = types;
        this.offered = offered;
        Set<String> all = new LinkedHashSet<>();
        for (Entity entity : entities.values()) all.addAll(entity.identifiers("unSymbol"));
        this.symbols = Set.copyOf(all);
    }

    /** Reads every thing of the service's types from {@code union} (the graph's four graphs together). */
    static EntityIndex read(Graph union) {
        Map<String, Builder> builders = new LinkedHashMap<>();
        Map<String, Type> types = new LinkedHashMap<>();
        Map<Node, Type> roots = new LinkedHashMap<>();
        select(union, "entities.rq").forEachRemaining(row -> {
            String iri = row.get("entity").getURI();
            if (!iri.startsWith(SCO.ID) || iri.contains("#")) return;
            Type type = types.computeIfAbsent(row.get("type").getURI(), id -> type(id, row.get("typeName").getLiteralLexicalForm()));
            roots.putIfAbsent(row.get("class"), type);
            Builder b = builders.computeIfAbsent(iri.substring(SCO.ID.length()), id -> new Builder(row.get("label").getLiteralLexicalForm()));
            b.types.add(type);
            String name = row.get("name").getLiteralLexicalForm();
            if (Boolean.parseBoolean(row.get("key").getLiteralLexicalForm())) b.keys.add(name);
            else b.names.add(name);
        });
        select(union, "identifiers.rq").forEachRemaining(row -> {
            String iri = row.get("entity").getURI();
            Builder b = iri.startsWith(SCO.ID) ? builders.get(iri.substring(SCO.ID.length())) : null;
            if (b == null) return;
            b.identifiers.computeIfAbsent(row.get("property").getLiteralLexicalForm(), p -> new LinkedHashSet<>())
                    .add(row.get("value").getLiteralLexicalForm());
        });
        NarrowerTypes narrower = NarrowerTypes.read(union, roots, types.keySet());
        Map<String, Entity> entities = new LinkedHashMap<>();
        builders.forEach((id, b) -> {
            b.types.addAll(narrower.of(union, NodeFactory.createURI(SCO.ID + id)));
            entities.put(id, b.build(id));
        });
        return new EntityIndex(entities, List.copyOf(types.values()), narrower.after(types.values()));
    }

    /**
     * The id that {@code text} would be if it names a thing by its identifier: {@code kind/key} as
     * it is, or its IRI in the identifier space with the space taken off.
     */
    static String idOf(String text) {
        String id = text.strip();
        return id.startsWith(SCO.ID) ? id.substring(SCO.ID.length()) : id;
    }

    Collection<Entity> all() {
        return entities.values();
    }

    /** The thing of an id, {@code kind/key} or the thing's whole IRI, as queries and extension take it. */
    Optional<Entity> get(String id) {
        return Optional.ofNullable(entities.get(idOf(id)));
    }

    /** The UN symbols of every thing, as written: what a resolution's number alone is read against ({@link UnSymbols#key(String, java.util.Collection)}). */
    Set<String> symbols() {
        return symbols;
    }

    /** The default types, in the order of {@code entities.rq}, as the manifest gives them. */
    List<Type> types() {
        return types;
    }

    /**
     * Every type a query or suggestion may name: the default types, each followed by the types under
     * it ({@link NarrowerTypes}).
     */
    List<Type> offered() {
        return offered;
    }

    static RowSet select(Graph graph, String resource) {
        return QueryExec.graph(graph).query(QueryFactory.create(resource(resource))).select();
    }

    /** An execution of the query in {@code resource} over {@code graph}, with {@code substitution}; the caller closes it. */
    static QueryExec exec(Graph graph, String resource, Binding substitution) {
        return QueryExec.graph(graph).query(QueryFactory.create(resource(resource))).substitution(substitution).build();
    }

    private static String resource(String name) {
        try (InputStream in = EntityIndex.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Builder {
        final String label;
        final Set<Type> types = new LinkedHashSet<>();
        final Set<String> names = new LinkedHashSet<>();
        final Set<String> keys = new LinkedHashSet<>();
        final Map<String, Set<String>> identifiers = new LinkedHashMap<>();

        Builder(String label) {
            this.label = label;
        }

        Entity build(String id) {
            Set<String> normalised = new LinkedHashSet<>();
            for (String name : names) normalised.add(NameNormaliser.normalise(name));
            for (String key : keys) normalised.add(NameNormaliser.normalise(key));
            Map<String, Set<String>> ids = new LinkedHashMap<>();
            identifiers.forEach((property, values) -> ids.put(property, Set.copyOf(values)));
            return new Entity(id, label, new ArrayList<>(types), List.copyOf(names), Set.copyOf(normalised), Map.copyOf(ids));
        }
    }
}
