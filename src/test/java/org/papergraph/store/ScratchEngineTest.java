package org.papergraph.store;

import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;
import org.papergraph.rdf.NamedQueries;
import org.papergraph.rdf.NamedQuery;
import org.papergraph.server.bench.SyntheticCorpus;

class ScratchEngineTest {
    @Test
    void compare() {
        PaperStore store = PaperStore.inMemory();
        SyntheticCorpus.write(store, 0, 3000, 1000);
        DatasetGraph text = store.dataset().asDatasetGraph();
        DatasetGraph base = store.baseGraph();
        base.getContext().set(TDB2.symUnionDefaultGraph, true);
        base.getContext().set(TextQuery.textIndex, ((DatasetGraphText) text).getTextIndex());
        Object[][] cases = {
            {NamedQueries.load("paper-by-arxiv-id"), "arxivId", SyntheticCorpus.arxivId(77)},
            {NamedQueries.load(Path.of("/tmp/pg-proposed/paper-by-arxiv-id.rq")), "arxivId", SyntheticCorpus.arxivId(77)},
            {NamedQueries.load("papers-using-dataset"), "dataset", SyntheticCorpus.datasetName(350)},
            {NamedQueries.load("entity-search"), "q", "Zorbla"},
        };
        for (int round = 0; round < 2; round++)
        for (Object[] c : cases) {
            NamedQuery nq = (NamedQuery) c[0];
            Query q = nq.bind(Map.of((String) c[1], NodeFactory.createLiteralString((String) c[2])));
            for (DatasetGraph dsg : new DatasetGraph[]{text, base}) {
                long t0 = System.nanoTime();
                long rows = 0;
                for (int i = 0; i < 20; i++)
                    rows += Txn.calculateRead(dsg, () -> { try (QueryExec qe = QueryExec.dataset(dsg).query(q).build()) { long n = 0; var rs = qe.select(); while (rs.hasNext()) { rs.next(); n++; } return n; } });
                System.err.printf("TIME %-22s %-5s %8.2f ms rows=%d%n", nq.name() + (c[0] == cases[1][0] ? "*" : ""), dsg == text ? "text" : "tdb2", (System.nanoTime() - t0) / 1e6 / 20, rows / 20);
            }
        }
    }
}
