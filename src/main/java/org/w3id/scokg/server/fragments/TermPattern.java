package org.w3id.scokg.server.fragments;

import java.util.regex.Pattern;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.w3id.scokg.query.NamedQuery;

/**
 * A term of a fragment's pattern in Hydra's explicit representation: an IRI as it is, a literal
 * as {@code "text"}, {@code "text"@lang} or {@code "text"^^datatypeIRI} (the lexical form is what
 * stands between the first and the last quote), a variable as {@code ?name}; an empty or absent
 * value is a variable too. A term that is none of these is a {@link BadTerm}.
 */
final class TermPattern {
    /**
     * A client's term that cannot be read, in one sentence (English, for a program); for a page, the
     * place it was asked in, the value and the key of the reader's words for what is wrong
     * ({@code fragments.bad.*}).
     */
    static final class BadTerm extends RuntimeException {
        /** The place ({@code subject}, ...), or {@code page}. */
        final String parameter;
        final String problem;
        final String value;

        BadTerm(String parameter, String problem, String value, String message) {
            super(message);
            this.parameter = parameter;
            this.problem = problem;
            this.value = value;
        }
    }

    /**
     * A well-formed BCP 47 tag (RFC 5646's syntax at its simplest), with RDF 1.2's base direction
     * allowed. Its subtags are taken possessively: Java matches a repeated group by recursion, and
     * a tag of 2,000 subtags ({@code a-a-a-…}, 4 KB in an address) ran it out of stack, a 500 with a
     * stack trace in the log. No subtag can give back what it took (a subtag holds no {@code -}),
     * so the tags it matches are the same.
     */
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*+(?:--(?:ltr|rtl))?");

    private TermPattern() {}

    /** The term, or null where any term matches. */
    static Node parse(String value, String parameter) {
        if (value == null || value.isEmpty() || value.startsWith("?")) return null;
        // A literal as subject, predicate or graph matches no quad, and its fragment is empty, not a
        // 400: Comunica binds a variable to a literal and asks for it in any place (?o of one pattern
        // as the subject of the next), and a 400 failed its whole query where /sparql answers.
        if (value.startsWith("\"")) return literal(value, parameter);
        if (value.startsWith("_:")) throw new BadTerm(parameter, "blank", value, parameter + ": blank nodes cannot be asked for; this graph has none");
        if (!absolute(value)) throw new BadTerm(parameter, "term", echo(value), parameter + ": '" + echo(value) + "' is not an absolute IRI, a literal or a variable");
        return NodeFactory.createURI(value);
    }

    /**
     * A client's value as an error repeats it: by its beginning and its length past 100 characters, as
     * every other error of the server does (repeated whole, a subject of 7,000 letters made a 400 of
     * 7,060 bytes).
     */
    private static String echo(String value) {
        return NamedQuery.echo(value);
    }

    private static boolean absolute(String iri) {
        try {
            return IRIx.create(iri).scheme() != null;
        } catch (IRIException e) {
            return false;
        }
    }

    private static Node literal(String value, String parameter) {
        int close = value.lastIndexOf('"');
        if (close == 0) throw new BadTerm(parameter, "quote", value, parameter + ": a literal needs a closing quote");
        String lexical = value.substring(1, close);
        String rest = value.substring(close + 1);
        if (rest.isEmpty()) return NodeFactory.createLiteralString(lexical);
        if (rest.startsWith("@") && rest.length() > 1) {
            // Checked here: Jena fails on a malformed tag ("en_US", "en us") with an exception of its
            // own formatting, which would be a 500.
            if (!LANGUAGE.matcher(rest.substring(1)).matches()) {
                String tag = echo(rest.substring(1));
                throw new BadTerm(parameter, "language", tag, parameter + ": '" + tag + "' is not a language tag (BCP 47: en, zh-Hant, en-US)");
            }
            return NodeFactory.createLiteralLang(lexical, rest.substring(1));
        }
        if (rest.startsWith("^^") && absolute(rest.substring(2))) {
            return NodeFactory.createLiteralDT(lexical, TypeMapper.getInstance().getSafeTypeByName(rest.substring(2)));
        }
        if (rest.startsWith("^^")) {
            // Says how the datatype is written (an absolute IRI, bare, as TPF writes terms):
            // "a"^^<iri> has a datatype, and "only ^^datatype may follow" would not tell it what is
            // wrong.
            String datatype = echo(rest.substring(2));
            throw new BadTerm(parameter, "datatype", datatype, parameter + ": after ^^ a datatype's absolute IRI, written without angle brackets ("
                    + "\"1\"^^http://www.w3.org/2001/XMLSchema#integer), not '" + datatype + "'");
        }
        throw new BadTerm(parameter, "suffix", echo(value), parameter + ": after a literal's closing quote only @language or ^^datatype may follow");
    }
}
