package org.papergraph.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.papergraph.extract.Entity;
import org.papergraph.extract.EntityFact;
import org.papergraph.extract.EntityType;
import org.papergraph.extract.Evidence;
import org.papergraph.extract.Extraction;
import org.papergraph.extract.Fact;
import org.papergraph.extract.LinkFact;
import org.papergraph.extract.Relation;
import org.papergraph.extract.ResultFact;
import org.papergraph.rdf.PaperGraph;
import org.papergraph.rdf.RdfMapper;
import org.papergraph.source.Paper;
import org.papergraph.source.SourceFormat;
import org.papergraph.source.SourceRef;

/**
 * Builds a large synthetic store for the export benchmark: invented papers and facts mapped by the real
 * {@link RdfMapper}, streamed into TDB2's phased bulk loader in PaperStore's layout ({@code DIR/tdb2}; the text
 * index stays empty, export does not read it). Usage: {@code SyntheticStore DIR PAPERS}.
 */
public final class SyntheticStore {
    private SyntheticStore() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int papers = Integer.parseInt(args[1]);
        Files.createDirectories(dir.resolve("text"));
        DatasetGraph dsg = TDB2Factory.connectDataset(dir.resolve("tdb2").toString()).asDatasetGraph();
        RdfMapper mapper = new RdfMapper();
        Random rnd = new Random(42);
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        long quads = 0;
        long t0 = System.nanoTime();
        DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, a) -> { });
        loader.startBulk();
        StreamRDF sink = loader.stream();
        sink.start();
        for (int i = 0; i < papers; i++) {
            Paper p = paper(i);
            PaperGraph pg = mapper.map(p, extraction(p, rnd), now);
            var it = pg.graph().find();
            while (it.hasNext()) {
                sink.quad(Quad.create(pg.graphName(), it.next()));
                quads++;
            }
            if ((i + 1) % 20_000 == 0) {
                System.err.printf("%,d papers, %,d quads, %.0f s%n", i + 1, quads, (System.nanoTime() - t0) / 1e9);
            }
        }
        sink.finish();
        loader.finishBulk();
        TDBInternal.expel(dsg);
        System.out.printf("synthetic store %s: %,d papers, %,d quads in %.0f s%n", dir, papers, quads, (System.nanoTime() - t0) / 1e9);
    }

    private static Paper paper(int i) {
        String id = String.format("%02d%02d.%05d", 20 + i / 1_200_000, 1 + (i / 100_000) % 12, i % 100_000);
        return Paper.builder().arxivId(id).title("Synthetic Paper " + i + ": Efficient \"Things\" for {Tasks}")
                .abstractText("We propose SynthNet-" + i + ", evaluated on several benchmarks.")
                .authors(List.of("Author A" + i % 97, "Author B" + i % 89))
                .published(LocalDate.of(2020, 1, 1).plusDays(i % 2000))
                .source(new SourceRef("synthetic.jsonl", i + 1, SourceFormat.JSONL)).build();
    }

    private static Extraction extraction(Paper p, Random rnd) {
        Evidence ev = new Evidence("abstract", p.abstractText(), 11, 20, "synthetic", 0.9);
        Entity proposed = Entity.of("SynthNet-" + p.arxivId(), EntityType.MODEL);
        Entity dataset = Entity.of("Bench" + rnd.nextInt(500), EntityType.DATASET);
        Entity model = Entity.of("Base" + rnd.nextInt(200) + "-7B", EntityType.MODEL);
        List<Fact> facts = List.of(
                new EntityFact(Relation.PROPOSES, proposed, proposed.name(), ev),
                new EntityFact(Relation.DATASET, dataset, dataset.name(), ev),
                new EntityFact(Relation.MODEL, model, model.name(), ev),
                new LinkFact(Relation.CODE, "https://github.com/synthetic/" + p.arxivId(), null, ev),
                new ResultFact(proposed, "accuracy", (50 + rnd.nextInt(50)) + ".5%", 50.5, "%", dataset, ev));
        return new Extraction(p.key(), facts, false, "synthetic-1");
    }
}
