package org.papergraph.cli;

import java.util.concurrent.Callable;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.query.ResultSet;
import org.papergraph.store.PaperStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code papergraph stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Prints counts: papers, graphs, quads, entities per type, facts per relation.")
public final class StatsCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (PaperStore s = PaperStore.open(store.dir)) {
            s.dataset().begin(TxnType.READ);
            try {
                var dsg = s.dataset().asDatasetGraph();
                long graphs = org.apache.jena.atlas.iterator.Iter.count(dsg.listGraphNodes());
                System.out.printf("store:   %s%npapers:  %d%ngraphs:  %d%nquads:   %d%n",
                        store.dir.toAbsolutePath(), s.paperCount(), graphs, dsg.stream().count());
                try (QueryExec qe = QueryExec.dataset(dsg).query(org.papergraph.rdf.NamedQueries.load("stats").query()).build()) {
                    ResultSetFormatter.out(System.out, ResultSet.adapt(qe.select()));
                }
            } finally {
                s.dataset().end();
            }
        }
        return 0;
    }
}
