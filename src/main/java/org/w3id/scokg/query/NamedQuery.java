package org.w3id.scokg.query;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.w3id.scokg.project.InputException;
import org.w3id.scokg.project.Location;
import org.w3id.scokg.project.ProjectFiles;
import org.w3id.scokg.vocab.SCO;

/**
 * A named query: a {@code .rq} file whose header comments give its title, description and
 * parameters. A parameter line reads {@code # param: NAME TYPE DEFAULT description}, where TYPE is
 * {@code iri} or an XSD datatype such as {@code xsd:date}. Parameters are bound by substitution,
 * never spliced into the text. The title, description and parameter descriptions in the site's
 * other languages are on lines of their own: {@code # title@ru:}, {@code # description@zh:} (one or
 * more lines, as in English), {@code # param@ru: NAME description}; {@code titles} and
 * {@code descriptions} hold them by language tag. A line {@code # link: COLUMN THING} says that on
 * the query's page each cell of the column COLUMN links to the thing of the column THING in its row
 * (a status to its membership), and that THING is not shown as a column of its own: {@code links}
 * holds them, COLUMN to THING; the downloads keep every column.
 */
public record NamedQuery(String name, String file, String title, Map<String, String> titles, String description, Map<String, String> descriptions,
        List<Parameter> parameters, Map<String, String> links, Query query, String text) {
    /** The languages a query's words may be given in besides English: the SCO's other working languages. */
    public static final List<String> TRANSLATED = List.of("ru", "zh");

    /** Words in a language, and the tag of the language they are in (English where none are given in the one asked for). */
    public record Words(String text, String lang) {
        static Words in(String tag, Map<String, String> translated, String english) {
            String words = translated.get(tag);
            return words == null ? new Words(english, "en") : new Words(words, tag);
        }
    }

    /** The title in the language of {@code tag}, else in English. */
    public Words title(String tag) {
        return Words.in(tag, titles, title);
    }

    /** The description in the language of {@code tag}, else in English. */
    public Words description(String tag) {
        return Words.in(tag, descriptions, description);
    }

    /**
     * The columns that join several values into one ({@code (GROUP_CONCAT(... ; SEPARATOR=s) AS ?v)}),
     * each with its separator ({@code " "} where none is written), so that a page can show each value
     * of such a cell as it shows a value of its own column.
     */
    public Map<String, String> joined() {
        Map<String, String> joined = new LinkedHashMap<>();
        query.getProject().forEachExpr((v, e) -> {
            if (e instanceof ExprAggregator a && a.getAggregator() instanceof AggGroupConcat c) joined.put(v.getVarName(), separator(c.getSeparator()));
            if (e instanceof ExprAggregator a && a.getAggregator() instanceof AggGroupConcatDistinct c) joined.put(v.getVarName(), separator(c.getSeparator()));
        });
        return joined;
    }

    private static String separator(String written) {
        return written == null ? " " : written;
    }
    private static final Pattern TRANSLATED_LINE = Pattern.compile("#\\s*(title|description|param)@(" + String.join("|", TRANSLATED) + "):");

    /** One parameter: its variable name, its type, the default used when none is given, and what it is in each language. */
    public record Parameter(String name, String type, String defaultValue, String description, Map<String, String> descriptions) {
        /** What the parameter is, in the language of {@code tag}, else in English. */
        public Words description(String tag) {
            return Words.in(tag, descriptions, description);
        }

        /** The value as an RDF term, or an error naming the parameter. */
        public Node toNode(String value, String where) {
            if (type.equals("iri")) {
                String iri = value.matches("^[a-z][a-z0-9+.-]*:.*") ? value : SCO.ID + value;
                if (!iri.matches("^https?://[^\\s<>\"{}|\\\\^`]+$")) {
                    throw new InputException(Location.file(where), "parameter '" + name + "': '" + echo(value) + "' is not an http(s) IRI");
                }
                return NodeFactory.createURI(iri);
            }
            RDFDatatype datatype = TypeMapper.getInstance().getSafeTypeByName(type.replace("xsd:", "http://www.w3.org/2001/XMLSchema#"));
            if (!datatype.isValid(value)) {
                throw new InputException(Location.file(where), "parameter '" + name + "': '" + echo(value) + "' is not a valid " + type);
            }
            // Text keeps its spaces (whitespace "preserve" or "replace"); every other type collapses them.
            boolean text = datatype.equals(XSDDatatype.XSDstring) || datatype.equals(XSDDatatype.XSDnormalizedString);
            String lexical = text ? value : collapsed(value);
            if (DATED.contains(datatype) && LONG_YEAR.matcher(lexical).lookingAt()) {
                throw new InputException(Location.file(where), "parameter '" + name + "': '" + echo(value) + "' has a year of more than four digits;"
                        + " the queries compare dates as text, which orders years of four digits only");
            }
            return NodeFactory.createLiteralDT(lexical, datatype);
        }

        /**
         * {@code value} with XML Schema's whitespace facet "collapse" applied (the spaces, tabs and line
         * breaks around it removed, each run inside made one space), as its value is read: the queries
         * compare a date's text, and uncollapsed, {@code date= 2001-06-15}, valid as an xsd:date,
         * would answer no members, its leading space put before every day.
         */
        static String collapsed(String value) {
            return WHITESPACE.matcher(AROUND.matcher(value).replaceAll("")).replaceAll(" ");
        }
    }

    /**
     * The types whose text begins with a year. A year of five digits or more is valid XML Schema, but
     * the queries cut a day to a change's precision and compare the two as text, where "12001-06-15"
     * comes before "2001-06-15", so members-on-date would answer no member in the year 12001 and ten
     * on 9999-12-31: such a year is refused.
     */
    private static final Set<RDFDatatype> DATED = Set.of(XSDDatatype.XSDdate, XSDDatatype.XSDdateTime, XSDDatatype.XSDdateTimeStamp, XSDDatatype.XSDgYear,
            XSDDatatype.XSDgYearMonth);
    private static final Pattern LONG_YEAR = Pattern.compile("-?\\d{5}");

    /** The whitespace of XML Schema: space, tab, carriage return and line feed; a run of it, and one at either end. */
    private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\r\\n]+");
    private static final Pattern AROUND = Pattern.compile("^[ \\t\\r\\n]+|[ \\t\\r\\n]+$");

    /**
     * The named query of the file at {@code path}, its header read ({@link QueryHeader}) and its
     * parameters' defaults checked; errors name {@code display}.
     */
    public static NamedQuery read(Path path, String display) {
        String text = ProjectFiles.readUtf8(path, display);
        Query query = ProjectFiles.parseQuery(text, display);
        QueryHeader header = QueryHeader.read(text, query, display);
        List<Parameter> parameters = header.parameters();
        String name = path.getFileName().toString().replaceFirst("\\.rq$", "");
        NamedQuery named = new NamedQuery(name, display, header.title(), header.titles(), header.description(), header.translatedDescriptions(),
                List.copyOf(parameters), header.links(), query, text);
        parameters.forEach(p -> p.toNode(p.defaultValue(), display));
        return named;
    }

    /** The query's text with the given values for an editor ({@link #textWith(Map, String)}), its header in English. */
    public String textWith(Map<String, String> values) {
        return textWith(values, "en");
    }

    /**
     * The query's text with the given values (defaults filling the rest) written in place of its
     * parameters, ready to run as it stands in an editor: its header comments in the language of
     * {@code tag} where the query has its words there, else in English, then the query with each
     * parameter replaced by its value (Jena's own substitution of the parsed query, so nothing is
     * spliced into text), asking for things' names in that language where the graph has them, else
     * in English ({@link NameLanguage}). An unknown name or a bad value is an error, as for {@link
     * #bind}.
     */
    public String textWith(Map<String, String> values, String tag) {
        return textWith(values, tag, true);
    }

    /**
     * {@link #textWith(Map, String)}, with its description or without it ({@code described} false):
     * for a link that carries the text in its address, where the whole text would pass an address's
     * limit (the Russian article-claims, whose description is 2.3 KB as a link).
     */
    public String textWith(Map<String, String> values, String tag, boolean described) {
        Binding binding = bind(values);
        Map<Var, Node> substitution = new LinkedHashMap<>();
        binding.vars().forEachRemaining(v -> substitution.put(v, binding.get(v)));
        // Things named in the page's language where the graph has a name there (NameLanguage), so a
        // query opened from a Chinese page answers with Chinese names.
        // replaceVars, as QueryExecBuilder.substitution does when /queries/{name} runs it: not
        // syntaxSubstitute, which also adds each parameter to the SELECT's columns, so that the text
        // would answer a column (?date) the named query does not.
        Query substituted = NameLanguage.preferring(org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps.replaceVars(query, substitution), tag);
        StringBuilder header = new StringBuilder();
        // One language: the translations would triple a link to the editor that carries the header.
        boolean said = !described;
        for (String line : text.lines().takeWhile(line -> line.startsWith("#")).toList()) {
            if (TRANSLATED_LINE.matcher(line).lookingAt()) continue;
            Matcher english = QueryHeader.HEADER.matcher(line);
            if (!english.matches()) {
                header.append(line).append('\n');
                continue;
            }
            String kind = english.group(1);
            String value = english.group(3).strip();
            if (kind.equals("description") && (descriptions.containsKey(tag) || !described)) {
                // A description of several lines is said whole on its first line.
                if (!said) header.append("# description: ").append(descriptions.get(tag)).append('\n');
                said = true;
            } else if (kind.equals("title") && titles.containsKey(tag)) {
                header.append("# title: ").append(titles.get(tag)).append('\n');
            } else if (kind.equals("param")) {
                header.append(parameterLine(line, value, tag, values)).append('\n');
            } else {
                header.append(line).append('\n');
            }
        }
        return header + substituted.serialize();
    }

    /**
     * A parameter's header line with the value the query now holds (the one given, else the
     * default, so that a query opened from a form run does not show the defaults beside the values it
     * ran with) and its description in the language of {@code tag}, where it has one there. A value
     * with a space in it, which the line could not hold as one word, keeps the line's default.
     */
    private String parameterLine(String line, String value, String tag, Map<String, String> values) {
        Matcher param = QueryHeader.PARAM.matcher(value);
        if (!param.matches()) return line;
        return parameters.stream().filter(p -> p.name().equals(param.group(1))).findFirst().map(p -> {
            String given = values.getOrDefault(p.name(), "").strip();
            String shown = given.isEmpty() || given.chars().anyMatch(Character::isWhitespace) ? p.defaultValue() : given;
            return "# param: " + p.name() + " " + p.type() + " " + shown + " " + p.descriptions().getOrDefault(tag, p.description());
        }).orElse(line);
    }

    /** The longest value an error repeats whole, so that a bad date of 5,000 characters is not echoed whole. */
    public static final int ECHOED = 100;

    /** {@code value} as an error repeats it: whole up to {@value #ECHOED} characters, else its beginning and its length. */
    public static String echo(String value) {
        if (value.length() <= ECHOED) return value;
        int end = Character.isHighSurrogate(value.charAt(ECHOED - 1)) ? ECHOED - 1 : ECHOED;
        return value.substring(0, end) + "… (" + value.length() + " characters)";
    }

    /** The binding for the given values, defaults filling the rest; an unknown name is an error. */
    public Binding bind(Map<String, String> values) {
        Map<String, Parameter> byName = new LinkedHashMap<>();
        parameters.forEach(p -> byName.put(p.name(), p));
        for (String given : values.keySet()) {
            if (!byName.containsKey(given)) {
                throw new InputException(Location.file(file), "unknown parameter '" + echo(given) + "'; this query takes "
                        + (byName.isEmpty() ? "none" : String.join(", ", byName.keySet())));
            }
        }
        BindingBuilder binding = Binding.builder();
        for (Parameter p : parameters) {
            binding.add(Var.alloc(p.name()), p.toNode(values.getOrDefault(p.name(), p.defaultValue()), file));
        }
        reversed(values).ifPresent(period -> {
            throw new InputException(Location.file(file), "'from' (" + period[0] + ") is after 'to' (" + period[1] + "): the period has no day in it");
        });
        return binding.build();
    }

    /**
     * The values of {@code from} and {@code to} (given, or their defaults) when a query takes both as
     * dates and the first is after the second: such a period holds no day, and the answer would be
     * "No rows." with no word of why. Plain days only (YYYY-MM-DD), whose text is in the order of
     * their values.
     */
    public Optional<String[]> reversed(Map<String, String> values) {
        Map<String, Parameter> byName = new LinkedHashMap<>();
        parameters.forEach(p -> byName.put(p.name(), p));
        Parameter from = byName.get("from");
        Parameter to = byName.get("to");
        if (from == null || to == null || !from.type().equals("xsd:date") || !to.type().equals("xsd:date")) return Optional.empty();
        String first = Parameter.collapsed(values.getOrDefault("from", from.defaultValue()));
        String last = Parameter.collapsed(values.getOrDefault("to", to.defaultValue()));
        boolean days = first.matches("\\d{4}-\\d{2}-\\d{2}") && last.matches("\\d{4}-\\d{2}-\\d{2}");
        return days && first.compareTo(last) > 0 ? Optional.of(new String[] {first, last}) : Optional.empty();
    }
}
