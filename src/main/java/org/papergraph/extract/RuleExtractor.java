package org.papergraph.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.papergraph.source.Paper;

/**
 * The rule-based extractor: normalises the title and abstract, splits them with OpenNLP, finds acronym
 * definitions, proposals, entity mentions (resolved to one entity each), tasks, links, results and
 * entity relations, and keeps one fact per relation and entity with its best evidence.
 * Thread-safe: the lexicon is immutable and every recogniser is stateless or thread-confined.
 */
public final class RuleExtractor implements Extractor {
    static final String VERSION = "papergraph-rules/0.2";

    private final NlpPipeline nlp;
    private final Lexicon lexicon;
    // the recognisers are immutable once built (the task recogniser indexes the lexicon's tasks): build once
    private final TaskRecognizer tasks;
    private final LinkRecognizer links = new LinkRecognizer();
    private final ResultRecognizer results = new ResultRecognizer();
    private final RelationRecognizer relations = new RelationRecognizer();

    private RuleExtractor(NlpPipeline nlp, Lexicon lexicon) {
        this.nlp = nlp;
        this.lexicon = lexicon;
        this.tasks = new TaskRecognizer(lexicon);
    }

    public static RuleExtractor create() {
        return create(List.of());
    }

    /** An extractor whose lexicon is the bundled one with the given user files merged on top. */
    public static RuleExtractor create(List<Path> userLexicons) {
        try {
            return new RuleExtractor(NlpPipeline.shared(), Lexicon.load(userLexicons));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lexicon in use (bundled plus user files). */
    public Lexicon lexicon() {
        return lexicon;
    }

    @Override
    public Extraction extract(Paper paper) {
        List<Sentence> sentences = new ArrayList<>(nlp.process("title", TextNormalizer.normalize(paper.title())));
        sentences.addAll(nlp.process("abstract", TextNormalizer.normalize(paper.abstractText())));

        List<List<AcronymDetector.Acronym>> acronyms = new ArrayList<>();
        List<AcronymDetector.Acronym> allAcronyms = new ArrayList<>();
        for (Sentence s : sentences) {
            List<AcronymDetector.Acronym> a = AcronymDetector.find(s.text());
            acronyms.add(a);
            allAcronyms.addAll(a);
        }
        List<ProposalRecognizer.Proposal> proposals = ProposalRecognizer.find(sentences, acronyms, lexicon);
        Set<String> proposedKeys = new HashSet<>();
        List<String> proposedNames = new ArrayList<>();
        for (ProposalRecognizer.Proposal p : proposals) {
            proposedKeys.add(Names.key(p.name()));
            p.aliases().forEach(a -> proposedKeys.add(Names.key(a)));
            proposedNames.add(p.name());
            proposedNames.addAll(p.aliases());
        }
        Set<String> problemKeys = problems(allAcronyms);
        List<List<EntityRecognizer.Mention>> mentions = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String text = sentences.get(i).text();
            mentions.add(EntityRecognizer.find(sentences.get(i), acronyms.get(i), lexicon).stream()
                    .filter(m -> !isProposed(m, proposedKeys) && !isProblem(m, problemKeys)
                            && !MentionExtent.insideProposedName(text, m, proposedNames)).toList());
        }

        List<Fact> facts = new ArrayList<>();
        proposals.forEach(p -> facts.add(p.fact()));
        List<EntityFact> entities = EntityResolver.resolve(sentences, mentions, allAcronyms);
        facts.addAll(entities);
        // "we propose Dynamic Token Pruning (DTP)": the paper's own artifact is not the task it addresses
        facts.addAll(tasks.find(sentences, paper, proposedKeys));

        Entity proposed = proposals.isEmpty() ? null : proposals.get(0).entity();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            facts.addAll(links.find(s));
            List<EntityFact> inSentence = factsIn(s, i, mentions.get(i), entities, proposals);
            List<ResultFact> measured = results.find(s, inSentence, proposed);
            facts.addAll(measured);
            facts.addAll(relations.find(s, inSentence, proposed));
            facts.addAll(RelationRecognizer.evaluatedOn(measured));
        }
        metadataLinks(paper).forEach(facts::add);
        // the cheap test first: the promise regex scans the whole abstract
        boolean promised = facts.stream().noneMatch(f -> f.relation() == Relation.CODE)
                && LinkRecognizer.codePromised(paper.abstractText());
        return new Extraction(paper.key(), dedupe(facts), promised, VERSION);
    }

