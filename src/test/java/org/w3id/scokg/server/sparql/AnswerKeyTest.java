package org.w3id.scokg.server.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The answer cache's key covers everything that changes an answer: as a table, each row two
 * requests that differ in one thing (or in nothing that matters) and whether their keys must differ.
 * A request reads {@code METHOD content-type ? url-query-string | body-or-form | Accept}.
 */
class AnswerKeyTest {
    private static String key(String request) {
        String[] parts = request.split("\\|", -1);
        String[] head = parts[0].strip().split(" ", 2);
        String method = head[0];
        String contentType = head.length > 1 ? head[1].strip() : null;
        String urlQuery = null;
        if (contentType != null && contentType.contains("?")) {
            urlQuery = contentType.substring(contentType.indexOf('?') + 1);
            contentType = contentType.substring(0, contentType.indexOf('?'));
        }
        String body = parts[1].strip();
        Map<String, String[]> parameters = new LinkedHashMap<>();
        if (!"application/sparql-query".equals(contentType)) {
            String form = "application/x-www-form-urlencoded".equals(contentType) ? body : urlQuery;
            if (form != null && !form.isEmpty()) {
                for (String pair : form.split("&")) {
                    String[] kv = pair.split("=", 2);
                    parameters.merge(kv[0], new String[] {kv.length > 1 ? kv[1] : ""}, (a, b) -> {
                        String[] both = new String[a.length + b.length];
                        System.arraycopy(a, 0, both, 0, a.length);
                        System.arraycopy(b, 0, both, a.length, b.length);
                        return both;
                    });
                }
            }
        }
        String accept = parts[2].strip().isEmpty() ? null : parts[2].strip();
        return AnswerKey.of(method, contentType, urlQuery, parameters, body.getBytes(StandardCharsets.UTF_8), accept);
    }

    /**
     * A value holding the characters that joined values and parameters (U+0000, a line break, '=')
     * made the key of another request, whose answer then came from the cache (a review of 4 December
     * 2026: two default-graph-uri against one holding both joined by U+0000; format=json after a line
     * break inside another value).
     */
    @org.junit.jupiter.api.Test
    void no_value_reads_as_two_values_or_two_parameters() {
        Map<String, String[]> two = new LinkedHashMap<>();
        two.put("query", new String[] {"ASK{}"});
        two.put("default-graph-uri", new String[] {"g1", "g2"});
        Map<String, String[]> joined = new LinkedHashMap<>();
        joined.put("query", new String[] {"ASK{}"});
        joined.put("default-graph-uri", new String[] {"g1\u0000g2"});
        assertNotEquals(AnswerKey.of("GET", null, null, two, new byte[0], "text/csv"), AnswerKey.of("GET", null, null, joined, new byte[0], "text/csv"));
        Map<String, String[]> format = new LinkedHashMap<>();
        format.put("query", new String[] {"ASK{}"});
        format.put("default-graph-uri", new String[] {"g"});
        format.put("format", new String[] {"json"});
        Map<String, String[]> inside = new LinkedHashMap<>();
        inside.put("query", new String[] {"ASK{}"});
        inside.put("default-graph-uri", new String[] {"g\nformat=json"});
        assertNotEquals(AnswerKey.of("GET", null, null, format, new byte[0], "text/csv"), AnswerKey.of("GET", null, null, inside, new byte[0], "text/csv"));
        Map<String, String[]> nameAndValue = new LinkedHashMap<>();
        nameAndValue.put("query", new String[] {"ASK{}"});
        nameAndValue.put("a=b", new String[] {"c"});
        Map<String, String[]> valueWithEquals = new LinkedHashMap<>();
        valueWithEquals.put("query", new String[] {"ASK{}"});
        valueWithEquals.put("a", new String[] {"b=c"});
        assertNotEquals(AnswerKey.of("GET", null, null, nameAndValue, new byte[0], null), AnswerKey.of("GET", null, null, valueWithEquals, new byte[0], null));
    }

    @ParameterizedTest(name = "{2}: [{0}] vs [{1}]")
    @CsvSource(delimiter = ';', value = {
        // The query text.
        "GET ?query=ASK{} | | ;GET ?query=ASK{ } | | ;different",
        // Every protocol parameter, and its values in order.
        "GET ?query=ASK{} | | ;GET ?query=ASK{}&default-graph-uri=g | | ;different",
        "GET ?query=ASK{}&named-graph-uri=a | | ;GET ?query=ASK{}&named-graph-uri=b | | ;different",
        "GET ?query=ASK{}&named-graph-uri=a&named-graph-uri=b | | ;GET ?query=ASK{}&named-graph-uri=b&named-graph-uri=a | | ;different",
        "GET ?query=ASK{}&timeout=1 | | ;GET ?query=ASK{}&timeout=2 | | ;different",
        "GET ?query=ASK{} | | ;GET ?query=ASK{}&timeout=30 | | ;different",
        "GET ?query=ASK{}&format=csv | | ;GET ?query=ASK{}&format=json | | ;different",
        "GET ?query=ASK{}&anything=1 | | ;GET ?query=ASK{} | | ;different",
        // Accept.
        "GET ?query=ASK{} | | text/csv;GET ?query=ASK{} | | application/sparql-results+json;different",
        "GET ?query=ASK{} | | ;GET ?query=ASK{} | | */*;different",
        // The method, where it changes what is sent: HEAD is answered as GET.
        "GET ?query=ASK{} | | ;HEAD ?query=ASK{} | | ;same",
        "GET ?query=ASK{} | | ;POST application/x-www-form-urlencoded | query=ASK{} | ;different",
        // Parameters in another order are the same request.
        "GET ?query=ASK{}&timeout=1 | | ;GET ?timeout=1&query=ASK{} | | ;same",
        // A query in a POST body: the body and the URL's query string.
        "POST application/sparql-query | ASK{} | ;POST application/sparql-query | ASK{ } | ;different",
        "POST application/sparql-query?timeout=1 | ASK{} | ;POST application/sparql-query?timeout=2 | ASK{} | ;different",
        "POST application/sparql-query?default-graph-uri=g | ASK{} | ;POST application/sparql-query | ASK{} | ;different",
        "POST application/sparql-query | ASK{} | text/csv;POST application/sparql-query | ASK{} | text/tab-separated-values;different",
        "POST application/sparql-query | ASK{} | ;POST application/sparql-query | ASK{} | ;same"})
    void the_key_covers_everything_that_changes_an_answer(String first, String second, String expected) {
        if (expected.equals("same")) assertEquals(key(first), key(second));
        else assertNotEquals(key(first), key(second));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"GET ?other=1 | | ", "PUT application/sparql-query | ASK{} | ", "POST text/plain | ASK{} | ",
        "DELETE ?query=ASK{} | | "})
    void requests_that_are_not_queries_have_no_key(String request) {
        assertNull(key(request));
    }
}
