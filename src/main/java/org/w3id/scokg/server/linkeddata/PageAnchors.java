package org.w3id.scokg.server.linkeddata;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;

/** The ids an entity page gives its elements: the places of the entity's parts, and its quotes. */
final class PageAnchors {
    private PageAnchors() {}

    /**
     * The places on the page of the entity's parts: a part's IRI ({@code …/membership/X#interval})
     * leads a browser, through the 303 that keeps the fragment, to the element with that id. Each
     * id once, and none that a section already uses.
     */
    static final class Anchors {
        private final String prefix;
        /** Ids the page has already: its sections' (a source's statements too) and the site frame's (the skip link's target, the search box). */
        private final Set<String> used = new HashSet<>(List.of("main", "site-q", "supported"));

        Anchors(EntityReader.View view) {
            this.prefix = view.entity().getURI() + "#";
            view.sections().forEach(s -> used.add(s.name()));
        }

        /** An id no element of the page has: {@code prefix} and a number. */
        String unused(String prefix) {
            for (int n = 1; ; n++) {
                if (used.add(prefix + n)) return prefix + n;
            }
        }

        /** {@code  id="fragment"} for the first element of a part of the entity, else nothing. */
        String of(Node part) {
            if (part == null || !part.isURI() || !part.getURI().startsWith(prefix)) return "";
            String fragment = part.getURI().substring(prefix.length());
            return fragment.matches("[A-Za-z][A-Za-z0-9_-]*") && used.add(fragment) ? " id=\"" + fragment + "\"" : "";
        }
    }

    /** The quotes a section has shown, by their source record and text, each with the id of its blockquote. */
    static final class Quotes {
        private final Anchors anchors;
        private final Map<List<String>, String> shown = new HashMap<>();

        Quotes(Anchors anchors) {
            this.anchors = anchors;
        }

        /** The id of the quote of {@code source} where the section has shown it, else null. */
        String said(ValueSources.Source source) {
            return shown.get(key(source));
        }

        /** A new id for the quote of {@code source}, which the section now shows. */
        String say(ValueSources.Source source) {
            String id = anchors.unused("quoted-");
            shown.put(key(source), id);
            return id;
        }

        private static List<String> key(ValueSources.Source source) {
            return List.of(source.record().toString(), source.quote(), source.quoteLang() == null ? "" : source.quoteLang());
        }
    }
}
