package org.papergraph.server;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's dataset query action with PaperGraph's safety rules: federated {@code SERVICE} is refused before
 * execution (400; the dataset context also forbids it at run time), and result rows are capped by lowering or
 * adding {@code LIMIT}, announced in the {@value #ROW_CAP_HEADER} response header.
 */
final class SafeQueryAction extends SPARQL_QueryDataset {
    static final String ROW_CAP_HEADER = "X-PaperGraph-Row-Cap";

    private final long maxRows;

    SafeQueryAction(long maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (ServiceUse.in(query))
            ServletOps.errorBadRequest("SERVICE (federated query) is disabled on this endpoint");
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        if (capRows(decided.getRight(), maxRows))
            action.getResponse().setHeader(ROW_CAP_HEADER, Long.toString(maxRows));
        return decided;
    }

    /** Lowers or adds LIMIT so at most {@code max} solutions are produced; true if the query was changed. */
    static boolean capRows(Query query, long max) {
        if (query.isAskType())
            return false;
        // DESCRIBE <iri> without WHERE has no solutions to limit.
        if (query.isDescribeType() && query.getQueryPattern() == null)
            return false;
        if (query.hasLimit() && query.getLimit() <= max)
            return false;
        query.setLimit(max);
        return true;
    }
}
