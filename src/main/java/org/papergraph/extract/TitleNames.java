package org.papergraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposals the title vouches for: an acronym whose long form opens the title ("Caption Pruning Networks"
 * and "a caption pruning network (CPN)"), a lower-case phrase proposed under a title that spells it as a name,
 * the type a title's description gives its prefix, and whether an acronym abbreviates a title phrase. Used
 * by {@link ProposalRecognizer}; stateless.
 */
final class TitleNames {
    // words that end the noun phrase a title opens with
    private static final Set<String> TITLE_BREAKS = Set.of("for", "via", "with", "in", "on", "of", "from", "to", "using",
            "under", "and", "by", "at", "as", "through", "without", "towards", "is", "are", "-", "--", "—", "–", "a",
            "an", "the");
    private static final Pattern ECHO_BEFORE = Pattern.compile(
            "(?:propose|introduce|present|develop|design|devise)[sd]? (?:(?:a|an|the) )?(?:(?:novel|new|simple) )?$");
    private static final Pattern ECHO_AFTER = Pattern.compile("^(?: that| which|,)");
    private static final Pattern WHOLE_ECHO_AFTER = Pattern.compile("^(?: that| which|[,:;.])");
    private static final Pattern TITLE_ARTICLE = Pattern.compile("^\\s*(?::|--?|[—–])\\s*(?:A|An|The)\\s");

    private TitleNames() {
    }

    /**
     * The noun phrase a title opens with when it can be a name: two to four words up to the first
     * preposition, the last one not a plural ("Foo Shift Adapter for ..."), else null.
     */
    static String head(Sentence title) {
        if (!title.section().equals("title")) {
            return null;
        }
        List<String> head = new ArrayList<>();
        for (String w : title.text().split("\\s+")) {
            if (TITLE_BREAKS.contains(w.toLowerCase(Locale.ROOT))) {
                break;
            }
            head.add(w.endsWith(":") ? w.substring(0, w.length() - 1) : w);
            if (w.endsWith(":")) {
                break;
            }
        }
        if (head.size() < 2 || head.size() > 4 || ProposalRecognizer.FRAMING.contains(head.get(0))) {
            return null;
        }
        String last = head.get(head.size() - 1);
        if (last.endsWith("s") && !last.endsWith("ss")) {
            return null;  // "Efficient Transformers ...": a class
        }
        return String.join(" ", head);
    }

    /**
     * "we propose a novel foo shift adapter that ..." under the title "Foo Shift Adapter for ...": the title
     * gives the lower-case phrase its name, so it is proposed as the title spells it; else null. Only right
     * after the verb, and not before a plural noun ("... unlearning methods"), which makes it a kind of method.
     */
    static NameHit echo(Sentence s, Sentence title, Lexicon lexicon) {
        String titleHead = head(title);
        if (titleHead == null) {
            return null;
        }
        String lower = s.text().toLowerCase(Locale.ROOT);
        int at = lower.indexOf(titleHead.toLowerCase(Locale.ROOT));
        // a title that is nothing but the phrase vouches for it anywhere in the announcing sentence
        boolean wholeTitle = titleHead.length() == title.text().strip().length();
        if (at < 0 || !wholeTitle && !ECHO_BEFORE.matcher(lower).region(Math.max(0, at - 40), at).find()
                || !(wholeTitle ? WHOLE_ECHO_AFTER : ECHO_AFTER).matcher(lower.substring(at + titleHead.length())).find()
                || EntityRecognizer.isKnown(titleHead, lexicon)) {
            return null;
        }
        return new NameHit(titleHead, null, s, at, at + titleHead.length(), "proposes.title-echo", 0.7,
                ProposalRecognizer.headType(titleHead));
    }

    // the title's closing phrase after "with"/"via"/...: "Scaling Video Encoders with Twin Masking"
    private static final Pattern TITLE_TAIL = Pattern.compile(
            "\\s(?:with|via|using|through|by)\\s+(\\p{Lu}[\\p{L}-]*(?:\\s\\p{Lu}[\\p{L}-]*){1,3})\\s*$");
    // singular nouns of a way of doing something: "a twin cropping strategy"
    private static final Set<String> PROCEDURES = Set.of("strategy", "method", "technique", "scheme", "approach",
            "algorithm", "recipe", "procedure", "framework");
    private static final Pattern GENERIC_TAIL = Pattern.compile("(?i)(?:.*-)?(?:learning|training|tuning)");
    // right after the phrase: a singular head noun ("a twin masking strategy") or the clause going on
    private static final Pattern TAIL_ECHO_AFTER = Pattern.compile("^(?: that| which|,| ([a-z]+)\\b)");

