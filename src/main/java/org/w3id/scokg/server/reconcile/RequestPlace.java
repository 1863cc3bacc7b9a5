package org.w3id.scokg.server.reconcile;

/**
 * Where in a request a client's mistake is: the request parameter ({@code queries}, {@code extend},
 * {@code type}, ...), and within a parameter that holds JSON the JSON Pointer (RFC 6901) of the part
 * ({@code /q0/limit}, {@code /properties/1/id}; empty for the whole document), with the words the
 * refusal's sentence names it by ({@code query 'q0': limit}). A {@link BadRequest} carries one, and
 * its problem document ({@link org.w3id.scokg.server.http.ProblemDocument}) names both.
 */
record RequestPlace(String text, String parameter, String pointer) {
    private static final int LONGEST = 40;

    /** The request parameter {@code name}, named in a sentence by {@code text}. */
    static RequestPlace parameter(String name, String text) {
        return new RequestPlace(text, name, null);
    }

    /** The whole JSON document of the parameter {@code name}. */
    static RequestPlace document(String name) {
        return new RequestPlace(name, name, "");
    }

    /**
     * The member or array index {@code token} of this part, named in a sentence by {@code text}. A
     * member name longer than {@value #LONGEST} characters leaves the pointer out, as the sentence
     * shortens it: a refusal never sends back a name of 500,000 characters whole.
     */
    RequestPlace at(String token, String text) {
        if (pointer == null || token.length() > LONGEST) return new RequestPlace(text, parameter, null);
        // RFC 6901: "~" is written "~0" and "/" "~1" in a reference token.
        return new RequestPlace(text, parameter, pointer + "/" + token.replace("~", "~0").replace("/", "~1"));
    }

    /** The array index {@code index} of this part, named in a sentence by {@code text}. */
    RequestPlace at(int index, String text) {
        return at(Integer.toString(index), text);
    }
}
