package org.w3id.scokg.server.reconcile;

/**
 * A client's mistake, in one sentence, which {@link ReconcileServlet} answers as a problem document
 * ({@link org.w3id.scokg.server.http.ProblemDocument}) with {@link #status()}, naming the {@link RequestPlace} where one is known.
 */
class BadRequest extends RuntimeException {
    private final transient RequestPlace place;

    BadRequest(String message) {
        this(message, null);
    }

    BadRequest(String message, RequestPlace place) {
        super(message);
        this.place = place;
    }

    /** The status it is answered with: 400. */
    int status() {
        return 400;
    }

    /** Where in the request the mistake is, or null where it is the request as a whole. */
    RequestPlace place() {
        return place;
    }

    /**
     * {@code text} cut to 40 characters, for a sentence that names what a client sent: a query's key,
     * a member, a property or a setting of 500,000 characters does not come back whole in the 400.
     */
    static String shortened(String text) {
        return shortened(text, 40);
    }

    /**
     * {@code text} cut to {@code limit} characters, the cut marked "…": a type is an IRI, which 40
     * characters cut short ("…/ontology#Stateme…"), so a type is cut at {@link #IRI_LIMIT}.
     */
    static String shortened(String text, int limit) {
        if (text.length() <= limit) return text;
        // Never between the two halves of a character, which UTF-8 cannot write apart.
        return text.substring(0, Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit) + "…";
    }

    /** How much of an IRI a 400 repeats: every type of the service whole, and not a page of text. */
    static final int IRI_LIMIT = 300;
}
