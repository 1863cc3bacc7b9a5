package org.w3id.scokg.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The path read in place of one Jetty's {@code HttpURI} cannot parse: its first segment where that names the route, else the root. */
class BadMessageHeadersTest {
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "GET|/reconcile/%ZZ|/reconcile",
        "POST|/reconcile/../../etc/passwd|/reconcile",
        "GET|/reconcile?queries=%ZZ/x|/reconcile",
        "GET|/doc/state/%ZZ|/doc",
        "GET|/reconcile%ZZ|/",
        "GET|/%ZZ/reconcile|/",
        "GET|/../doc/state/CN|/",
        "GET|/%2e%2e/|/",
        "GET|/%2E%2E/reconcile|/",
        "GET|/a%2Fb/%ZZ|/",
        "GET|http://localhost/%ZZ|/",
        "CONNECT|/|NONE"})
    void the_first_segment_stands_in_where_it_can_be_read(String method, String target, String standIn) {
        assertEquals(standIn, BadMessageHeaders.standIn(method, target));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"/doc/state/CN|true", "*|true", "http://localhost:3030/doc|true", "HTTPS://h|true", "http://h?x|true",
        "ftp://h/x|false", "http:/doc|false", "http://|false", "http:///x|false", "localhost:3030|false", "abc|false"})
    void a_target_is_read_where_it_is_a_path_or_an_http_address_with_a_host(String target, boolean readable) {
        assertEquals(readable, BadMessageHeaders.readable(target));
    }
}
