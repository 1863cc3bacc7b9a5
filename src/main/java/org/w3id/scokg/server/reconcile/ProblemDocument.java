package org.w3id.scokg.server.reconcile;

import com.google.gson.JsonObject;

/**
 * A refusal of the reconciliation service as a problem details object (RFC 9457, {@code
 * application/problem+json}). API 0.2 leaves the body of an error open ("not specified so far", in
 * its section on error handling, and so does the community group's draft after it); its editors
 * proposed RFC 7807, which RFC 9457 replaced, in the group's issue on errors (reconciliation-api/specs
 * #69). The members are the RFC's, {@code type} {@code about:blank} (the status says what kind of
 * problem it is), {@code title} the status's phrase, {@code status} and {@code detail} the one
 * sentence, and two of this service's own, as the RFC allows: {@code parameter}, the request
 * parameter that is wrong ({@code queries}, {@code extend}, {@code type}, ...), and {@code pointer},
 * a JSON Pointer (RFC 6901) into that parameter's JSON ({@code /q0/limit}).
 */
final class ProblemDocument {
    static final String MEDIA_TYPE = "application/problem+json";

    private ProblemDocument() {}

    /** The problem of {@code status}, said by {@code detail}, at {@code place} when it is known. */
    static JsonObject of(int status, String detail, RequestPlace place) {
        JsonObject problem = new JsonObject();
        problem.addProperty("type", "about:blank");
        problem.addProperty("title", title(status));
        problem.addProperty("status", status);
        problem.addProperty("detail", detail);
        if (place != null) {
            problem.addProperty("parameter", place.parameter());
            if (place.pointer() != null) problem.addProperty("pointer", place.pointer());
        }
        return problem;
    }

    /** The phrase RFC 9110 gives a status this service answers, as RFC 9457 asks of an {@code about:blank} problem's title. */
    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 413 -> "Content Too Large";
            case 503 -> "Service Unavailable";
            default -> throw new IllegalArgumentException("no title for status " + status);
        };
    }
}
