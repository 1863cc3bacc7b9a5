package org.w3id.scokg.server.reconcile;

/**
 * A request larger than the service answers (more queries than the manifest's {@code batchSize},
 * more property values or extension ids than it compares or fetches at once): 413 Content Too
 * Large, the status API 0.2 names for a batch past {@code batchSize}, so that a client can tell
 * it from a malformed request (a 400) and send less.
 */
final class TooLarge extends BadRequest {
    TooLarge(String message, RequestPlace place) {
        super(message, place);
    }

    @Override
    int status() {
        return 413;
    }
}
