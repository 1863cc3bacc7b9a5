package org.w3id.scokg.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Runs every request of the linked-data routes and pages inside one read transaction, which a
 * TDB2 store requires; Fuseki's own routes manage their transactions themselves.
 */
public final class ReadTransactionFilter implements Filter {
    private final DatasetGraph dataset;

    public ReadTransactionFilter(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/sparql") || path.startsWith("/$/") || dataset.isInTransaction()) {
            chain.doFilter(req, res);
            return;
        }
        Exception[] failure = new Exception[1];
        Txn.executeRead(dataset, () -> {
            try {
                chain.doFilter(req, res);
            } catch (IOException | ServletException e) {
                failure[0] = e;
            }
        });
        if (failure[0] instanceof IOException e) throw e;
        if (failure[0] instanceof ServletException e) throw e;
    }
}
