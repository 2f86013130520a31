package org.papergraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.extract.Extractor;
import org.papergraph.extract.RuleExtractor;
import org.papergraph.rdf.Iris;
import org.papergraph.source.Paper;
import org.papergraph.source.PaperKeys;
import org.papergraph.source.SourceFormat;
import org.papergraph.source.SourceRef;
import org.papergraph.store.PaperStore;

/** "One paper that records every source it came from" across ingest runs, not only within one. */
class CrossRunIdentityTest {
    private static final Extractor RULES = RuleExtractor.create();
    private static final String TITLE = "Heron: Wading Through Long Contexts with Sparse Memory";
    private static final String ABSTRACT = "We propose Heron, a sparse memory for long-context language models."
            + " Heron reaches 64.1% accuracy on the MarshQA benchmark. Code: https://github.com/example/heron.";
    private static final String ARXIV = "2611.04321";

    private final PaperStore store = PaperStore.inMemory();
    private final Ingest ingest = Ingest.into(store).extractor(RULES).threads(2).build();

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        store.close();
    }

    /** A Daily Papers page dump listing the paper (title and abstract only: title-keyed). */
    private Path page() throws Exception {
        return Files.writeString(dir.resolve("daily-2026-11-02.txt"), "Daily Papers\n\nbyAK and the research community\n\nNov 2\n\n"
                + TITLE + "\n\n" + ABSTRACT + "\n\nOtter: Another Paper on Rivers\n\nWe study how river otters shape their streams. We collect a video dataset of otters in twelve rivers and train a detector that counts them, reaching 88.0% precision on held-out rivers.\n");
    }

    /** A JSONL line with the same title; {@code id} decides whether the arXiv id is known. */
    private Path jsonl(String name, String id, String extraFields) throws Exception {
        return Files.writeString(dir.resolve(name), "{\"id\": \"" + id + "\", \"title\": \"" + TITLE
                + "\", \"abstract\": \"" + ABSTRACT + "\"" + extraFields + "}\n");
    }

    /** An arXiv Atom entry with full metadata. */
    private Path atom(String name) throws Exception {
        return Files.writeString(dir.resolve(name), """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
                  <entry>
                    <id>http://arxiv.org/abs/%sv1</id>
                    <published>2026-11-02T09:00:00Z</published>
                    <updated>2026-11-03T09:00:00Z</updated>
                    <title>%s</title>
                    <summary>%s</summary>
                    <author><name>Grace Heron</name></author>
                    <author><name>Ibis Stork</name></author>
                    <arxiv:doi>10.9999/heron.2026</arxiv:doi>
                    <arxiv:primary_category term="cs.CL"/>
                    <category term="cs.CL"/>
                    <category term="cs.LG"/>
                  </entry>
                </feed>
                """.formatted(ARXIV, TITLE, ABSTRACT));
    }

    private IngestReport run(Path... inputs) {
        IngestReport r = ingest.run(java.util.Arrays.stream(inputs).map(Path::toString).toList());
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        return r;
    }

    private Paper heron() {
        String key = store.findPaper("arxiv:" + ARXIV).isPresent() ? "arxiv:" + ARXIV : PaperKeys.titleKey(TITLE);
        return store.findPaper(key).orElseThrow();
    }

    private static Set<SourceFormat> formats(Paper p) {
        return p.sources().stream().map(SourceRef::format).collect(Collectors.toSet());
    }

    private static void assertCounts(IngestReport r, int added, int updated, int unchanged) {
        assertEquals(List.of(added, updated, unchanged), List.of(r.added(), r.updated(), r.unchanged()), r.toString());
    }

    @Test
    void theSameFilesTwiceAreUnchangedAndAddNoSource() throws Exception {
        Path page = page();
        Path line = jsonl("more.jsonl", "q-1", "");
        assertCounts(run(page, line), 2, 0, 0);
        List<String> quads = quads();
        assertCounts(run(page, line), 0, 0, 2);
        assertCounts(run(line), 0, 0, 1);
        assertEquals(quads, quads(), "byte-for-byte the same store");
        assertEquals(2, heron().sources().size());
    }

    @Test
    void aPageDumpThenJsonlWithTheSameTitleIsOnePaperWithBothSources() throws Exception {
        Path page = page();
        assertCounts(run(page), 2, 0, 0);
        IngestReport second = run(jsonl("later.jsonl", "q-7", ", \"authors\": [\"Grace Heron\"]"));
        assertCounts(second, 0, 1, 0);
        assertEquals(2, store.paperCount());
        Paper p = heron();
        assertTrue(p.key().startsWith("title:"));
        assertEquals(Set.of(SourceFormat.HF_PAGE, SourceFormat.JSONL), formats(p));
        assertEquals(page.toString(), p.sources().get(0).file(), "the first-seen source stays first");
        assertEquals(LocalDate.of(2026, 11, 2), p.featured(), "the page's day is kept");
        assertEquals(List.of("Grace Heron"), p.authors(), "the gap is filled from the later source");
        assertEquals("q-7", p.sourceId());
    }

    @Test
    void aTitleKeyedPaperIsReKeyedToItsArxivIdAndItsOldGraphRemoved() throws Exception {
        run(page());
        Node oldGraph = Iris.graph(PaperKeys.titleKey(TITLE));
        assertFalse(graphQuads(oldGraph).isEmpty());

        IngestReport second = run(atom("feed.atom.xml"));
        assertCounts(second, 0, 1, 0);
        assertEquals(2, store.paperCount(), "Heron and Otter, no second Heron");
        assertTrue(graphQuads(oldGraph).isEmpty(), "the title-keyed graph is gone");
        Paper p = store.findPaper("arxiv:" + ARXIV).orElseThrow();
        assertEquals(ARXIV, p.arxivId());
        assertEquals(Set.of(SourceFormat.HF_PAGE, SourceFormat.ARXIV_ATOM), formats(p));
        assertEquals(List.of("Grace Heron", "Ibis Stork"), p.authors());
        assertTrue(store.findPaper(PaperKeys.titleKey(TITLE)).isEmpty());
        assertEquals(List.of(p), store.findPapersByTitle(TITLE.toUpperCase()), "found by its normalised title");
        assertEquals(1L, textSearchHits("Heron"), "the text index forgot the old graph");
    }

    @Test
    void aTitleOnlySightingJoinsTheStoredArxivPaper() throws Exception {
        run(atom("feed.atom.xml"));
        IngestReport second = run(page());
        assertCounts(second, 1, 1, 0); // Otter is new, Heron gains a source
        Paper p = store.findPaper("arxiv:" + ARXIV).orElseThrow();
        assertEquals(Set.of(SourceFormat.HF_PAGE, SourceFormat.ARXIV_ATOM), formats(p));
        assertEquals(2, store.paperCount());
        assertTrue(store.findPaper(PaperKeys.titleKey(TITLE)).isEmpty(), "no title-keyed twin");
        // and again: nothing changes
        assertCounts(run(page()), 0, 0, 2);
    }

    @Test
    void metadataFromTheFirstRunIsKeptWhenTheSecondGivesLess() throws Exception {
        run(atom("feed.atom.xml"));
        Paper before = store.findPaper("arxiv:" + ARXIV).orElseThrow();
        // the same arXiv paper again from JSONL: no authors, no categories, no DOI, a shorter abstract
        Files.writeString(dir.resolve("thin.jsonl"), "{\"id\": \"" + ARXIV + "\", \"title\": \"" + TITLE
                + "\", \"abstract\": \"We propose Heron.\", \"code\": \"https://github.com/example/heron\"}\n");
        assertCounts(run(dir.resolve("thin.jsonl")), 0, 1, 0);
        Paper after = store.findPaper("arxiv:" + ARXIV).orElseThrow();
        assertEquals(before.authors(), after.authors());
        assertEquals(List.of("cs.CL", "cs.LG"), after.categories());
        assertEquals("10.9999/heron.2026", after.doi());
        assertEquals(before.published(), after.published());
        assertEquals(ABSTRACT.strip(), after.abstractText().strip(), "the longer abstract stays");
        assertEquals("https://github.com/example/heron", after.codeUrl(), "a gap filled by the new source");
        assertEquals(2, after.sources().size());
        assertCounts(run(dir.resolve("thin.jsonl"), dir.resolve("feed.atom.xml")), 0, 0, 1);
    }

    @Test
    void twoArxivIdsWithOneTitleStayTwoPapersAndATitleKeyedOneJoinsOnlyOne() throws Exception {
        run(page());
        // one run brings two different arXiv papers with Heron's title: both are new, one absorbs the page sighting
        IngestReport second = run(jsonl("a.jsonl", "2611.00001", ""), jsonl("b.jsonl", "2611.00002", ""));
        assertCounts(second, 1, 1, 0);
        Paper a = store.findPaper("arxiv:2611.00001").orElseThrow();
        Paper b = store.findPaper("arxiv:2611.00002").orElseThrow();
        assertEquals(Set.of(SourceFormat.HF_PAGE, SourceFormat.JSONL), formats(a));
        assertEquals(1, b.sources().size());
        assertEquals(3, store.paperCount(), "Otter and two Herons");
        // a third arXiv id later: its own paper too
        assertCounts(run(jsonl("c.jsonl", "2611.00003", "")), 1, 0, 0);
        assertEquals(4, store.paperCount());
    }

    private List<String> quads() {
        return Txn.calculateRead(store.dataset(),
                () -> store.dataset().asDatasetGraph().stream().map(Quad::toString).sorted().toList());
    }

    private List<Quad> graphQuads(Node g) {
        return Txn.calculateRead(store.dataset(),
                () -> org.apache.jena.atlas.iterator.Iter.toList(store.dataset().asDatasetGraph().find(g, Node.ANY, Node.ANY, Node.ANY)));
    }

    private long textSearchHits(String word) {
        String q = "PREFIX text: <http://jena.apache.org/text#> SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s text:query (<http://purl.org/dc/terms/title> '"
                + word + "') }";
        return Txn.calculateRead(store.dataset(), () -> {
            try (var qe = org.apache.jena.query.QueryExecutionFactory.create(q, store.dataset())) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
