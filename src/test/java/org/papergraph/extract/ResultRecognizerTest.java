package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ResultRecognizerTest {
    private final ResultRecognizer recognizer = new ResultRecognizer();

    private static Sentence sentence(String text) {
        return new Sentence("abstract", 1, text, List.of(), List.of(), List.of());
    }

    private List<ResultFact> find(String text) {
        return recognizer.find(sentence(text), List.of(), null);
    }

    private static List<String> values(List<ResultFact> facts) {
        return facts.stream().map(ResultFact::valueText).toList();
    }

    private static List<String> datasetNames(List<ResultFact> facts) {
        return facts.stream().map(f -> f.dataset().name()).toList();
    }

    /** A mention of {@code name} at its first occurrence in {@code text}. */
    private static EntityFact mention(String text, String name, Relation relation, EntityType type) {
        int at = text.indexOf(name);
        Evidence ev = new Evidence("abstract", text, at, at + name.length(), "test.mention", 0.9);
        return new EntityFact(relation, Entity.of(name, type), name, ev);
    }

    @Test
    void percentageWithMetricAndDataset() {
        List<ResultFact> r = find("Our network reaches 81.7% top-1 accuracy on ImageNet-1K with fewer parameters.");
        assertEquals(1, r.size());
        ResultFact f = r.get(0);
        assertEquals("81.7%", f.valueText());
        assertEquals(81.7, f.value(), 1e-9);
        assertEquals("%", f.unit());
        assertEquals("top-1 accuracy", f.metric());
        assertEquals("ImageNet-1K", f.dataset().name());
        assertEquals("result.pct-on-dataset", f.evidence().rule());
        assertEquals("81.7%", f.evidence().mentionText());
    }

    @Test
    void rankingMetricsAtACutoff() {
        List<ResultFact> r = find("Our retriever reaches an nDCG@10 of 48.7 and an R@100 of 71.0.");
        assertEquals(List.of("48.7", "71.0"), values(r));
        assertEquals(List.of("nDCG@10", "R@100"), r.stream().map(ResultFact::metric).toList());
    }

    @Test
    void aMetricValueOnOneDatasetThenAnotherValueOnTheNext() {
        String text = "It keeps an FID of 3.4 on LSUN-Bed and 6.1 on FFHQ-1K with fewer steps.";
        List<ResultFact> r = recognizer.find(sentence(text), List.of(
                mention(text, "LSUN-Bed", Relation.DATASET, EntityType.DATASET),
                mention(text, "FFHQ-1K", Relation.DATASET, EntityType.DATASET)), null);
        assertEquals(List.of("3.4", "6.1"), values(r));
        assertEquals(List.of("LSUN-Bed", "FFHQ-1K"), datasetNames(r));
        assertEquals("FID", r.get(1).metric());
    }

    @Test
    void eloRatings() {
        assertEquals(List.of("1180"), values(find("The model reaches an Elo of 1180 in the arena.")));
    }

    @Test
    void signedDeltaAndMetricAfterTheNumber() {
        List<ResultFact> r = find("It beats the prior best by +4.2 mask AP_r and reaches 38.9 box AP.");
        assertEquals(List.of("+4.2", "38.9"), values(r));
        assertEquals(4.2, r.get(0).value(), 1e-9);
        assertEquals("mask AP_r", r.get(0).metric());
        assertEquals("box AP", r.get(1).metric());
    }

    @Test
    void negativeValueKeepsItsSign() {
        ResultFact f = find("Pruning gives -8.5% FLOPs at equal quality.").get(0);
        assertEquals(-8.5, f.value(), 1e-9);
        assertEquals("-8.5%", f.valueText());
    }

    @Test
    void factorsAndSpeedups() {
        List<ResultFact> r = find("The sampler gives a 3.5x speedup and uses 12 times less memory.");
        assertEquals(List.of("3.5x", "12 times"), values(r));
        assertTrue(r.stream().allMatch(f -> f.unit().equals("x")));
        assertEquals("speedup", r.get(0).metric());
    }

    @Test
    void improvementWithoutDataset() {
        ResultFact f = find("Overall we observe a 27% improvement in retrieval quality.").get(0);
        assertEquals("27%", f.valueText());
        assertEquals("improvement", f.metric());
        assertNull(f.dataset());
    }

    @Test
    void metricNamedBeforeTheValue() {
        List<ResultFact> r = find("The tagger obtains an F1 score of 0.912 and a BLEU of 31.4 on the held-out set.");
        assertEquals(List.of("0.912", "31.4"), values(r));
    }

    @Test
    void rangesAreOneValue() {
        assertEquals(List.of("15-20%"), values(find("Gains of 15-20% are typical across tasks.")));
        assertEquals(List.of("2 to 4 times"), values(find("Decoding is 2 to 4 times faster than before.")));
    }

    @Test
    void fromToReportsWhereTheChangeEnds() {
        assertEquals(List.of("61.5%"), values(find("Recall rises from 52.0% to 61.5% after tuning.")));
        assertEquals(List.of("33.1"), values(find("It lifts the ROUGE-L score from 30.2 to 33.1 on summaries.")));
    }

    @Test
    void sizesCountsYearsVersionsAndEnumerationsAreNotResults() {
        assertTrue(find("We train a 7B model on 300B tokens for 3 epochs with 64 GPUs.").isEmpty());
        assertTrue(find("Since 2019, ResNet-50 and GPT-4 were tested on CIFAR-10 (2) times.").isEmpty());
        assertTrue(find("Our pipeline has three steps: (1) filter, (2) rank and 3) merge.").isEmpty());
        assertTrue(find("Images of 512 x 512 pixels from 12 domains.").isEmpty());
        assertTrue(find("Code: https://github.com/a/b-v1.5 and see 10.1234/x.").isEmpty());
    }

    @Test
    void budgetsAreNotOutcomes() {
        assertTrue(find("Tuning with only 0.8% of the parameters suffices.").isEmpty());
        assertTrue(find("Using less than 2% of the labeled data we match full supervision.").isEmpty());
    }

    @Test
    void respectivelyListAlignsValuesWithDatasets() {
        String text = "It scores 71.2%, 64.0% and 55.3% on Alpha-10, BetaSet and GammaQA, respectively.";
        List<ResultFact> r = find(text);
        assertEquals(List.of("71.2%", "64.0%", "55.3%"), values(r));
        assertEquals(List.of("Alpha-10", "BetaSet", "GammaQA"), datasetNames(r));
    }

    @Test
    void valuesEachWithItsMetricAlignWithARespectivelyList() {
        List<ResultFact> r = find("FooNet beats the baseline by +2.1% top-1, +0.8 mIoU and +1.2 AP on Alpha-10, BetaSet"
                + " and GammaQA, respectively.");
        assertEquals(List.of("+2.1%", "+0.8", "+1.2"), values(r));
        assertEquals(List.of("Alpha-10", "BetaSet", "GammaQA"), datasetNames(r));
        assertEquals("mIoU", r.get(1).metric());
        // without "respectively" each value keeps every name: nothing says which is whose
        assertEquals(9, find("FooNet beats the baseline by +2.1% top-1, +0.8 mIoU and +1.2 AP on Alpha-10, BetaSet"
                + " and GammaQA.").size());
    }

    @Test
    void oneValueOnSeveralDatasetsGivesOneFactEach() {
        List<ResultFact> r = find("Accuracy improves by 1.5% on SetOne-5 and SetTwo-9 datasets.");
        assertEquals(2, r.size());
        assertEquals(List.of("SetOne-5", "SetTwo-9"), datasetNames(r));
    }

    @Test
    void datasetMentionsAndSubjectFromTheEntityRecognisers() {
        String text = "On the WidgetBench benchmark, FooNet attains 66.6% accuracy.";
        List<EntityFact> mentions = new ArrayList<>();
        mentions.add(mention(text, "WidgetBench", Relation.DATASET, EntityType.BENCHMARK));
        mentions.add(mention(text, "FooNet", Relation.PROPOSES, EntityType.MODEL));
        ResultFact f = recognizer.find(sentence(text), mentions, null).get(0);
        assertEquals("WidgetBench", f.dataset().name());
        assertEquals("FooNet", f.subject().name());
    }

    @Test
    void proposedArtifactIsTheDefaultSubject() {
        Entity proposed = Entity.of("BarLM", EntityType.MODEL);
        ResultFact f = recognizer.find(sentence("We obtain a 12.5% gain."), List.of(), proposed).get(0);
        assertSame(proposed, f.subject());
    }

    @Test
    void listOfMetricValuesContinues() {
        assertEquals(List.of("83", "176"), values(find("The model reaches FVD 83 vs. 176 for the baseline.")));
        assertEquals(List.of("6.54", "1.07"), values(find("We see 6.54 and 1.07 decrease in FID and sFID.")));
    }

    @Test
    void latexLeftoversAndThinSpaces() {
        assertEquals(List.of("3x"), values(find("Training is sim3x faster.")));
        ResultFact f = find("That is a 4 200times speedup.").get(0);
        assertEquals("4200times", f.valueText());
        assertEquals(4200, f.value(), 1e-9);
    }

    @Test
    void nullMentionsAndPlainTextAreFine() {
        Sentence s = sentence("No numbers here at all.");
        assertTrue(recognizer.find(s, null, null).isEmpty());
        assertEquals(1, recognizer.find(sentence("It gains 4% overall."), null, null).size());
    }

    @Test
    void protocolWordsBelongToTheBenchmarkName() {
        List<ResultFact> r = find("Gains reach 12.5%, 9.1% and 7.7% on Split Foo-10, Split BarSet-R and Permuted QUX, respectively.");
        assertEquals(List.of("Split Foo-10", "Split BarSet-R", "Permuted QUX"), datasetNames(r));
    }

    @Test
    void aNameInTheParenthesisNearerToTheValueWins() {
        String text = "Our clip encoder sets records on Foobar (81.0% on FB-400 and 79.5% on FB-600) and on Quuxset"
                + " (55.1% on V1 and 66.2% on V2), and on WidgetSet (top-1: 70.2%).";
        List<EntityFact> mentions = new ArrayList<>();
        for (String name : List.of("Foobar", "Quuxset", "WidgetSet")) {
            mentions.add(mention(text, name, Relation.DATASET, EntityType.DATASET));
        }
        List<ResultFact> r = recognizer.find(sentence(text), mentions, null);
        assertEquals(List.of("81.0%", "79.5%", "55.1%", "66.2%", "70.2%"), values(r));
        assertEquals(List.of("FB-400", "FB-600", "Quuxset V1", "Quuxset V2", "WidgetSet"),
                datasetNames(r));
        assertEquals("quuxset", r.get(2).dataset().familyKey());
    }

    @Test
    void aLoneVersionIsNoDataset() {
        List<ResultFact> r = find("The second release gains 3.5% on V2 over the first.");
        assertEquals(List.of("3.5%"), values(r));
        assertNull(r.get(0).dataset());
    }

    @Test
    void resultDatasetsAreWrittenWithoutLatexCarets() {
        String text = "It improves the base model by 12.3% on W^* Bench and 8.1% on QX-Set.";
        int at = text.indexOf("W^*");
        Evidence ev = new Evidence("abstract", text, at, at + "W^* Bench".length(), "test.mention", 0.9);
        EntityFact starred = new EntityFact(Relation.DATASET, new Entity("wstarbench", "W* Bench", EntityType.BENCHMARK,
                List.of(), null, null), "W* Bench", ev);
        List<ResultFact> r = recognizer.find(sentence(text), List.of(starred), null);
        assertEquals(List.of("W* Bench", "QX-Set"), datasetNames(r));
    }

    @Test
    void aQuestionStatesNoResult() {
        assertTrue(find("Would accuracy keep rising if the corpus grew by 5x or 50x?").isEmpty());
    }

    @Test
    void aChainOfChangesReportsWhereEachEnds() {
        assertEquals(List.of("81%", "86%"), values(find("Top-1 of the two students rises from 77.5% to 81% and 82.0% to 86%.")));
        assertEquals(List.of("81%", "86%"), values(find("Top-1 rises from 77.5% to 81%, and 82.0% to 86%.")));
    }

    @Test
    void whatAValueIsInIsItsMetricNotItsDataset() {
        List<ResultFact> r = find("It gains +1.7% in mAcc and 0.52 in F1-score, 4.0% in OvR on the hidden split.");
        assertEquals(List.of("+1.7%", "0.52", "4.0%"), values(r));
        assertTrue(r.stream().allMatch(f -> f.dataset() == null), r.toString());
        assertEquals("mAcc", r.get(0).metric());
    }

    @Test
    void trainingDataOfAComparedModelAndMetricsAtKAreNoResultDatasets() {
        assertNull(find("It converges 3 times faster than a model pre-trained on FooSet-9 data.").get(0).dataset());
        assertNull(find("Ranking improves by 3 points in QR@10 overall.").get(0).dataset());
        assertEquals("FooSet-9", find("It converges 3 times faster on FooSet-9 data.").get(0).dataset().name());
    }

    @Test
    void aNameInTheNextClauseBelongsToThatClause() {
        String text = "On FooSet-1, it reaches 85.0% top-1 accuracy, and on BarSet-2 it obtains 55.1 AP.";
        List<ResultFact> r = recognizer.find(sentence(text),
                List.of(mention(text, "FooSet-1", Relation.DATASET, EntityType.DATASET)), null);
        assertEquals(List.of("85.0%", "55.1"), values(r));
        assertEquals(List.of("FooSet-1", "BarSet-2"), datasetNames(r));
    }

    @Test
    void aSplitWordBeforeSetIsNotPartOfTheName() {
        List<ResultFact> r = find("It gets an F1 score of 91.2 on the QuuxQA dev set and 83.1% on the Foo-1K validation set.");
        assertEquals(List.of("QuuxQA", "Foo-1K"), datasetNames(r));
        assertEquals("FooQA test-dev", find("It gets 61.2 AP on FooQA test-dev.").get(0).dataset().name());
    }

    @Test
    void drivingAndTrackingMetricsNameResults() {
        List<ResultFact> r = find("It leads on Scenes-3D (72.1 NDS) and RoadSet-9 (75.3 mAPH) with 61.0 HOTA.");
        assertEquals(List.of("72.1", "75.3", "61.0"), values(r));
        assertEquals(List.of("NDS", "mAPH", "HOTA"), r.stream().map(ResultFact::metric).toList());
        assertEquals("Scenes-3D", r.get(0).dataset().name());
        assertEquals("relative improvement", find("It yields a 28% relative improvement overall.").get(0).metric());
    }

    @Test
    void ourModelAfterACompetitorIsTheSubject() {
        String text = "Compared to BazNet (67.0%), our model achieves 72.4% on FooSet-1.";
        List<EntityFact> mentions = List.of(mention(text, "BazNet", Relation.MODEL, EntityType.MODEL));
        Entity proposed = Entity.of("QuxNet", EntityType.MODEL);
        List<ResultFact> r = recognizer.find(sentence(text), mentions, proposed);
        assertEquals("BazNet", r.get(0).subject().name());
        assertSame(proposed, r.get(1).subject());
    }

    @Test
    void aDatasetMeasuredOnEarlierInTheClauseIsTheValuesDataset() {
        assertEquals("Foo-10", find("The accuracy on Foo-10 improves by 2.3% over the baseline.").get(0).dataset().name());
        assertNull(find("Building on Foo-10, our recipe improves accuracy by 2.3% overall.").get(0).dataset());
        assertNull(find("A model trained on Foo-10 gains 2.3% in accuracy.").get(0).dataset());
    }

    @Test
    void dataPretrainedOnSeveralWordsBeforeIsNoResultDataset() {
        assertNull(find("When pretrained from scratch on the Foo-10 corpus, the small model reaches a score of 79.6.")
                .get(0).dataset());
        assertNull(find("Trained for two days on Foo-10, the model gains 2.3% in accuracy.").get(0).dataset());
    }

    @Test
    void oneFigureOverSeveralCoordinatedDatasetsNamesNone() {
        String text = "It beats the baselines on FooRoom-3 and BarScan-2 with a gain of over 20% AP50 and 8% AP25.";
        List<EntityFact> mentions = List.of(mention(text, "FooRoom-3", Relation.DATASET, EntityType.DATASET),
                mention(text, "BarScan-2", Relation.DATASET, EntityType.DATASET));
        List<ResultFact> r = recognizer.find(sentence(text), mentions, null);
        assertEquals(List.of("20%", "8%"), values(r));
        assertTrue(r.stream().allMatch(f -> f.dataset() == null), r.toString());
        String opening = "On the FooQA and BarQA datasets, accuracy improves by 4%.";
        List<ResultFact> one = recognizer.find(sentence(opening), List.of(
                mention(opening, "FooQA", Relation.DATASET, EntityType.DATASET),
                mention(opening, "BarQA", Relation.DATASET, EntityType.DATASET)), null);
        assertEquals(1, one.size(), one.toString());  // one figure is one result, not one per dataset
        assertNull(one.get(0).dataset());
    }

    @Test
    void aResolutionWrittenAfterANameIsPartOfIt() {
        assertEquals("FooNet 224 x 224",
                find("Notably, on FooNet 224 x 224 with few labels, it lifts accuracy from 35.6% to 46.7%.")
                        .get(0).dataset().name());
        assertEquals("FooNet 64×64", find("It reaches 71.2% accuracy on FooNet 64×64.").get(0).dataset().name());
    }

    @Test
    void namesBeforeARespectivelyListAlignWithItsValues() {
        String text = "With FooQA-1 and BarQA-2 scores of 71.5 and 58.3, respectively, it leads its size class.";
        List<EntityFact> mentions = List.of(mention(text, "FooQA-1", Relation.DATASET, EntityType.DATASET),
                mention(text, "BarQA-2", Relation.DATASET, EntityType.DATASET));
        List<ResultFact> r = recognizer.find(sentence(text), mentions, null);
        assertEquals(List.of("71.5", "58.3"), values(r));
        assertEquals(List.of("FooQA-1", "BarQA-2"), datasetNames(r));
    }

    @Test
    void correlationsAndCalibrationAreMetricsAndSharesOfACollectionAreNoResults() {
        assertEquals(List.of("0.81"), values(find("We observe a Spearman correlation of 0.81 with human judgments.")));
        List<ResultFact> r = find("The model achieves 0.92 AUROC and 0.35 ECE.");
        assertEquals(List.of("AUROC", "ECE"), r.stream().map(ResultFact::metric).toList());
        assertTrue(find("The suite holds 9,000 problems, 35% of which need several steps.").isEmpty());
    }

    @Test
    void hyphenatedPointsAreResultsAndABeatenModelIsNoSubject() {
        assertEquals(List.of("4-point"), values(find("We observe a 4-point gain on FooVQA.")));
        assertEquals(List.of("1.2-point"), values(find("A 1.2-point increase in BLEU is observed.")));
        assertTrue(find("Answers are rated on a 5-point Likert scale by experts.").isEmpty());
        String text = "Its win rate against BazLM is 55.2% on FooEval.";
        Entity proposed = Entity.of("QuxLM", EntityType.MODEL);
        ResultFact f = recognizer.find(sentence(text), List.of(mention(text, "BazLM", Relation.MODEL, EntityType.MODEL)),
                proposed).get(0);
        assertSame(proposed, f.subject());
    }
    @Test
    void dataFractionsAndRatesItRunsWithAreNoResults() {
        assertTrue(find("We vary the labels from 10% to 100% of the training set.").isEmpty());
        assertTrue(find("Pre-training uses a 40% masking ratio and a 10% dropout rate.").isEmpty());
        // a rate it reaches is one
        assertEquals(List.of("12%"), values(find("It lowers the word error rate to 12% on our test data.")));
    }
}
