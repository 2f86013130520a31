package org.papergraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How far a name really reaches around a lexicon hit or a pattern-found name: a known name written longer
 * ("chain-of-thought (CoT) prompting", "long short-term memory network"), or a hit that is only part of
 * something else: a web address, the paper's own name spelled out in its title, a name the paper defines
 * elsewhere, the models of a learning setting. Stateless; used by {@link EntityRecognizer} and
 * {@link EntityResolver}.
 */
final class MentionExtent {
    private MentionExtent() {
    }

    /** The end of a known name written longer, with its acronym inside or its network head after it; else -1. */
    static int spelledLonger(String t, Lexicon.Match m, Lexicon lexicon) {
        int inside = acronymInside(t, m, lexicon);
        return inside > 0 ? inside : networkAfter(t, m);
    }

    private static final Pattern NETWORK_AFTER = Pattern.compile("^ networks?\\b");

    /**
     * "long short-term memory network": a spelled-out architecture name in lower case followed by the noun that
     * its name leaves out is written with that noun; not when the name ends in one already ("vision transformer").
     */
    static int networkAfter(String t, Lexicon.Match m) {
        String surface = m.surface();
        int space = surface.lastIndexOf(' ');
        if (space < 0 || m.entry().type() != EntityType.MODEL || !Character.isLowerCase(surface.charAt(0))
                || NameShapes.typeOfHead(surface.substring(space + 1)) == EntityType.MODEL) {
            return -1;
        }
        Matcher n = NETWORK_AFTER.matcher(t).region(m.end(), t.length());
        return n.lookingAt() ? n.end() : -1;
    }

    // " (CoT) prompting": an acronym in parentheses and the word that ends the name
    static final Pattern ACRONYM_THEN_HEAD = Pattern.compile("^ \\([^()\\s]{1,12}\\) (\\p{L}[\\p{L}-]*)");

