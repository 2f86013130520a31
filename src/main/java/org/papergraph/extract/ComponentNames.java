package org.papergraph.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of the parts a paper builds, found from how the text treats them rather than from a naming verb:
 * a capitalised phrase brought in with "a" and taken up with "the" ("a Shape-aware Adapter ... The
 * Shape-aware Adapter"), and an unknown name-shaped token described by an artifact noun in a sentence that
 * calls something new ("a novel design including SparseKV attention"). Used by {@link ProposalRecognizer};
 * stateless.
 */
final class ComponentNames {
    /** Nouns of parts, which keep their noun in the name ("SparseKV attention"); artifacts drop it ("FooNet"). */
    static final Set<String> PART_NOUNS = Set.of("attention", "layer", "layers", "module", "block", "loss", "adapter",
            "adapters", "prompt", "head", "score", "mechanism", "operator");

    // "which consist of a Depth Prompt and a Shape-aware Mixer": capitalised words after "a" mid-sentence
    private static final Pattern INDEFINITE_CAPITALISED = Pattern.compile(
            "\\b(?:a|an) (?:(?:new|novel|designed|dedicated|lightweight|simple|learnable) )?"
                    + "(\\p{Lu}[\\p{L}\\p{N}]*(?:-[\\p{L}\\p{N}]+)*(?: \\p{Lu}[\\p{L}\\p{N}]*(?:-[\\p{L}\\p{N}]+)*){1,3})\\b");
    // stems of words that say something is made here ("new", "novel", "introduced", "designed", "proposed")
    private static final List<String> NEW_THING = List.of("new", "novel", "introduc", "design", "propos", "devis");
    // the name is the object itself: "a cheap yet powerful X architecture", "including X attention"
    private static final Pattern OBJECT_BEFORE = Pattern.compile("\\b(?:an?(?: [\\w-]+){0,3}|including) $");

    private ComponentNames() {
    }

    /**
     * Components the paper names by capitalising them: introduced with "a" and then taken up as "the" or
     * "our" same phrase, or named in the title too. The switch from indefinite to definite marks a new, named
     * thing of this paper, in a sentence that says something is new, introduced or designed, or that is about one
     * of its proposals ("Foo consists of a Bar Router"); a Reward Model someone merely trains is not one.
     *
     * @param proposed the names proposed so far
     */
    static List<NameHit> components(List<Sentence> sentences, Collection<String> proposed, Lexicon lexicon) {
        List<NameHit> out = new ArrayList<>();
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            String t = s.text();
            if (s.section().equals("title")) {
                continue;
            }
            Matcher m = INDEFINITE_CAPITALISED.matcher(t);
            Boolean ours = null;  // whether the sentence makes something new: read once, only for a match
            // the pattern is tried only where " a " / " an " stands, not at every offset
            for (int at = t.indexOf(" a"); at >= 0; at = t.indexOf(" a", at + 2)) {
                if (!t.startsWith(" a ", at) && !t.startsWith(" an ", at) || !m.region(at + 1, t.length()).lookingAt()) {
                    continue;
                }
                if (ours == null) {
                    ours = mentionsAny(t.toLowerCase(java.util.Locale.ROOT), NEW_THING) || mentionsAny(t, proposed);
                }
                String name = m.group(1);
                if (!ours || proposed.contains(name) || EntityRecognizer.isKnown(name, lexicon)
                        || ProposalRecognizer.generic(name, lexicon) || ProposalRecognizer.PLURAL_CLASS.matcher(name).matches()
                        || !takenUp(sentences, si, t.substring(m.end()), name) && !inTitle(sentences, name)) {
                    continue;
                }
                out.add(new NameHit(name, null, s, m.start(1), m.end(1), "proposes.component", 0.65,
                        ProposalRecognizer.headType(name)));
            }
        }
        return out;
    }

    /**
     * "a novel reranker that uses a small but strong Tower-GLUON encoder", "a novel design including
     * SparseKV attention": in a sentence that announces something new, an unknown name-shaped token that an
     * artifact noun describes is the new thing's name.
     *
     * @param skip names already proposed or defined as concepts
     */
    static List<NameHit> inNovelSentence(Sentence s, List<AcronymDetector.Acronym> acr, Lexicon lexicon,
                                         Predicate<String> skip) {
        List<NameHit> out = new ArrayList<>();
        String t = s.text();
        for (int i = 0; i < s.tokens().size(); i++) {
            String tok = s.tokens().get(i);
            int start = s.tokenStarts().get(i);
            int end = start + tok.length();
            boolean wordNext = end + 1 < t.length() && t.charAt(end) == ' ' && Character.isLowerCase(t.charAt(end + 1));
            if (!wordNext || !Character.isUpperCase(tok.charAt(0)) || !NameShapes.isNameLike(tok) || tok.contains(".")
                    || tok.contains("_")
                    || !ProposalRecognizer.headFollows(t, end) || skip.test(tok) || EntityRecognizer.isKnown(tok, lexicon)
                    || ProposalRecognizer.ACRONYM.matcher(tok).matches()
                    || !OBJECT_BEFORE.matcher(t).region(Math.max(0, start - 40), start).find()
                    || acr.stream().anyMatch(a -> a.shortStart() <= start && start < a.shortEnd())) {
                continue;
            }
            Matcher next = ProposalRecognizer.NEXT_WORDS.matcher(t).region(end, t.length());
            next.lookingAt();
            String head = NameShapes.typeOfHead(next.group(1)) != null ? next.group(1) : next.group(2);
            if (PART_NOUNS.contains(next.group(1))) {
                // "SparseKV attention", "Foo loss": a part is named with its noun, an artifact without it
                out.add(new NameHit(tok + " " + next.group(1), null, s, start, next.end(1), "proposes.novel-sentence", 0.6,
                        EntityType.METHOD));
            } else {
                out.add(new NameHit(tok, null, s, start, end, "proposes.novel-sentence", 0.6, NameShapes.typeOfHead(head)));
            }
        }
        return out;
    }

    // words that present the parts of a system: "the key components of Foo are", "Foo consists of", "integrated with"
    private static final Pattern PARTS_CUE = Pattern.compile("\\b(?:components?|modules?|consists? of|consisting of"
            + "|compris(?:es|ing)|composed of|incorporat(?:es|ing)|integrated with|integrates|equipped with"
            + "|(?:key|innovative|novel|new) designs?)\\b");
    private static final Pattern CAPITALISED_WORD_NEXT = Pattern.compile("\\G[\\s-]+\\p{Lu}");
    // last words of a long form that make it a part ("Span Routing Unit"); "... Attention" is as often someone's
    private static final Set<String> PART_NAME_ENDS = Set.of("module", "block", "unit", "gate", "layer", "loss", "adapter");
    private static final Pattern PART_AFTER = Pattern.compile("\\G ?\\)? (\\p{L}+)\\b");
    // words that call the parts the paper's own: "two innovative designs", "the key components", "a novel"
    private static final Pattern NEW_PARTS = Pattern.compile(
            "(?i)\\b(?:novel|new|innovative|proposed|key components?|key designs?|core components?)\\b");
    // "our framework consists of ...": the paper's own system, before it has a name
    private static final Pattern OUR_SYSTEM = Pattern.compile("\\b[Oo]ur (?:[\\w-]+ )?(?:framework|method|model|approach"
            + "|system|architecture|pipeline|network|design)\\b");
    // a capitalised part noun closing the name after the acronym: "Foo Bar (FB) Loss"
    private static final Pattern CAPITALISED_PART = Pattern.compile("\\G ?\\)? (\\p{Lu}\\p{Ll}+)\\b");

    /**
     * "The key components of Foo are Bar-Guided Low-Rank Tuning (BG-LoRT) and ...", "Foo is integrated with the
     * Baz Memory Routing (BMR) module": in a sentence about one of the paper's proposals (or "our framework") that
     * presents its parts, an unknown acronym with a capitalised long form is a part the paper names. A capitalised
     * part noun after the parenthesis belongs to the name ("Baz Alignment (BA) Loss" is "BA Loss").
     *
     * @param proposed the names proposed so far
     */
    static List<NameHit> acronymParts(List<Sentence> sentences, List<List<AcronymDetector.Acronym>> acronyms,
                                      Collection<String> proposed, Lexicon lexicon) {
        List<NameHit> out = new ArrayList<>();
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            String t = s.text();
            if (s.section().equals("title") || acronyms.get(si).isEmpty()
                    || !mentionsAny(t, proposed) && !OUR_SYSTEM.matcher(t).find() || !PARTS_CUE.matcher(t).find()) {
                continue;
            }
            for (AcronymDetector.Acronym a : acronyms.get(si)) {
                String lf = a.longForm();
                if (proposed.contains(a.shortForm()) || !ProposalRecognizer.titleCase(lf) || lf.split("[\\s-]+").length < 2
                        || EntityRecognizer.isKnown(a.shortForm(), lexicon) || EntityRecognizer.isKnown(lf, lexicon)
                        || ProposalRecognizer.generic(lf, lexicon) || EntityRecognizer.isParadigm(lf)
                        || ProposalRecognizer.afterPreposition(a, t)) {
                    continue;
                }
                // "integrates Exponential Moving Average (EMA)" may bring in anyone's technique: the acronym must name a
                // part ("... Unit (SRU)", "(STRL) module") or the sentence must call the parts new ("innovative designs")
                Matcher anyPart = PART_AFTER.matcher(t).region(a.shortEnd(), t.length());
                String last = lf.substring(lf.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
                boolean named = anyPart.lookingAt() && PART_NOUNS.contains(anyPart.group(1).toLowerCase(java.util.Locale.ROOT))
                        || PART_NAME_ENDS.contains(last);
                if (!named && !NEW_PARTS.matcher(t).find()) {
                    continue;
                }
                Matcher part = CAPITALISED_PART.matcher(t).region(a.shortEnd(), t.length());
                if (part.lookingAt() && PART_NOUNS.contains(part.group(1).toLowerCase(java.util.Locale.ROOT))) {
                    out.add(new NameHit(a.shortForm() + " " + part.group(1), lf + " " + part.group(1), s, a.shortStart(),
                            part.end(1), "proposes.part-acronym", 0.65, EntityType.METHOD));
                    out.add(new NameHit(a.shortForm() + " " + part.group(1), a.shortForm(), s, a.shortStart(),
                            part.end(1), "proposes.part-acronym", 0.65, EntityType.METHOD));
                } else {
                    out.add(new NameHit(a.shortForm(), lf, s, a.shortStart(), a.shortEnd(), "proposes.part-acronym", 0.65,
                            ProposalRecognizer.typeNear(t, a.shortEnd() + 1, ProposalRecognizer.headType(lf))));
                }
            }
        }
        return out;
    }

    /** "Foo consists of a Bar Router and ...": the sentence names one of {@code names} (of three letters or more). */
    private static boolean mentionsAny(String t, Collection<String> names) {
        for (String n : names) {
            if (n.length() >= 3 && t.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** "... via a Lightweight Foo-Bar Encoder" as the title: the title names the part as the paper's own. */
    private static boolean inTitle(List<Sentence> sentences, String name) {
        if (!sentences.get(0).section().equals("title")) {
            return false;
        }
        String title = sentences.get(0).text();
        int at = title.toLowerCase(java.util.Locale.ROOT).indexOf(name.toLowerCase(java.util.Locale.ROOT));
        int end = at + name.length();
        // the whole title phrase, not a fragment of a longer one ("Foo Bar" of "Foo Bar Tuning")
        return at >= 0 && (at == 0 || !Character.isLetterOrDigit(title.charAt(at - 1)))
                && (end == title.length() || !Character.isLetterOrDigit(title.charAt(end)))
                && !CAPITALISED_WORD_NEXT.matcher(title).region(end, title.length()).lookingAt();
    }

    /** Whether "The/the/our NAME" follows, later in the sentence or in a later one. */
    private static boolean takenUp(List<Sentence> sentences, int si, String rest, String name) {
        for (int i = si; i < sentences.size(); i++) {
            String t = i == si ? rest : sentences.get(i).text();
            for (String det : List.of("The ", "the ", "our ", "Our ")) {
                int at = t.indexOf(det + name);
                int end = at + det.length() + name.length();
                if (at >= 0 && (end == t.length() || !Character.isLetterOrDigit(t.charAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }
}