    /** Short forms the paper defines for a task, field or metric: "Click-through rate (CTR)", "... detection (SELD)". */
    private static Set<String> problems(List<AcronymDetector.Acronym> acronyms) {
        Set<String> out = new HashSet<>();
        for (AcronymDetector.Acronym a : acronyms) {
            EntityType head = ProposalRecognizer.headType(a.longForm());
            boolean collection = head == EntityType.DATASET || head == EntityType.BENCHMARK;  // "... Challenge (LPCVC)"
            if (EntityRecognizer.notATechnique(a.longForm()) && !collection) {
                out.add(Names.key(a.shortForm()));
            }
        }
        return out;
    }

    /** A pattern-found name that the paper itself defines as a task is no model, dataset or method ("CTR models"). */
    private static boolean isProblem(EntityRecognizer.Mention m, Set<String> problemKeys) {
        return !m.rule().startsWith("entity.lexicon") && problemKeys.contains(Names.key(m.surface()));
    }

    private static boolean isProposed(EntityRecognizer.Mention m, Set<String> proposedKeys) {
        String k = Names.key(m.surface());
        if (proposedKeys.contains(k) || proposedKeys.contains(m.entity().key())
                || proposedKeys.contains(k + "s") || proposedKeys.contains(Names.singular(k))) {
            return true;  // "model soup" is the proposed "Model soups" in the singular
        }
        // variants of a proposed name ("X-Large", "X-7B") belong to the proposal too
        for (String p : proposedKeys) {
            if (p.length() >= 3 && k.startsWith(p) && m.entity().familyKey() != null) {
                return true;
            }
        }
        return false;
    }

    /** The entity facts mentioned in one sentence, with this sentence's span as evidence. */
    private static List<EntityFact> factsIn(Sentence s, int index, List<EntityRecognizer.Mention> mentions,
                                            List<EntityFact> resolved, List<ProposalRecognizer.Proposal> proposals) {
        List<EntityFact> out = new ArrayList<>();
        for (EntityRecognizer.Mention m : mentions) {
            if (m.relation() == null) {
                continue;
            }
            Evidence ev = new Evidence(s.section(), s.text(), m.start(), m.end(), m.rule(), m.confidence());
            out.add(new EntityFact(m.relation(), m.entity(), m.surface(), ev));
        }
        for (ProposalRecognizer.Proposal p : proposals) {
            int at = s.text().indexOf(p.name());
            if (at >= 0) {
                out.add(new EntityFact(Relation.PROPOSES, p.entity(), p.name(),
                        new Evidence(s.section(), s.text(), at, at + p.name().length(), p.evidence().rule(),
                                p.evidence().confidence())));
            }
        }
        return out;
    }

    /** Code and other URLs the feed gave as metadata (HF githubRepo, JSONL code, project pages). */
    private static List<LinkFact> metadataLinks(Paper paper) {
        List<String> urls = new ArrayList<>();
        if (paper.codeUrl() != null && !paper.codeUrl().isBlank()) {
            urls.add(paper.codeUrl());
        }
        urls.addAll(paper.links());
        List<LinkFact> out = new ArrayList<>();
        for (String u : urls) {
            Evidence ev = new Evidence("metadata", u, -1, -1, "link.metadata", 0.95);
            LinkRecognizer.classify(u, ev).ifPresent(out::add);
        }
        return out;
    }

    /** One fact per (relation, entity key / URL / result), keeping the most confident evidence. */
    static List<Fact> dedupe(List<Fact> facts) {
        Map<String, Fact> best = new LinkedHashMap<>();
        for (Fact f : facts) {
            String slot = slot(f);
            Fact old = best.get(slot);
            if (old == null || f.evidence().confidence() > old.evidence().confidence()) {
                best.put(slot, f);
            }
        }
        return List.copyOf(best.values());
    }

    private static String slot(Fact f) {
        if (f instanceof EntityFact e) {
            return e.relation().label() + "|" + e.entity().key();
        }
        if (f instanceof LinkFact l) {
            return l.relation().label() + "|" + l.url();
        }
        if (f instanceof ResultFact r) {
            return "result|" + r.valueText() + "|" + (r.dataset() == null ? "" : r.dataset().key()) + "|" + r.metric();
        }
        EntityRelationFact r = (EntityRelationFact) f;
        return r.relation().label() + "|" + r.subject().key() + "|" + r.object().key();
    }

    @Override
    public String version() {
        return VERSION;
    }
}
