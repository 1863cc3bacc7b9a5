package org.w3id.scokg.server.search;

import java.util.List;

/**
 * One page of a search's results, as the page and a program are both answered: the text searched
 * for and its words, the hits shown (from result {@code from + 1} on, of page {@code number}),
 * whether more were found than this page holds, and whether the hits are names close to the query
 * rather than matches of it.
 */
record PageOfResults(String q, TypedText.Words words, List<Search.Hit> hits, int number, int from, boolean next, boolean close) {
    /** Whether a next page is offered: more were found, and this is not the last page (up to {@link SearchServlet#PAGES}). */
    boolean hasNextPage() {
        return next && number < SearchServlet.PAGES;
    }
}
