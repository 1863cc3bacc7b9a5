package org.w3id.scokg.query.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.w3id.scokg.TestGraph;

class CancellableReadsTest {
    private static Directory indexOf(String... texts) throws Exception {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (String text : texts) {
                Document document = new Document();
                document.add(new TextField("text", text, Field.Store.YES));
                writer.addDocument(document);
            }
        }
        return CancellableReads.of(directory);
    }

    private static long fuzzyHits(Directory directory) throws Exception {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return new IndexSearcher(reader).search(new FuzzyQuery(new Term("text", "chna"), 2), 10).totalHits.value;
        }
    }

    @Test
    void a_search_reads_as_before_where_nothing_is_cancelled() throws Exception {
        Directory directory = indexOf("China", "India", "Chinese names");
        assertEquals(1, fuzzyHits(directory), "outside any query");
        assertEquals(1L, CancellableReads.during(new AtomicBoolean(false), () -> uncheck(() -> fuzzyHits(directory))), "inside a query that goes on");
        assertEquals(1L, CancellableReads.during(null, () -> uncheck(() -> fuzzyHits(directory))), "inside a query with no signal");
    }

    @Test
    void a_search_of_a_cancelled_query_stops_at_its_next_seek() throws Exception {
        Directory directory = indexOf("China", "India", "Chinese names");
        AtomicBoolean cancelled = new AtomicBoolean(true);
        assertThrows(QueryCancelledException.class, () -> CancellableReads.during(cancelled, () -> uncheck(() -> fuzzyHits(directory))));
        // The thread's signal is put back: the next search, outside the query, reads.
        assertEquals(1, fuzzyHits(directory));
    }

    @Test
    void text_query_still_finds_through_the_wrapped_index() {
        // The endpoint's index (SearchIndex) is read through CancellableReads, inside the query's own
        // signal (TextQueryInGraph): a query that goes on finds what it finds.
        Context settings = TestGraph.queryable().getContext().copy();
        SparqlEngine.configure(settings, 10_000);
        String query = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query \"chna~2 indai~2\" }";
        try (QueryExec exec = SparqlEngine.exec(TestGraph.queryable(), QueryFactory.create(query), 10_000).context(settings).build()) {
            assertTrue(exec.select().materialize().hasNext(), "the search reads through the wrapper");
        }
    }

    private interface Call<T> {
        T call() throws Exception;
    }

    private static <T> T uncheck(Call<T> call) {
        try {
            return call.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
