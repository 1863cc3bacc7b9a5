package org.w3id.scokg.server;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.w3id.scokg.query.fuzz.Answers;
import org.w3id.scokg.query.fuzz.Engine;
import org.w3id.scokg.query.fuzz.Outcome;

/**
 * The public endpoint as the differential fuzzer's subject: each query goes over HTTP to the real
 * server ({@link ServerFixture}) as a SPARQL protocol POST, with the time limit in {@code timeout},
 * and the answer is read back from the wire (a SELECT or ASK as SPARQL JSON, written by sco-kg's own
 * writer; a CONSTRUCT or DESCRIBE as N-Triples). So the fuzzer checks what a client gets: the
 * endpoint's filters, its answer cache, its caps and its writers, not only its engine.
 *
 * <p>Each query is sent {@value #SENDS} times, which takes it through the answer cache's three
 * paths (streamed, kept, served from the cache). An answer served from the cache must be the first
 * answer, and never the answer of a query that is not deterministic: otherwise the outcome is a
 * failure, which the fuzzer reports as a divergence. A 503 (the time limit) or an answer cut by a
 * cap is a timeout, neither right nor wrong; any other status is a failure named by its status.
 */
final class HttpEngine implements Engine {
    static final int SENDS = 3;
    private static final Pattern NOT_DETERMINISTIC = Pattern.compile("\\b(RAND|NOW|UUID|STRUUID|BNODE)\\s*\\(", Pattern.CASE_INSENSITIVE);
    private final Duration timeout;

    HttpEngine(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return "sco-kg-http";
    }

    @Override
    public Outcome evaluate(String queryText) {
        Query query;
        try {
            query = QueryFactory.create(queryText);
        } catch (RuntimeException e) {
            return new Outcome.Failure(e.getClass().getName(), String.valueOf(e.getMessage()));
        }
        String accept = query.isSelectType() || query.isAskType() ? "application/sparql-results+json" : "application/n-triples";
        HttpRequest request = ServerFixture.request("/sparql?timeout=" + timeout.toSeconds()).header("Content-Type", "application/sparql-query")
                .header("Accept", accept).POST(HttpRequest.BodyPublishers.ofString(queryText)).build();
        Outcome first = null;
        for (int time = 0; time < SENDS; time++) {
            HttpResponse<String> response = ServerFixture.send(request);
            Outcome outcome = outcome(query, response);
            if (outcome instanceof Outcome.TimedOut || outcome instanceof Outcome.Failure) return outcome;
            if (first == null) {
                first = outcome;
                continue;
            }
            if (response.headers().firstValue("X-Cache").orElse("").equals("hit")) {
                if (NOT_DETERMINISTIC.matcher(queryText).find()) {
                    return new Outcome.Failure("answer cache", "an answer to a query that is not deterministic was served from the cache");
                }
                Optional<String> difference = Answers.difference(query, first, outcome);
                if (difference.isPresent()) return new Outcome.Failure("answer cache", "the cache served another answer: " + difference.get());
            }
        }
        return first;
    }

    private static Outcome outcome(Query query, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 503) return new Outcome.TimedOut();
        if (status != 200) return new Outcome.Failure("HTTP " + status, response.body());
        // An answer cut by a cap is not the whole answer: out of bounds, like a timeout.
        if (response.headers().firstValue("X-Result-Row-Cap").isPresent() || response.headers().firstValue("X-Result-Byte-Cap").isPresent()) {
            return new Outcome.TimedOut();
        }
        byte[] body = response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        try {
            if (query.isSelectType() || query.isAskType()) {
                if (!type.startsWith("application/sparql-results+json")) return new Outcome.Failure("HTTP content type", type);
                SPARQLResult result = ResultsReader.create().lang(ResultSetLang.RS_JSON).build().readAny(new ByteArrayInputStream(body));
                if (result.isBoolean()) return new Outcome.Ask(result.getBooleanResult());
                RowSet rows = RowSet.adapt(result.getResultSet());
                List<Binding> kept = new ArrayList<>();
                rows.forEachRemaining(row -> kept.add(BindingFactory.copy(row)));
                return new Outcome.Rows(rows.getResultVars(), kept);
            }
            if (!type.startsWith("application/n-triples")) return new Outcome.Failure("HTTP content type", type);
            Graph graph = GraphFactory.createGraphMem();
            RDFParser.source(new ByteArrayInputStream(body)).lang(Lang.NTRIPLES).parse(graph);
            return new Outcome.Triples(graph);
        } catch (RuntimeException e) {
            return new Outcome.Failure("unreadable answer " + e.getClass().getName(), String.valueOf(e.getMessage()));
        }
    }
}