    /**
     * "we present a twin masking strategy" under a title that ends "... with Twin Masking": the title names the
     * technique the paper announces, so the lower-case phrase is proposed as the title spells it; else null.
     * Only right after an intro verb and before a noun of a procedure ("strategy", "method") or a clause ("that",
     * ","), as in {@link #echo}; a phrase the lexicon knows is someone's technique.
     */
    static NameHit tailEcho(Sentence s, Sentence title, Lexicon lexicon) {
        Matcher tail = title.section().equals("title") ? TITLE_TAIL.matcher(title.text()) : null;
        if (tail == null || !tail.find()) {
            return null;
        }
        String phrase = tail.group(1);
        String last = phrase.substring(phrase.lastIndexOf(' ') + 1);
        if (last.endsWith("s") && !last.endsWith("ss") || EntityRecognizer.isKnown(phrase, lexicon)
                || GENERIC_TAIL.matcher(last).matches()) {
            return null;  // "... with Diffusion Models": a class; "... with Contrastive Pre-training": a paradigm
        }
        StringBuilder initials = new StringBuilder();
        for (String w : phrase.split("[\\s-]+")) {
            initials.append(w.charAt(0));
        }
        if (title.text().substring(0, tail.start()).contains(initials)) {
            return null;  // "FooCMA: ... via Cross-Modality Alignment": the phrase spells out the title's own name
        }
        String lower = s.text().toLowerCase(Locale.ROOT);
        int at = lower.indexOf(phrase.toLowerCase(Locale.ROOT));
        if (at < 0 || !ECHO_BEFORE.matcher(lower).region(Math.max(0, at - 40), at).find()) {
            return null;
        }
        Matcher after = TAIL_ECHO_AFTER.matcher(lower.substring(at + phrase.length()));
        if (!after.find() || after.group(1) != null && !PROCEDURES.contains(after.group(1))) {
            return null;  // "a sparse attention mechanism/module": a generic part more often than a named one
        }
        EntityType type = after.group(1) != null ? NameShapes.typeOfHead(after.group(1)) : ProposalRecognizer.headType(phrase);
        return new NameHit(phrase, null, s, at, at + phrase.length(), "proposes.title-echo", 0.7, type);
    }

    /**
     * "Caption Pruning Networks" as the title and "we train a caption pruning network (CPN)" in the abstract: the
     * paper is about the artifact its acronym names. The phrase must open the title (or its part after the
     * colon) and be all of it or be followed by an artifact noun ("Foo Bar Diffusion Paradigm for ..."); a
     * phrase further into the title is mostly the setting ("Grouping under Hidden Class Drift").
     *
     * @param proposed whether a name key is proposed already
     */
    static List<NameHit> longForms(List<Sentence> sentences, List<List<AcronymDetector.Acronym>> acronyms,
                                   Lexicon lexicon, Predicate<String> proposed) {
        List<NameHit> out = new ArrayList<>();
        if (sentences.isEmpty() || !sentences.get(0).section().equals("title")) {
            return out;
        }
        Sentence title = sentences.get(0);
        String[] words = null;
        String titleKey = Names.key(title.text());  // the cheap test first: most long forms are not in the title
        for (int si = 1; si < sentences.size(); si++) {
            for (AcronymDetector.Acronym a : acronyms.get(si)) {
                String lf = a.longForm();
                String key = Names.singular(Names.key(lf));
                if (!titleKey.contains(key)) {
                    continue;
                }
                int n = lf.split("\\s+").length;
                if (n < 2 || proposed.test(Names.key(a.shortForm())) || EntityRecognizer.isKnown(a.shortForm(), lexicon)
                        || ProposalRecognizer.generic(lf, lexicon) || EntityRecognizer.notATechnique(lf)
                        || EntityRecognizer.isParadigm(lf)) {
                    continue;
                }
                words = words != null ? words : title.text().split("\\s+");
                for (int w = 0; w + n <= words.length; w++) {
                    if (w > 0 && !words[w - 1].endsWith(":")) {
                        continue;
                    }
                    String span = String.join(" ", Arrays.copyOfRange(words, w, w + n));
                    boolean whole = w + n == words.length || words[w + n - 1].endsWith(":");
                    EntityType next = whole ? null : NameShapes.typeOfHead(words[w + n]);
                    if ((whole || next != null) && Names.singular(Names.key(span)).equals(key)) {
                        out.add(new NameHit(a.shortForm(), lf, sentences.get(si), a.shortStart(), a.shortEnd(),
                                "proposes.title-long-form", 0.75, next != null ? next : ProposalRecognizer.headType(lf)));
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** The type the title's description after the colon gives its name: "Foo: An Efficient Vision Model for ...". */
    static EntityType type(String afterPrefix, EntityType fallback) {
        Matcher m = TITLE_ARTICLE.matcher(afterPrefix);
        return m.find() ? ProposalRecognizer.typeNear("a " + afterPrefix.substring(m.end()), 0, fallback) : fallback;
    }

    /**
     * Whether {@code shortForm} abbreviates {@code longForm} (Schwartz and Hearst's test): its letters appear in
     * the long form in order, read from the end, and its first letter starts a word of it.
     */
    static boolean abbreviates(String shortForm, String longForm) {
        return AcronymDetector.spellingStart(shortForm, longForm.toLowerCase(Locale.ROOT)) >= -1;
    }
}
