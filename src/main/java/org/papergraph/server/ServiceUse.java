package org.papergraph.server;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/** Finds federated {@code SERVICE} anywhere in a query, including sub-queries and FILTER (NOT) EXISTS. */
final class ServiceUse {
    private ServiceUse() {
    }

    static boolean in(Query query) {
        boolean[] found = {false};
        OpVisitorBase finder = new OpVisitorBase() {
            @Override
            public void visit(OpService opService) {
                found[0] = true;
            }
        };
        // The expression visitor makes the walker descend into the patterns of EXISTS / NOT EXISTS.
        Walker.walk(Algebra.compile(query), finder, new ExprVisitorBase() {
        });
        return found[0];
    }
}
