package org.w3id.scokg.server.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;

/**
 * A hit's snippet in the page's language where the thing has a name in it that holds every word
 * marked in the snippet, so an English page does not show an act by its Chinese title
 * («提交（俄罗斯）：General Assembly resolution 73/27（2018）»), matched by its number, when its
 * English title holds the same number; a Russian page, where the act has no Russian name,
 * shows the English one, as it names the act. A snippet whose marked words are in no name of the
 * page's language (a Chinese word on an English page) stays as it is: it shows why the thing was found.
 */
final class Snippets {
    private final Graph union;

    Snippets(Graph union) {
        this.union = union;
    }

    /** {@code hit}, or the same hit shown by its name in {@code tag} (else in English), the marked words marked in it. */
    Search.Hit inLanguage(Search.Hit hit, String tag) {
        if (!hit.field().equals(SearchIndex.NAME) || hit.lang().isEmpty() || hit.lang().equals(tag)) return hit;
        List<String> marked = new ArrayList<>();
        Matcher m = MARKED.matcher(hit.snippet());
        while (m.find()) marked.add(m.group(1));
        if (marked.isEmpty()) return hit;
        // The page's language first, else English, in which the site names what has no name in the page's.
        for (String shownIn : tag.equals("en") ? List.of(tag) : List.of(tag, "en")) {
            if (shownIn.equals(hit.lang())) return hit;
            Optional<String> name = union.find(hit.subject(), RDFS.label.asNode(), Node.ANY).mapWith(Triple::getObject).toList().stream()
                    .filter(o -> o.isLiteral() && o.getLiteralLanguage().equals(shownIn)).map(Node::getLiteralLexicalForm).sorted()
                    .filter(text -> marked.stream().allMatch(word -> word(word).matcher(text).find())).findFirst();
            if (name.isPresent()) {
                String shown = name.get();
                for (String word : marked.stream().distinct().toList()) shown = word(word).matcher(shown).replaceAll(r -> Matcher.quoteReplacement("↦" + r.group() + "↤"));
                return hit.shownBy(shown, shownIn);
            }
        }
        return hit;
    }

    /** A word marked by jena-text's highlighter ({@link HitReader#HIGHLIGHT}). */
    private static final Pattern MARKED = Pattern.compile("↦([^↤]+)↤");

    /** {@code word} whole, in any case: "73" not in "1973". */
    private static Pattern word(String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
