package org.w3id.scokg.server.http;

import com.google.gson.JsonObject;
import org.eclipse.jetty.http.HttpStatus;

/**
 * A refusal as a problem details object (RFC 9457, {@code application/problem+json}), as the
 * reconciliation service's routes answer every refusal to a program: their own ({@code
 * server.reconcile}) and those of the handlers in front of them ({@link Refusals}: a body past the
 * limit, a client past its share). Reconciliation API 0.2 leaves the body of an error open ("not
 * specified so far", in its section on error handling, and so does the community group's draft after
 * it); its editors proposed RFC 7807, which RFC 9457 replaced, in the group's issue on errors
 * (reconciliation-api/specs #69). The members are the RFC's, {@code type} {@code about:blank} (the
 * status says what kind of problem it is), {@code title} the status's phrase, {@code status} and
 * {@code detail} the one sentence, and two of the service's own, as the RFC allows: {@code
 * parameter}, the request parameter that is wrong ({@code queries}, {@code extend}, {@code type},
 * ...), and {@code pointer}, a JSON Pointer (RFC 6901) into that parameter's JSON ({@code /q0/limit}).
 */
public final class ProblemDocument {
    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemDocument() {}

    /** Whether refusals on {@code route} (a path in the context) are problem documents: the reconciliation service's. */
    public static boolean spokenAt(String route) {
        return route != null && (route.equals("/reconcile") || route.startsWith("/reconcile/"));
    }

    /** Whether a refusal on {@code route} to a client whose Accept header is {@code accept} is a problem document: a program's, on the service's routes. */
    public static boolean answers(String accept, String route) {
        return spokenAt(route) && !Refusals.browser(accept);
    }

    /** The problem of {@code status}, said by {@code detail}, naming {@code parameter} and {@code pointer} where not null. */
    public static String json(int status, String detail, String parameter, String pointer) {
        JsonObject problem = new JsonObject();
        problem.addProperty("type", "about:blank");
        problem.addProperty("title", title(status));
        problem.addProperty("status", status);
        problem.addProperty("detail", detail);
        if (parameter != null) problem.addProperty("parameter", parameter);
        if (pointer != null) problem.addProperty("pointer", pointer);
        return problem.toString();
    }

    /**
     * The phrase RFC 9110 (RFC 6585 for 429 and 431) gives {@code status}, as RFC 9457 asks of an
     * {@code about:blank} problem's title; Jetty's for any other.
     */
    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 501 -> "Not Implemented";
            case 503 -> "Service Unavailable";
            default -> HttpStatus.getMessage(status);
        };
    }
}