    /**
     * The end of a known name written with its acronym inside ("chain-of-thought (CoT) prompting") when the name
     * and the word after the parenthesis are an alias of the same entry; else -1.
     */
    static int acronymInside(String t, Lexicon.Match m, Lexicon lexicon) {
        if (m.end() + 4 >= t.length() || t.charAt(m.end() + 1) != '(') {
            return -1;  // the cheap test first
        }
        Matcher d = ACRONYM_THEN_HEAD.matcher(t).region(m.end(), t.length());
        if (!d.lookingAt()) {
            return -1;
        }
        Lexicon.Entry whole = lexicon.lookup(m.surface() + " " + d.group(1));
        return whole != null && whole.entity().key().equals(m.entry().entity().key()) ? d.end() : -1;
    }

    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{N}]+");

    /**
     * Whether a known technique after the colon of a title spells out the acronym that the name before the colon
     * is built on ("FooNAS: Neural Architecture Search for ..."): it describes that name, not a technique used.
     */
    static boolean spellsOutTitleName(String title, int start, Entity e) {
        int colon = title.indexOf(": ");
        if (colon < 0 || colon > start) {
            return false;
        }
        String name = title.substring(0, colon);
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(e.name()), e.aliases().stream())
                .anyMatch(a -> ACRONYM.matcher(a).matches() && name.contains(a) && !name.equals(a));
    }

    /**
     * Whether a known technique lies inside the long form of an acronym that the paper defines in another sentence
     * ("Drift-aware Prompt Learning" in the title of a paper that defines "Drift-aware Prompt learning
     * (DaPrompt)"): it is part of that name, as {@link #insideOtherDefinition} finds within one sentence.
     */
    static boolean insideNameDefinedElsewhere(String t, EntityRecognizer.Mention m, List<AcronymDetector.Acronym> paperAcronyms) {
        if (!m.rule().startsWith("entity.lexicon") || m.entity().type() != EntityType.METHOD) {
            return false;  // a model name there is still counted: "Transformer for Foo (TF)" builds on the Transformer
        }
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        for (AcronymDetector.Acronym a : paperAcronyms) {
            String longForm = a.longForm().toLowerCase(java.util.Locale.ROOT);
            if (longForm.length() <= m.end() - m.start()
                    || !longForm.contains(m.surface().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            for (int at = lower.indexOf(longForm); at >= 0; at = lower.indexOf(longForm, at + 1)) {
                if (at <= m.start() && m.end() <= at + longForm.length()) {
                    return !namedBy(m.entity(), a.shortForm());
                }
            }
        }
        return false;
    }

    /**
     * "Plain OL models" in a paper that defines "Online learning (OL)": the head noun announces
     * the models of a learning setting, not a model named after it; so do "DML benchmarks" the data of a field.
     */
    static boolean modelsOfAParadigm(EntityRecognizer.Mention m, List<AcronymDetector.Acronym> paperAcronyms) {
        return m.rule().equals("model.head-noun") && paperAcronyms.stream()
                .anyMatch(a -> EntityRecognizer.isParadigm(a.longForm()) && EntityResolver.key(a.shortForm()).equals(m.entity().key()))
                || m.rule().equals("dataset.head-noun") && paperAcronyms.stream()
                .anyMatch(a -> namesAField(a.longForm()) && EntityResolver.key(a.shortForm()).equals(m.entity().key()));
    }

    /**
     * "Deep Metric Learning (DML)", "text-attributed graphs (TAGs)", "... recognition (NER)": a field, a class of
     * data or a task, so "DML benchmarks" and "TAG datasets" say what the data is for or made of, not which data.
     */
    private static boolean namesAField(String longForm) {
        return longForm.regionMatches(true, longForm.length() - 8, "learning", 0, 8) || EntityRecognizer.notATechnique(longForm);
    }

    /** Whether {@code acronym} is a name of {@code e} itself (its key, family or one of its aliases). */
    private static boolean namedBy(Entity e, String acronym) {
        String k = EntityResolver.key(acronym);
        return k.equals(e.key()) || k.equals(e.familyKey()) || e.aliases().stream().anyMatch(x -> Names.key(x).equals(k));
    }

    /**
     * Whether a known name lies inside a longer name the paper proposes, written in the same sentence ("beam search"
     * in a proposed "conditional beam search", "Whisper" in a proposed "Whisper Nova"): the proposal builds on it,
     * the paper does not use it there.
     */
    static boolean insideProposedName(String t, EntityRecognizer.Mention m, List<String> proposedNames) {
        if (proposedNames.isEmpty()) {
            return false;
        }
        for (String name : proposedNames) {
            int n = name.length();
            if (n <= m.end() - m.start()) {
                continue;
            }
            for (int at = Math.max(0, m.end() - n); at <= m.start(); at++) {
                if (t.regionMatches(true, at, name, 0, n)) {
                    return true;  // case aside: a sentence may start with the name
                }
            }
        }
        return false;
    }

    /** Whether the text before {@code start}, back to the last space, opens a web address. */
    static boolean insideUrl(String t, int start) {
        int from = start;
        while (from > 0 && !Character.isWhitespace(t.charAt(from - 1)) && t.charAt(from - 1) != '(') {
            from--;
        }
        return ADDRESS_START.matcher(t.substring(from, start)).lookingAt();
    }

    // "https://", "www.", "aka.ms/": a scheme or a host with a top-level domain; not "GPT-3.5/" or "and/"
    private static final Pattern ADDRESS_START = Pattern.compile(
            "[a-z][a-z0-9+.-]*://|www\\.|[\\w-]+(?:\\.[\\w-]+)*\\.[a-z]{2,}/");

    /** A known name that is part of an acronym's long form whose acronym is not its own ("DINO Planning Agent (DINO-PA)"). */
    static boolean insideOtherDefinition(Lexicon.Match m, List<AcronymDetector.Acronym> acronyms, Lexicon lexicon) {
        for (AcronymDetector.Acronym a : acronyms) {
            if (m.start() >= a.longStart() && m.end() <= a.longEnd() && m.end() - m.start() < a.longEnd() - a.longStart()) {
                Lexicon.Entry own = lexicon.lookup(a.shortForm());
                return own == null || !own.entity().key().equals(m.entry().entity().key());
            }
        }
        return false;
    }
}
