package org.papergraph.rdf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.papergraph.extract.Entity;
import org.papergraph.extract.EntityFact;
import org.papergraph.extract.EntityRelationFact;
import org.papergraph.extract.EntityType;
import org.papergraph.extract.Evidence;
import org.papergraph.extract.Extraction;
import org.papergraph.extract.Fact;
import org.papergraph.extract.LinkFact;
import org.papergraph.extract.Relation;
import org.papergraph.extract.ResultFact;
import org.papergraph.source.Paper;
import org.papergraph.source.SourceFormat;
import org.papergraph.source.SourceRef;

/** Hand-written papers and extractions (invented text, no seed or gold data) shared by rdf and store tests. */
public final class TestPapers {
    public static final Instant T1 = Instant.parse("2026-01-02T03:04:05Z");
    public static final Instant T2 = Instant.parse("2026-02-03T04:05:06Z");
    public static final String VERSION = "test-1";

    public static final String TITLE = "Quokka: Sparse Routing for \"Tiny\" Language Models";
    public static final String ABSTRACT = "We propose Quokka, a sparse routing method. Quokka-7B reaches 81.5% accuracy "
            + "on the WombatQA benchmark, outperforming Llama-2-7B. Code: https://github.com/example/quokka.";

    private TestPapers() {
    }

    public static Paper quokka() {
        return Paper.builder().arxivId("2601.00001").title(TITLE).abstractText(ABSTRACT)
                .authors(List.of("Ada Example", "Bob Sample")).published(LocalDate.of(2026, 1, 1))
                .categories(List.of("cs.CL", "cs.LG")).keywords(List.of("routing")).upvotes(12)
                .links(List.of("https://arxiv.org/abs/2601.00001"))
                .source(new SourceRef("papers/a.jsonl", 3, SourceFormat.JSONL)).build();
    }

    public static Evidence ev(String sentence, String mention, String rule, double confidence) {
        int start = sentence.indexOf(mention);
        return new Evidence("abstract", sentence, start, start < 0 ? -1 : start + mention.length(), rule, confidence);
    }

    public static final Entity QUOKKA = new Entity("quokka", "Quokka", EntityType.METHOD, List.of("Quokka routing"), null, null);
    public static final Entity QUOKKA_7B = new Entity("quokka7b", "Quokka-7B", EntityType.MODEL, List.of(), "quokka", null);
    public static final Entity LLAMA = new Entity("llama27b", "Llama-2-7B", EntityType.MODEL, List.of("LLaMA 2 7B"), "llama2", null);
    public static final Entity WOMBAT = new Entity("wombatqa", "WombatQA", EntityType.BENCHMARK, List.of(), null, null);

    public static Extraction quokkaExtraction() {
        String s1 = "We propose Quokka, a sparse routing method.";
        String s2 = "Quokka-7B reaches 81.5% accuracy on the WombatQA benchmark, outperforming Llama-2-7B.";
        String s3 = "Code: https://github.com/example/quokka.";
        List<Fact> facts = new ArrayList<>();
        facts.add(new EntityFact(Relation.PROPOSES, QUOKKA, "Quokka", ev(s1, "Quokka", "proposes.we-propose", 0.9)));
        facts.add(new EntityFact(Relation.DATASET, WOMBAT, "WombatQA", ev(s2, "WombatQA", "dataset.benchmark-pattern", 0.8)));
        facts.add(new EntityFact(Relation.MODEL, LLAMA, "Llama-2-7B", ev(s2, "Llama-2-7B", "model.size-suffix", 0.7)));
        facts.add(new LinkFact(Relation.CODE, "https://github.com/example/quokka", "https://github.com/example/quokka.",
                ev(s3, "https://github.com/example/quokka", "url.code-host", 1.0)));
        facts.add(new ResultFact(QUOKKA_7B, "accuracy", "81.5%", 81.5, "%", WOMBAT, ev(s2, "81.5%", "result.on-dataset", 0.6)));
        facts.add(new EntityRelationFact(Relation.OUTPERFORMS, QUOKKA_7B, LLAMA, ev(s2, "outperforming", "relation.outperform", 0.5)));
        facts.add(new EntityRelationFact(Relation.BASED_ON, QUOKKA_7B, LLAMA, ev(s2, "Quokka-7B", "relation.based-on", 0.4)));
        return new Extraction(quokka().key(), facts, false, VERSION);
    }

    /** A JSONL-style paper with an empty title and only a source id, one proposal. */
    public static Paper untitled() {
        return Paper.builder().sourceId("000-042").title("").abstractText("We introduce the Emu toolkit for {braces} > tests.")
                .source(new SourceRef("eval/x.jsonl", 42, SourceFormat.JSONL)).build();
    }

    public static Extraction untitledExtraction() {
        Entity emu = Entity.of("Emu", EntityType.TOOL);
        String s = "We introduce the Emu toolkit for {braces} > tests.";
        return new Extraction(untitled().key(), List.of(
                new EntityFact(Relation.PROPOSES, emu, "Emu", ev(s, "Emu", "proposes.we-introduce", 0.85))), true, VERSION);
    }

    /** A synthetic paper number {@code i}: its own title/abstract, a proposed method and a shared dataset. */
    public static Paper synthetic(int i) {
        return Paper.builder().arxivId(String.format("2602.%05d", i)).title("Synthetic paper " + i + " on Zebra" + (i % 50))
                .abstractText("We propose Zebra" + i + ". It is evaluated on the Hyrax" + (i % 20) + " dataset.")
                .source(new SourceRef("synthetic.jsonl", i + 1, SourceFormat.JSONL)).build();
    }

    public static Extraction syntheticExtraction(int i) {
        String s1 = "We propose Zebra" + i + ".";
        String s2 = "It is evaluated on the Hyrax" + (i % 20) + " dataset.";
        return new Extraction(synthetic(i).key(), List.of(
                new EntityFact(Relation.PROPOSES, Entity.of("Zebra" + i, EntityType.METHOD), null, ev(s1, "Zebra" + i, "p", 0.9)),
                new EntityFact(Relation.DATASET, Entity.of("Hyrax" + (i % 20), EntityType.DATASET), null,
                        ev(s2, "Hyrax", "d", 0.8))), false, VERSION);
    }

    public static PaperGraph quokkaGraph(Instant t) {
        return new RdfMapper().map(quokka(), quokkaExtraction(), t);
    }

    public static PaperGraph untitledGraph(Instant t) {
        return new RdfMapper().map(untitled(), untitledExtraction(), t);
    }
}
