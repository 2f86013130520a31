package org.papergraph.export;

import java.io.InputStream;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.TDB2;

/** Test datasets: the hand-written fixture loaded into an in-memory TDB2 store with the union default graph. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Dataset emptyStore() {
        Dataset ds = TDB2Factory.createDataset();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return ds;
    }

    public static Dataset sampleStore() {
        Dataset ds = emptyStore();
        Txn.executeWrite(ds, () -> {
            try (InputStream in = Fixtures.class.getResourceAsStream("/export/sample.trig")) {
                RDFParser.source(in).lang(Lang.TRIG).parse(ds.asDatasetGraph());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return ds;
    }
}
