package org.w3id.scokg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.w3id.scokg.project.InputException;
import org.w3id.scokg.project.Location;

/**
 * The header comments of a named query's text, read ({@link NamedQuery#read}): its title and
 * description in each language, its parameters with their words in each language, and its links.
 * A line that breaks the header's rules is an {@link InputException} naming the file.
 */
final class QueryHeader {
    /** A header line: its kind, its language tag if it has one, and its value. */
    static final Pattern HEADER = Pattern.compile("(?m)^#\\s*(title|description|param|link)(?:@([A-Za-z-]+))?:\\s*(.*)$");
    /** An English parameter line's value: NAME TYPE DEFAULT description. */
    static final Pattern PARAM = Pattern.compile("(\\w+)\\s+(iri|xsd:\\w+)\\s+(\\S+)\\s*(.*)");
    private static final Pattern LINK = Pattern.compile("(\\w+)\\s+(\\w+)");
    private static final Pattern TRANSLATED_PARAM = Pattern.compile("(\\w+)\\s+(.+)");

    private final Query query;
    private final String display;
    private String title;
    private final Map<String, String> titles = new TreeMap<>();
    private final Map<String, String> descriptions = new TreeMap<>();
    private final List<String[]> parameterLines = new ArrayList<>();
    private final Map<String, Map<String, String>> parameterWords = new LinkedHashMap<>();
    private final Map<String, String> links = new LinkedHashMap<>();

    private QueryHeader(Query query, String display) {
        this.query = query;
        this.display = display;
    }

    /** The header of {@code text}, whose query is {@code query}, errors naming {@code display}. */
    static QueryHeader read(String text, Query query, String display) {
        QueryHeader header = new QueryHeader(query, display);
        Matcher line = HEADER.matcher(text);
        while (line.find()) header.line(line.group(1), line.group(2), line.group(3).strip());
        if (header.title == null) throw new InputException(Location.file(display), "a named query needs a '# title:' line");
        return header;
    }

    /** One header line: its kind, its language tag (null in English) and its value. */
    private void line(String kind, String tag, String value) {
        String lang = tag == null ? "en" : tag;
        // English is untagged: "@en" would be a second English line the editor's copy leaves out.
        if (tag != null && !NamedQuery.TRANSLATED.contains(lang)) {
            throw new InputException(Location.file(display), "'# " + kind + "@" + lang + ":': a query's words can be translated into "
                    + String.join(" or ", NamedQuery.TRANSLATED) + " ('# " + kind + "@ru:')");
        }
        switch (kind) {
            case "title" -> title(lang, value);
            case "description" -> descriptions.merge(lang, value, (before, more) -> before + " " + more);
            case "link" -> link(value, lang);
            default -> parameter(lang, value);
        }
    }

    private void title(String lang, String value) {
        if (lang.equals("en") ? title != null : titles.containsKey(lang)) {
            throw new InputException(Location.file(display), "a second '# title" + (lang.equals("en") ? "" : "@" + lang) + ":' line; a query has one title in each language");
        }
        if (lang.equals("en")) title = value;
        else titles.put(lang, value);
    }

    /** A parameter line: in English, the parameter itself; in another language, its description there. */
    private void parameter(String lang, String value) {
        if (lang.equals("en")) {
            Matcher param = PARAM.matcher(value);
            if (!param.matches()) {
                throw new InputException(Location.file(display), "a parameter line reads '# param: NAME TYPE DEFAULT description'");
            }
            parameterLines.add(new String[] {param.group(1), param.group(2), param.group(3), param.group(4)});
            return;
        }
        Matcher translated = TRANSLATED_PARAM.matcher(value);
        if (!translated.matches()) {
            throw new InputException(Location.file(display), "a translated parameter line reads '# param@" + lang + ": NAME description'");
        }
        if (parameterWords.computeIfAbsent(translated.group(1), k -> new TreeMap<>()).put(lang, translated.group(2)) != null) {
            throw new InputException(Location.file(display), "a second '# param@" + lang + ": " + translated.group(1) + "' line");
        }
    }

    /**
     * A {@code # link: COLUMN THING} line read into {@code links}: two columns of the answer, each
     * linked from one cell only, not translated (a link is no words).
     */
    private void link(String value, String lang) {
        Matcher link = LINK.matcher(value);
        if (!lang.equals("en") || !link.matches()) throw new InputException(Location.file(display), "a link line reads '# link: COLUMN THING', untranslated");
        for (int i = 1; i <= 2; i++) {
            if (!query.getResultVars().contains(link.group(i))) {
                throw new InputException(Location.file(display), "'# link: " + value + "': '" + link.group(i) + "' is no column of the answer ("
                        + String.join(", ", query.getResultVars()) + ")");
            }
        }
        if (links.containsKey(link.group(1)) || links.containsValue(link.group(2)) || link.group(1).equals(link.group(2))) {
            throw new InputException(Location.file(display), "'# link: " + value + "': a column links to one thing, and a thing is linked from one column");
        }
        links.put(link.group(1), link.group(2));
    }

    /**
     * The parameters in the order of their lines, each with its descriptions in other languages; a
     * translation of a parameter the query does not take is an error.
     */
    List<NamedQuery.Parameter> parameters() {
        List<NamedQuery.Parameter> parameters = new ArrayList<>();
        for (String[] line : parameterLines) {
            Map<String, String> words = parameterWords.remove(line[0]);
            parameters.add(new NamedQuery.Parameter(line[0], line[1], line[2], line[3], words == null ? Map.of() : Map.copyOf(words)));
        }
        if (!parameterWords.isEmpty()) {
            throw new InputException(Location.file(display), "'# param@..: " + parameterWords.keySet().iterator().next() + "' translates a parameter this query does not take");
        }
        return parameters;
    }

    String title() {
        return title;
    }

    /** The titles in other languages than English, by language tag. */
    Map<String, String> titles() {
        return Map.copyOf(titles);
    }

    /** The description in English, its lines joined; empty when there is none. */
    String description() {
        return descriptions.getOrDefault("en", "");
    }

    /** The descriptions in other languages than English, by language tag. */
    Map<String, String> translatedDescriptions() {
        Map<String, String> translated = new TreeMap<>(descriptions);
        translated.remove("en");
        return Map.copyOf(translated);
    }

    /** The links, COLUMN to THING, in the order of their lines. */
    Map<String, String> links() {
        return java.util.Collections.unmodifiableMap(links);
    }
}
