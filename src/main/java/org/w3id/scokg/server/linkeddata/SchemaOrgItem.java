package org.w3id.scokg.server.linkeddata;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.scokg.vocab.Prefixes;
import org.w3id.scokg.vocab.SCO;

/**
 * The schema.org description a thing's page ({@link EntityPage}) carries for search engines, as
 * JSON-LD in a script: the page, an {@code ItemPage}, about the thing, typed as the graph types it.
 */
final class SchemaOrgItem {
    private SchemaOrgItem() {}

    /**
     * schema.org JSON-LD for search engines: the page (an {@code ItemPage}, the description
     * document's IRI, under CC BY 4.0 as its Turtle says with {@code dcterms:license}) {@code about}
     * the thing, whose {@code @type} is what the graph says it is ({@link #schemaTypes}). "</" is
     * escaped so that no value can close the script. The type is not read from the page's path,
     * which would make the UN Secretary-General, an {@code org:Post}, an Organization, and a report
     * Legislation; the licence is the page's, not the thing's.
     */
    static String json(Graph graph, Node entity, String label, String docPath) {
        JsonObject thing = new JsonObject();
        thing.put("@id", entity.getURI());
        List<String> types = schemaTypes(graph, entity);
        if (types.size() == 1) {
            thing.put("@type", types.get(0));
        } else {
            JsonArray array = new JsonArray();
            types.forEach(array::add);
            thing.put("@type", array);
        }
        thing.put("name", label);
        JsonArray sameAs = new JsonArray();
        graph.find(entity, OWL.sameAs.asNode(), Node.ANY).forEachRemaining(t -> sameAs.add(t.getObject().getURI()));
        if (!sameAs.isEmpty()) thing.put("sameAs", sameAs);
        JsonObject json = new JsonObject();
        json.put("@context", "https://schema.org");
        json.put("@id", SCO.BASE + docPath.substring(1));
        json.put("@type", "ItemPage");
        json.put("url", SCO.BASE + docPath.substring(1));
        json.put("license", Descriptions.LICENSE.getURI());
        json.put("about", thing);
        return JSON.toStringFlat(json).replace("</", "<\\/");
    }

    /**
     * The schema.org classes (their names in its vocabulary) the thing is an instance of by the
     * graph: its types there and their superclasses as the ontology declares them ({@code
     * rdfs:subClassOf}, transitively), else {@code Thing}; sorted, so the page is the same bytes.
     */
    private static List<String> schemaTypes(Graph graph, Node entity) {
        Set<Node> seen = new HashSet<>();
        Deque<Node> classes = new ArrayDeque<>();
        graph.find(entity, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> classes.add(t.getObject()));
        // The ontology's schema.org namespace (http:), not Jena's SchemaDO (https:).
        String schema = Prefixes.STANDARD.getNsPrefixURI("schema");
        Set<String> names = new TreeSet<>();
        while (!classes.isEmpty()) {
            Node c = classes.pop();
            if (!seen.add(c) || !c.isURI()) continue;
            if (c.getURI().startsWith(schema)) names.add(c.getURI().substring(schema.length()));
            graph.find(c, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(t -> classes.add(t.getObject()));
        }
        return names.isEmpty() ? List.of("Thing") : List.copyOf(names);
    }
}
