package org.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LinkRecognizerTest {
    private final LinkRecognizer recognizer = new LinkRecognizer();

    private static Sentence sentence(String text) {
        return new Sentence("abstract", 0, text, List.of(), List.of(), List.of());
    }

    private List<LinkFact> find(String text) {
        return recognizer.find(sentence(text));
    }

    private LinkFact only(String text) {
        List<LinkFact> facts = find(text);
        assertEquals(1, facts.size(), () -> "facts: " + facts);
        return facts.get(0);
    }

    @Test
    void githubRepoIsCodeAndLosesTheFullStop() {
        LinkFact f = only("Our implementation lives at https://github.com/acme-lab/FooNet.");
        assertEquals(Relation.CODE, f.relation());
        assertEquals("https://github.com/acme-lab/FooNet", f.url());
        assertEquals("code.github", f.evidence().rule());
        assertEquals("https://github.com/acme-lab/FooNet", f.evidence().mentionText());
    }

    @Test
    void trailingCommaSemicolonQuotesAndBrackets() {
        assertEquals("https://gitlab.com/team/tool", only("See https://gitlab.com/team/tool, which is free.").url());
        assertEquals("https://bitbucket.org/a/b", only("Sources (https://bitbucket.org/a/b); more later.").url());
        assertEquals("https://github.com/a/b", only("the code [https://github.com/a/b] is public").url());
        assertEquals("https://github.com/a/b", only("\"https://github.com/a/b\" hosts it").url());
        assertEquals("https://github.com/a/b", only("(Code: https://github.com/a/b)").url());
    }

    @Test
    void balancedParenthesesInsideTheUrlStay() {
        LinkFact f = only("Background at https://en.wikipedia.org/wiki/Mixer_(audio).");
        assertEquals("https://en.wikipedia.org/wiki/Mixer_(audio)", f.url());
        assertEquals(Relation.LINK, f.relation());
    }

    @Test
    void dotGitSuffixIsDropped() {
        assertEquals("https://github.com/someone/survey-list",
                only("The list is kept at https://github.com/someone/survey-list.git.").url());
    }

    @Test
    void braceAlternativesExpandToOneUrlEach() {
        List<LinkFact> facts = find("Code: https://github.com/{alpha,beta}/shared-repo.");
        assertEquals(List.of("https://github.com/alpha/shared-repo", "https://github.com/beta/shared-repo"),
                facts.stream().map(LinkFact::url).toList());
        assertTrue(facts.stream().allMatch(f -> f.relation() == Relation.CODE));
    }

    @Test
    void hrefDuplicateInBracesGivesOneUrl() {
        LinkFact f = only("Models are available at https://my-demo.github.io/{https://my-demo.github.io/}.");
        assertEquals("https://my-demo.github.io/", f.url());
        assertEquals(Relation.LINK, f.relation());
        assertEquals("link.project-page", f.evidence().rule());
    }

    @Test
    void strayBlanksInTheSchemeAreRemoved() {
        assertEquals("https://github.com/x/y", only("Code is at https: //github.com/x/y.").url());
        assertEquals("http://example.org/data", only("Data: http ://example.org/data").url());
    }

    @Test
    void huggingFaceMirrorIsMappedAndIsCode() {
        LinkFact f = only("Weights: https://hf.xwall.us.kg/some-org/tiny-model-7b.");
        assertEquals(Relation.CODE, f.relation());
        assertEquals("https://huggingface.co/some-org/tiny-model-7b", f.url());
        assertEquals("https://hf.xwall.us.kg/some-org/tiny-model-7b", f.written());
        assertEquals("code.huggingface", f.evidence().rule());
    }

    @Test
    void huggingFaceSpacesAreCodeButDatasetsAreLinks() {
        assertEquals(Relation.CODE, only("Try https://huggingface.co/spaces/org/demo now").relation());
        assertEquals(Relation.LINK, only("Get it from https://huggingface.co/datasets/org/corpus.").relation());
    }

    @Test
    void projectPagesDoisVideosAreLinks() {
        List<LinkFact> facts = find("Videos at https://youtu.be/abcDEF123 and the page https://foo-bar.github.io, "
                + "archived as https://doi.org/10.1234/zenodo.42.");
        assertEquals(List.of("https://youtu.be/abcDEF123", "https://foo-bar.github.io", "https://doi.org/10.1234/zenodo.42"),
                facts.stream().map(LinkFact::url).toList());
        assertTrue(facts.stream().allMatch(f -> f.relation() == Relation.LINK));
        assertEquals("link.doi", facts.get(2).evidence().rule());
    }

    @Test
    void queryStringsAndEncodedCharactersAreKept() {
        LinkFact f = only("Download: https://files.example.net/get?id=12-ab&path=%2F~%2F.");
        assertEquals("https://files.example.net/get?id=12-ab&path=%2F~%2F", f.url());
    }

    @Test
    void schemeLessUrlsAreFoundAndMadeAbsolute() {
        LinkFact f = only("The code can be found at www.github.com/someone/Thing.");
        assertEquals(Relation.CODE, f.relation());
        assertEquals("https://www.github.com/someone/Thing", f.url());
        assertEquals("www.github.com/someone/Thing", f.written());
        assertEquals("https://github.com/a/b", only("Code: github.com/a/b").url());
    }

    @Test
    void anonymousReviewRepositoryIsCode() {
        assertEquals(Relation.CODE, only("(Code repository: https://anonymous.4open.science/r/ABC-12/)").relation());
    }

    @Test
    void githubWithoutPathIsJustALink() {
        assertEquals(Relation.LINK, only("Hosted on https://github.com/.").relation());
    }

    @Test
    void repeatedUrlIsReportedOnce() {
        assertEquals(1, find("See https://github.com/a/b and https://github.com/a/b/ again.").size());
    }

    @Test
    void noUrlNoFact() {
        assertTrue(find("We evaluate on GitHub issues and e.g. arXiv:2301.00001 papers.").isEmpty());
        assertTrue(find("Contact me@github.com for access.").isEmpty());
    }

    @Test
    void classifyMetadataUrls() {
        Evidence ev = new Evidence("metadata", "githubRepo", -1, -1, "code.metadata", 1.0);
        Optional<LinkFact> code = LinkRecognizer.classify("https://github.com/org/repo.git", ev);
        assertTrue(code.isPresent());
        assertEquals(Relation.CODE, code.get().relation());
        assertEquals("https://github.com/org/repo", code.get().url());
        assertEquals(Relation.LINK, LinkRecognizer.classify("https://proj.example.com/page/", ev).get().relation());
        assertTrue(LinkRecognizer.classify("  ", ev).isEmpty());
        assertTrue(LinkRecognizer.classify("not a url", ev).isEmpty());
    }

    @Test
    void promisedCode() {
        assertTrue(LinkRecognizer.codePromised("Our code and trained models will be released upon acceptance."));
        assertTrue(LinkRecognizer.codePromised("The source code will be made publicly available."));
        assertTrue(LinkRecognizer.codePromised("We will release the dataset to foster research."));
        assertTrue(LinkRecognizer.codePromised("Code shall be released."));
        assertTrue(LinkRecognizer.codePromised("We publish our code and checkpoints for research purposes."));
        assertTrue(LinkRecognizer.codePromised("Code and pre-trained models will be open-sourced."));
        assertTrue(LinkRecognizer.codePromised("We present the first open-source toolkit for graph audits."));
        assertTrue(LinkRecognizer.codePromised("Our implementation is provided in the supplement."));
    }

    @Test
    void notPromisedCode() {
        assertFalse(LinkRecognizer.codePromised("Code is available at https://github.com/a/b."));
        assertFalse(LinkRecognizer.codePromised("We train on publicly available benchmarks only."));
        assertFalse(LinkRecognizer.codePromised("Large models of code are hard to deploy."));
        assertFalse(LinkRecognizer.codePromised("Labeled data for rare dialects is available only in small amounts."));
        assertFalse(LinkRecognizer.codePromised("It rivals other open-source models of similar size."));
        assertFalse(LinkRecognizer.codePromised(""));
    }
}
