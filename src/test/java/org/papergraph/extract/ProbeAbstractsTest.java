package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.source.Paper;

/**
 * Regression check on probe abstracts: invented titles and abstracts in the style of daily-paper listings, written
 * to find where the rules do not generalise (new phrasings of a proposal, 2024-25 model names with versions and
 * sizes, dataset splits, typographic debris), each with the proposals, datasets, models and (some) results a careful
 * reader would list. The rules were fixed against them, so they guard against regressions rather than measure
 * unseen-paper quality. One JSON object per line in {@code src/test/resources/probes/*.jsonl}.
 */
class ProbeAbstractsTest {
    private static final Path DIR = Path.of("src/test/resources/probes");
    private static final java.util.regex.Pattern FIRST_NUMBER = java.util.regex.Pattern.compile("\\d+(?:[.,]\\d+)?");
    private static Tally tally;
    private static int papers;

    @BeforeAll
    static void run() throws IOException {
        RuleExtractor x = RuleExtractor.create();
        ObjectMapper json = new ObjectMapper();
        tally = new Tally("probe");
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        for (Path f : files) {
            for (String line : Files.readAllLines(f)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode p = json.readTree(line);
                String id = p.get("id").asText();
                Extraction e = x.extract(Paper.builder().key("probe:" + id).title(p.get("title").asText())
                        .abstractText(p.get("abstract").asText()).build());
                tally.add("proposes", strings(p.get("proposes")), HeldOutAbstractsTest.surfaces(e, Relation.PROPOSES), true, id);
                tally.add("datasets", strings(p.get("datasets")), HeldOutAbstractsTest.surfaces(e, Relation.DATASET), true, id);
                tally.add("models", strings(p.get("models")), HeldOutAbstractsTest.surfaces(e, Relation.MODEL), true, id);
                if (p.has("results")) {
                    // a result is its value and dataset, as score.py compares them: an expected result without a
                    // dataset is matched by the value alone
                    List<String> expected = new ArrayList<>();
                    java.util.Set<String> anyDataset = new java.util.HashSet<>();
                    p.get("results").forEach(r -> {
                        expected.add(value(r.get(0).asText()) + " on " + r.get(1).asText());
                        if (r.get(1).asText().isEmpty()) {
                            anyDataset.add(value(r.get(0).asText()));
                        }
                    });
                    List<String> got = new ArrayList<>();
                    e.factsOf(ResultFact.class).forEach(r -> got.add(value(r.valueText()) + " on "
                            + (r.dataset() == null || anyDataset.contains(value(r.valueText())) ? "" : r.dataset().name())));
                    tally.add("results", expected, got, false, id);
                }
                papers++;
            }
        }
        tally.print();
    }

    /** The first number of a value as written, like score.py's norm_value ("83.3%" and "+83.3" are both 83.3). */
    private static String value(String v) {
        java.util.regex.Matcher m = FIRST_NUMBER.matcher(v);
        // Tally folds punctuation away, so the decimal point is spelled out to keep 2.3 apart from 23
        return m.find() ? m.group().replace(',', '.').replace(".", "p") : v;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void probeSetIsThere() {
        assertFalse(papers < 50, "only " + papers + " probe abstracts under " + DIR);
    }

    @Test
    void proposalsDatasetsAndModelsHold() {
        assertTrue(tally.f1("proposes") >= 0.95, "proposes F1 " + tally.f1("proposes"));
        assertTrue(tally.f1("datasets") >= 0.9, "datasets F1 " + tally.f1("datasets"));
        assertTrue(tally.f1("models") >= 0.9, "models F1 " + tally.f1("models"));
    }

    @Test
    void resultsHold() {
        assertTrue(tally.f1("results") >= 0.85, "results F1 " + tally.f1("results"));
    }
}
