package org.w3id.scokg.server.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.scokg.server.web.Html;
import org.w3id.scokg.server.web.Labels;

/**
 * The snippet of a title made of parts (an act, a position: «Китай — поддерживает: cyber
 * sovereignty»), each part in the language the title's own HTML gives it, as the link above the
 * snippet marks it; and the title's parts themselves, for the suggestions ({@link #parts}). The index holds such a title as one text in the page's language, and jena-text
 * marks the words found in it (or in a fragment of it) without knowing its parts; the parts are
 * found again from the title the pages compose ({@link Labels.Label#markup}), whose text the
 * snippet's is. Each part is marked so that a screen reader does not read an English name inside a
 * Russian title as Russian.
 */
final class PartedSnippets {
    /** A piece of a title's HTML: a span's end, a span's start with its language or none, another tag, an escaped character, a character. */
    private static final Pattern PIECE = Pattern.compile("(</span>)|<span(?: lang=\"([^\"]*)\")?>|(<)|&(amp|lt|gt|quot|#39);|([^<&])", Pattern.DOTALL);

    private PartedSnippets() {}

    /**
     * {@code snippet} (jena-text's, its words found between ↦ and ↤) as HTML in the language of
     * {@code title}, a part of it in another language in a span that says so and the words found in
     * {@code mark}; empty where the title is not made of parts, its HTML holds a tag other than a span,
     * or the snippet is not a piece of its text.
     */
    static Optional<String> html(String snippet, Labels.Label title) {
        if (title.markup() == null) return Optional.empty();
        Optional<List<String>> languages = languages(title);
        String plain = snippet.replace("↦", "").replace("↤", "");
        // The snippet's place in the title: its first, should its text stand twice (a part's languages
        // are then those of the first place, which no title of the graph has today).
        int start = title.text().indexOf(plain);
        if (languages.isEmpty() || plain.isEmpty() || start < 0) return Optional.empty();
        boolean[] found = found(snippet, plain.length());
        StringBuilder html = new StringBuilder(snippet.length() + 64);
        String outer = title.lang();
        String shown = outer;
        boolean marking = false;
        for (int k = 0; k < plain.length(); k++) {
            String lang = languages.get().get(start + k);
            if (!lang.equals(shown) || found[k] != marking) {
                // A mark ends at a part's end and starts again inside the next, so the tags nest.
                if (marking) html.append("</mark>");
                if (!lang.equals(shown)) {
                    if (!shown.equals(outer)) html.append("</span>");
                    if (!lang.equals(outer)) html.append("<span lang=\"").append(Html.escape(lang)).append("\">");
                    shown = lang;
                }
                if (found[k]) html.append("<mark>");
                marking = found[k];
            }
            html.append(Html.escape(String.valueOf(plain.charAt(k))));
        }
        if (marking) html.append("</mark>");
        if (!shown.equals(outer)) html.append("</span>");
        return Optional.of(Html.keepWhole(html.toString()));
    }

    /** A run of a title's text in one language. */
    record Part(String text, String lang) {}

    /**
     * The title's text in runs of one language each, as its HTML gives them (["Китай — поддерживает: ",
     * "ru"], ["cyber sovereignty", "en"]); empty where the title is not made of parts, its parts are
     * all in one language, or its HTML is not spans and text alone. A suggestion carries them, so
     * that the list under the box marks an English part as the pages do.
     */
    static Optional<List<Part>> parts(Labels.Label title) {
        if (title.markup() == null) return Optional.empty();
        return languages(title).map(languages -> {
            List<Part> parts = new ArrayList<>();
            int start = 0;
            for (int k = 1; k <= languages.size(); k++) {
                if (k == languages.size() || !languages.get(k).equals(languages.get(start))) {
                    parts.add(new Part(title.text().substring(start, k), languages.get(start)));
                    start = k;
                }
            }
            return parts;
        }).filter(parts -> parts.size() > 1);
    }

    /** Which characters of the snippet's text, {@code length} long, are words found (between ↦ and ↤). */
    private static boolean[] found(String snippet, int length) {
        boolean[] found = new boolean[length];
        int k = 0;
        boolean in = false;
        for (char c : snippet.toCharArray()) {
            if (c == '↦' || c == '↤') in = c == '↦';
            else found[k++] = in;
        }
        return found;
    }

    /** The language of each character of the title's text, as its HTML gives it; empty where the HTML is not spans and text alone, or not the text. */
    private static Optional<List<String>> languages(Labels.Label title) {
        List<String> languages = new ArrayList<>(title.text().length());
        StringBuilder text = new StringBuilder(title.text().length());
        Deque<String> open = new ArrayDeque<>();
        open.push(title.lang());
        Matcher piece = PIECE.matcher(title.markup());
        int end = 0;
        while (piece.find()) {
            if (piece.start() != end || piece.group(3) != null) return Optional.empty();
            end = piece.end();
            if (piece.group(1) != null) {
                if (open.size() == 1) return Optional.empty();
                open.pop();
            } else if (piece.group(4) != null) {
                text.append(switch (piece.group(4)) {
                    case "amp" -> '&';
                    case "lt" -> '<';
                    case "gt" -> '>';
                    case "quot" -> '"';
                    default -> '\'';
                });
                languages.add(open.peek());
            } else if (piece.group(5) != null) {
                text.append(piece.group(5));
                languages.add(open.peek());
            } else {
                // A span's start: its language, or the language around it.
                open.push(piece.group(2) != null ? piece.group(2) : open.peek());
            }
        }
        return end == title.markup().length() && text.toString().equals(title.text()) ? Optional.of(languages) : Optional.empty();
    }
}
