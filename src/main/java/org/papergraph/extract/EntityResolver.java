package org.papergraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives every real entity one key: lexicon names resolve to their canonical entry, a long form to its
 * acronym, plural acronyms to the singular ({@code TTMs -> TTM}), spelling variants share
 * {@link Names#key} ({@code ResNet50}/{@code ResNet-50}, {@code Llama 2}/{@code LLaMA-2}), and a size
 * or tuning variant points to its family ({@code LLaMA-2-7B -> LLaMA-2}). Stateless.
 */
public final class EntityResolver {
    // "LLaMA-2-7B", "Qwen2.5-7B-Instruct", "Mixtral-8x7B", "ViT-L/14", "BERT-base"
    private static final Pattern SIZE_SUFFIX = Pattern.compile(
            "^(.+?)(?:[- ]?(?:\\d+(?:\\.\\d+)?[BbMmKkTt]|\\d+x\\d+[Bb]?)|_(?:BASE|LARGE|SMALL)|[-/ ](?:Instruct|Chat|Base|base|Large|large|Small|small"
                    + "|Tiny|tiny|Huge|XL|XXL|instruct|chat|it|hf|[A-Z]/\\d+|[A-Z]\\d*))+$");
    private static final Pattern PLURAL_ACRONYM = Pattern.compile("^(.*[A-Z0-9])s$");

    private EntityResolver() {
    }

    /** A variant of {@code family} written {@code surface}; with a null family, the family is read off the name. */
    static Entity variant(String surface, Entity family) {
        String familyKey = family != null ? family.key() : null;
        EntityType type = family != null ? family.type() : EntityType.MODEL;
        if (familyKey == null) {
            Matcher m = SIZE_SUFFIX.matcher(surface);
            if (m.matches()) {
                familyKey = Names.key(m.group(1));
            }
        }
        String key = Names.key(surface);
        return new Entity(key, surface, type, List.of(), key.equals(familyKey) ? null : familyKey, null);
    }

    /** The name without its size or tuning suffix ({@code Swin-L -> Swin}), or null when it has none. */
    static String stem(String surface) {
        Matcher m = SIZE_SUFFIX.matcher(surface);
        return m.matches() ? m.group(1) : null;
    }

    /** An entity known only by the name the text writes, keyed like every other spelling of it. */
    static Entity named(String name, EntityType type) {
        return new Entity(key(name), name, type, List.of(), null, null);
    }

    /** The key a name resolves to without context: the singular of a plural acronym, else {@link Names#key}. */
    static String key(String name) {
        Matcher m = PLURAL_ACRONYM.matcher(name);
        return Names.key(m.matches() && m.group(1).length() >= 2 ? m.group(1) : name);
    }

    /**
     * Merges the mentions of one paper into one fact per entity and relation. Long forms defined with an
     * acronym anywhere in the paper resolve to the acronym's entity; the fact keeps the most confident
     * evidence and the surface form of the acronym when there is one (what the paper uses as the name).
     */
    public static List<EntityFact> resolve(List<Sentence> sentences, List<List<EntityRecognizer.Mention>> mentions,
                                           List<AcronymDetector.Acronym> acronyms) {
        Map<String, String> longToShort = new HashMap<>();
        java.util.Set<String> defined = new java.util.HashSet<>();
        for (AcronymDetector.Acronym a : acronyms) {
            longToShort.put(Names.key(a.longForm()), key(a.shortForm()));
            defined.add(Names.key(a.shortForm()));
            defined.add(Names.key(a.longForm()));
        }
        java.util.Set<String> taskAcronyms = taskAcronyms(acronyms);
        // only compared names need it: the scan of every sentence is skipped for papers without them
        boolean comparesMethods = mentions.stream().flatMap(List::stream)
                .anyMatch(m -> m.rule().equals(EntityRecognizer.COMPARED_RULE))
                && sentences.stream().anyMatch(s -> OWN_METHOD.matcher(s.text()).find());
        Map<String, EntityFact> byKey = new LinkedHashMap<>();
        List<Map.Entry<String, EntityFact>> found = new ArrayList<>();
        Map<String, Integer> spellings = new HashMap<>();  // "slot|spelling key" -> how often the paper writes it
        // lexicon key -> the entity the text itself makes of that name as another kind ("clip" -> "clip-method")
        Map<String, Entity> decided = new HashMap<>();
        mentions.forEach(ms -> ms.stream().filter(m -> m.rule().equals(MentionKinds.CONTEXT_RULE))
                .forEach(m -> decided.put(m.entity().familyKey(), m.entity())));
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            for (EntityRecognizer.Mention m : mentions.get(i)) {
                if (comparesMethods && m.rule().equals(EntityRecognizer.COMPARED_RULE)) {
                    m = new EntityRecognizer.Mention(m.surface(), m.start(), m.end(),
                            named(m.surface(), EntityType.METHOD), m.rule(), m.confidence());
                }
                Relation rel = m.relation();
                if (rel == null) {
                    continue;
                }
                if (namesTheTask(s.text(), m, taskAcronyms)) {
                    continue;  // "Visual Question Answering (VQA) is ...": the task, not the VQA dataset
                }
                if (MentionExtent.insideNameDefinedElsewhere(s.text(), m, acronyms)
                        || MentionExtent.modelsOfAParadigm(m, acronyms)) {
                    continue;  // a title's "Drift-aware Prompt Learning" is the name the paper defines as "(DaPrompt)"
                }
                Entity e = m.entity();
                String k = longToShort.getOrDefault(e.key(), e.key());
                Entity other = decided.get(k);
                if (other != null && other.type() == e.type()) {
                    k = other.key();  // "grouped-query attention (GQA)" is the GQA the text made a method
                }
                if (!k.equals(e.key())) {
                    e = new Entity(k, e.name(), e.type(), e.aliases(), e.familyKey(), e.externalId());
                }
                Evidence ev = new Evidence(s.section(), s.text(), m.start(), m.end(), m.rule(), m.confidence());
                EntityFact f = new EntityFact(rel, e, m.surface(), ev);
                String slot = rel.label() + "|" + k;
                found.add(Map.entry(slot, f));
                spellings.merge(slot + "|" + Names.key(f.surface()), 1, Integer::sum);
            }
        }
        for (Map.Entry<String, EntityFact> sf : found) {
            EntityFact old = byKey.get(sf.getKey());
            if (old == null || better(sf.getValue(), old, defined, spelled(spellings, sf.getKey()))) {
                byKey.put(sf.getKey(), old == null ? sf.getValue() : merge(sf.getValue(), old));
            }
        }
        return withoutOverruledKinds(singularNames(byKey.values(), sentences, defined), decided);
    }

    /**
     * "Transformers ... the Transformer": a paper that also writes a plural model name in the singular, anywhere
     * (even as a modifier: "Transformer layers"), is given the singular, the name of the architecture; the plural
     * alone speaks of the class. A spelling the paper defines ("Vision Transformers (ViTs)") stays.
     */
    private static List<EntityFact> singularNames(java.util.Collection<EntityFact> facts, List<Sentence> sentences,
                                                  java.util.Set<String> defined) {
        List<EntityFact> out = new ArrayList<>(facts.size());
        for (EntityFact f : facts) {
            String surface = f.surface();
            String singular = surface.substring(0, surface.length() - 1);
            if (f.relation() == Relation.MODEL && surface.endsWith("s") && f.entity().key().equals(Names.key(singular))
                    && !defined.contains(Names.key(surface)) && writtenAsWord(sentences, singular)) {
                f = new EntityFact(f.relation(), f.entity(), singular, f.evidence());
            }
            out.add(f);
        }
        return out;
    }

    /** Whether some sentence writes {@code word} (case as given) as a whole word. */
    private static boolean writtenAsWord(List<Sentence> sentences, String word) {
        for (Sentence s : sentences) {
            String t = s.text();
            for (int at = t.indexOf(word); at >= 0; at = t.indexOf(word, at + 1)) {
                int end = at + word.length();
                if ((at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1)))
                        && (end == t.length() || !Character.isLetterOrDigit(t.charAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    // "our method", "the proposed approach": the paper puts forward a method, so its baselines are methods
    // "We propose FooMix, an augmentation that ...": the paper's own artifact is named as a procedure too
    private static final Pattern OWN_METHOD = Pattern.compile(
            "\\b(?:[Oo]ur|[Pp]roposed|novel)\\s+(?:[\\w-]+\\s+){0,2}?(?:method|approach|algorithm|technique|scheme)s?\\b"
                    + "|\\b[Ww]e (?:propose|present|introduce) [\\w-]+, an? (?:[\\w-]+ ){0,2}?"
                    + "(?:method|approach|algorithm|technique|scheme|strategy|augmentation|regularizer|procedure)\\b");

    /** Short forms the paper defines for a task ("Visual Question Answering (VQA)"). */
    private static java.util.Set<String> taskAcronyms(List<AcronymDetector.Acronym> acronyms) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (AcronymDetector.Acronym a : acronyms) {
            EntityType head = ProposalRecognizer.headType(a.longForm());
            if (EntityRecognizer.notATechnique(a.longForm()) && head != EntityType.DATASET && head != EntityType.BENCHMARK) {
                out.add(Names.key(a.shortForm()));
            }
        }
        return out;
    }

    private static final Pattern DATASET_AFTER = Pattern.compile("^(?: v?\\d[\\d.]*)? (?:dataset|benchmark|corpus|challenge)");

    /** A known dataset written like the acronym the paper defines for its task, unless called a dataset there. */
    private static boolean namesTheTask(String text, EntityRecognizer.Mention m, java.util.Set<String> taskAcronyms) {
        EntityType type = m.entity().type();
        return (type == EntityType.DATASET || type == EntityType.BENCHMARK) && m.rule().equals("entity.lexicon")
                && !taskAcronyms.isEmpty() && taskAcronyms.contains(Names.key(m.surface()))
                && !DATASET_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 24))).find();
    }

    /**
     * A name the text itself treats as one kind ("RAG models", "X Architecture (JEPA)") is not also reported
     * as the lexicon's other kind from the plain mentions elsewhere in the paper.
     */
    private static List<EntityFact> withoutOverruledKinds(java.util.Collection<EntityFact> facts, Map<String, Entity> decided) {
        List<EntityFact> out = new ArrayList<>();
        for (EntityFact f : facts) {
            Entity other = decided.get(f.entity().key());
            if (other == null || other.type() == f.entity().type()) {
                out.add(f);
            }
        }
        return out;
    }

    /** 2: written with its acronym inside ("chain-of-thought (CoT) prompting"), 1: a defined spelling, else 0. */
    private static int spellingRank(String surface, java.util.Set<String> defined) {
        return surface.contains("(") ? 2 : defined.contains(Names.key(surface)) ? 1 : 0;
    }

    private static java.util.function.ToIntFunction<String> spelled(Map<String, Integer> spellings, String slot) {
        return surface -> spellings.getOrDefault(slot + "|" + Names.key(surface), 0);
    }

    /**
     * Whether {@code f} gives the fact a better surface and evidence than {@code old}: the name written with its
     * acronym inside; then a spelling of the paper's own acronym definition ("Vision Transformers (ViTs)" makes it
     * "ViTs" or the long form, not the "ViT" written elsewhere); then the spelling the paper writes most often;
     * then the more confident mention; then the clearly shorter spelling.
     */
    private static boolean better(EntityFact f, EntityFact old, java.util.Set<String> defined,
                                  java.util.function.ToIntFunction<String> timesWritten) {
        int fRank = spellingRank(f.surface(), defined);
        int oldRank = spellingRank(old.surface(), defined);
        if (fRank != oldRank) {
            return fRank > oldRank;
        }
        int fTimes = timesWritten.applyAsInt(f.surface());
        int oldTimes = timesWritten.applyAsInt(old.surface());
        if (fTimes != oldTimes) {
            return fTimes > oldTimes;
        }
        return f.evidence().confidence() > old.evidence().confidence()
                || f.surface().length() + 2 < old.surface().length() && f.evidence().confidence() >= old.evidence().confidence();
    }

    /** Keeps the better fact's evidence; the surface is the shorter (acronym) spelling. */
    private static EntityFact merge(EntityFact better, EntityFact old) {
        List<String> aliases = new ArrayList<>(better.entity().aliases());
        aliases.addAll(old.entity().aliases());
        aliases.add(old.surface());
        Entity e = better.entity();
        Entity merged = new Entity(e.key(), e.name(), e.type(), aliases, e.familyKey(), e.externalId());
        return new EntityFact(better.relation(), merged, better.surface(), better.evidence());
    }
}
