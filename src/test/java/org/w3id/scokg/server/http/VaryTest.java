package org.w3id.scokg.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.server.web.Language;

class VaryTest {
    @Test
    void vary_names_are_added_after_what_is_there_once_each() {
        assertEquals(List.of("Accept"), varied(List.of(), "Accept"));
        assertEquals(List.of("Accept-Encoding, Accept"), varied(List.of("Accept-Encoding"), "Accept"));
        assertEquals(List.of("Accept-Encoding, Accept, Accept-Language, Cookie"), varied(List.of("Accept-Encoding"), "Accept", "Accept-Language", "Cookie"));
        // Several fields are joined into one, as a cache reads them (RFC 9110 5.3).
        assertEquals(List.of("Accept-Encoding, Origin, Accept-Language, Cookie"), varied(List.of("Accept-Encoding", "Origin"), "Accept-Language", "Cookie"));
        assertEquals(List.of("Accept-Language, Cookie"), varied(List.of(), "Accept-Language", "Cookie", "accept-language"));
    }

    @Test
    void a_name_vary_holds_in_any_case_or_spacing_is_not_added_again() {
        assertEquals(List.of("accept-encoding ,  ACCEPT "), varied(List.of("accept-encoding ,  ACCEPT "), "Accept"));
        assertEquals(List.of("Accept-Encoding", "cookie"), varied(List.of("Accept-Encoding", "cookie"), "Cookie"));
        assertEquals(List.of("Accept-Encoding, Cookie, Accept-Language"), varied(List.of("Accept-Encoding, Cookie"), "Accept-Language", "Cookie"));
    }

    @Test
    void a_list_names_an_item_only_whole() {
        assertTrue(Vary.lists("Accept-Encoding, Accept", "accept"));
        assertFalse(Vary.lists("Accept-Encoding, Accept-Language", "Accept"));
        assertFalse(Vary.lists("", "Accept"));
        assertTrue(Vary.lists(",Accept,", "Accept"));
    }

    /** The fields of {@code Vary} after {@link Vary#on} on a response that had {@code before}. */
    private static List<String> varied(List<String> before, String... headers) {
        List<String> vary = new ArrayList<>(before);
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(VaryTest.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getHeaders" -> List.copyOf(vary);
                    case "setHeader" -> {
                        vary.clear();
                        vary.add((String) args[1]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        Vary.on(response, headers);
        return vary;
    }
}
