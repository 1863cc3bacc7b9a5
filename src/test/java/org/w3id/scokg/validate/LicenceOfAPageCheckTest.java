package org.w3id.scokg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@code queries/checks/licence-of-a-page-violation.rq} finds a source record described as sco-kg's
 * own statements under the dataset's licence that is an outside page, or that names no licence by an
 * IRI, and only those: sco-kg's own record, the records of quoted pages and a record with rights of its
 * own (CLDR's) are not found.
 */
class LicenceOfAPageCheckTest {
    private static final String TRIG = """
            PREFIX sco:     <https://w3id.org/sco-kg/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX schema:  <http://schema.org/>
            PREFIX ex:      <http://example.org/>
            GRAPH <https://w3id.org/sco-kg/graph/provenance> {
              ex:own a sco:Source ; schema:url <https://w3id.org/sco-kg/> ;
                  dcterms:license <https://creativecommons.org/licenses/by/4.0/> ;
                  dcterms:rights "sco-kg's own statements, under the dataset's licence."@en .
              ex:quoted a sco:Source ; schema:url <https://cyberleninka.ru/article/n/a> ;
                  dcterms:rights "Quoted for citation and research. The text and its rights stay with its publisher."@en .
              ex:ccBy a sco:Source ; schema:url <https://cyberleninka.ru/article/n/b> ;
                  dcterms:rights "sco-kg's own statements, under the dataset's licence."@en .
              ex:cldr a sco:Source ; schema:url <https://cldr.unicode.org/> ;
                  dcterms:rights "Names from CLDR, under the Unicode License v3."@en .
              ex:outside a sco:Source ; schema:url <https://example.org/page> ;
                  dcterms:license <https://creativecommons.org/licenses/by/4.0/> ;
                  dcterms:rights "sco-kg's own statements, under the dataset's licence."@en .
            }
            """;

    @Test
    void only_outside_pages_and_licences_without_an_iri_are_found() throws Exception {
        Map<String, String> found = new TreeMap<>();
        CheckRun.rows("licence-of-a-page-violation.rq", TRIG).forEach(row -> found.put(row.get("focus").getURI(), row.get("message").getLiteralLexicalForm()));
        assertEquals(Map.of("http://example.org/ccBy", "is described as sco-kg's own statements, but names no licence by an IRI (a page's own licence in sources.csv's license?)",
                "http://example.org/outside", "is described as sco-kg's own statements under the dataset's licence, but its address, https://example.org/page, is not sco-kg's"), found);
    }
}
