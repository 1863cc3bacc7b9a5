package org.w3id.scokg.graph;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.scokg.vocab.SCO;

/**
 * Names of territories from the Unicode CLDR, as ICU4J carries it: for every thing with an ISO
 * 3166-1 alpha-2 code and every language of {@link #LANGUAGES}, the CLDR name becomes the thing's
 * label where it has none in that language, and an alternative name where it differs from the
 * names it has (CLDR's "Russia" beside the table's "Russian Federation"); CLDR's short name
 * likewise. The triples come from the mapping {@code data/mapping/cldr.rq}, which also writes the
 * source record {@code id/source/cldr-{version}} that each named thing is derived from.
 */
final class CldrNames {
    /** The languages every state is named in. */
    static final List<String> LANGUAGES = List.of("en", "ru", "zh");

    private final Mapping mapping;

    CldrNames(Mapping mapping) {
        this.mapping = mapping;
    }

    /** The CLDR version ICU4J's data was built from, as {@code 48} or {@code 48.1}. */
    static String cldrVersion() {
        return version(LocaleData.getCLDRVersion());
    }

    /** The source record the names are derived from. */
    static Node source() {
        return NodeFactory.createURI(SCO.ID + "source/cldr-" + cldrVersion());
    }

    /** The names for every coded thing in {@code graph}, with their source record. */
    Graph names(Graph graph) {
        Graph out = GraphFactory.createGraphMem();
        for (Triple coded : graph.find(Node.ANY, SCO.iso3166Alpha2, Node.ANY).toList()) {
            String code = coded.getObject().getLiteralLexicalForm();
            for (String language : LANGUAGES) {
                for (Binding binding : bindings(graph, coded.getSubject(), code, language)) {
                    mapping.apply(binding).find().forEach(out::add);
                }
            }
        }
        return out;
    }

    private List<Binding> bindings(Graph graph, Node thing, String code, String language) {
        ULocale locale = new ULocale(language);
        Set<String> cldr = new LinkedHashSet<>();
        cldr.add(LocaleDisplayNames.getInstance(locale).regionDisplayName(code));
        cldr.add(LocaleDisplayNames.getInstance(locale, DisplayContext.LENGTH_SHORT).regionDisplayName(code));
        // ICU answers the code itself for a region it has no name for.
        cldr.remove(code);
        Set<String> known = namesIn(graph, thing, language);
        boolean hasLabel = graph.find(thing, RDFS.label.asNode(), Node.ANY)
                .filterKeep(t -> language.equals(t.getObject().getLiteralLanguage())).hasNext();
        List<Binding> bindings = new ArrayList<>();
        for (String name : cldr) {
            if (known.contains(name.toLowerCase(Locale.ROOT))) continue;
            String variable = hasLabel ? "altLabel" : "label";
            hasLabel = true;
            BindingBuilder b = Binding.builder()
                    .add(Var.alloc("thing"), thing)
                    .add(Var.alloc("source"), source())
                    .add(Var.alloc("version"), NodeFactory.createLiteralString(cldrVersion()))
                    .add(Var.alloc("library"), NodeFactory.createLiteralString(version(VersionInfo.ICU_VERSION)))
                    .add(Var.alloc(variable), NodeFactory.createLiteralLang(name, language));
            bindings.add(b.build());
        }
        return bindings;
    }

    /** The thing's labels and alternative names in {@code language}, lower-cased. */
    private static Set<String> namesIn(Graph graph, Node thing, String language) {
        Set<String> names = new HashSet<>();
        for (Node property : List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), SKOS.altLabel.asNode())) {
            graph.find(thing, property, Node.ANY).forEachRemaining(t -> {
                Node o = t.getObject();
                if (o.isLiteral() && language.equals(o.getLiteralLanguage())) names.add(o.getLiteralLexicalForm().toLowerCase(Locale.ROOT));
            });
        }
        return names;
    }

    /** A version without its trailing zero parts: 48.0.0.0 is 48, 78.1.0.0 is 78.1. */
    private static String version(VersionInfo version) {
        String text = version.getMajor() + "." + version.getMinor() + "." + version.getMilli() + "." + version.getMicro();
        return text.replaceFirst("(\\.0)+$", "");
    }
}
