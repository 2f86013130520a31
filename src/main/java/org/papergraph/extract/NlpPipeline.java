package org.papergraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Sentence splitting, tokenisation and part-of-speech tagging with Apache OpenNLP and the English UD
 * models of {@code opennlp-models-*-en} (read from the classpath, never downloaded).
 * <p>
 * Throughput: the maximum-entropy tagger costs ~3 ms per abstract, too slow for thousands of papers per
 * second, so it runs only on sentences that name a task or problem outright ("the task of X", "X is a
 * challenging problem", {@link #needsDeepTags}), whose noun phrases the task rules read. All other
 * sentences, titles included, are tagged by {@link CheapTagger}: measured on the dev set, the task
 * scores are no worse (0.466 vs 0.456 F1 with the model on titles and task sentences). Tokens come from a
 * rule that keeps ML names whole ({@code LLaMA-2-7B}), which the UD tokenizer model splits.
 * <p>
 * The models are loaded once per JVM and shared; the {@code *ME} front ends keep per-call state, so each
 * thread gets its own through a {@link ThreadLocal}. Thread-safe.
 */
public final class NlpPipeline {
    // the model jars put the .bin at their root; names as in each jar's model.properties
    static final String SENT_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static final class Models {
        static final SentenceModel SENT = load(SENT_MODEL, SentenceModel::new);
        static final POSModel POS = load(POS_MODEL, POSModel::new);
    }

    private static final NlpPipeline SHARED = new NlpPipeline();

    private final ThreadLocal<SentenceDetectorME> sentences =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(Models.SENT));
    // the model predicts universal (UD) tags; OpenNLP maps them to Penn Treebank tags (coarse: NN, JJ, VB,
    // NNP, IN, DT, ...), which is what the rules test
    private final ThreadLocal<POSTaggerME> tagger =
            ThreadLocal.withInitial(() -> new POSTaggerME(Models.POS, POSTagFormat.PENN));

    private NlpPipeline() {
    }

    /** The pipeline over the bundled models (loaded on first use). */
    public static NlpPipeline shared() {
        return SHARED;
    }

    /** Splits normalised text into sentences of one section, each tokenised and tagged. */
    public List<Sentence> process(String section, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Sentence> out = new ArrayList<>();
        Span[] spans = section.equals("title") ? new Span[] {new Span(0, text.length())}
                : joinAbbreviations(text, sentences.get().sentPosDetect(text));
        for (Span span : spans) {
            String s = text.substring(span.getStart(), span.getEnd()).strip();
            if (!s.isEmpty()) {
                int index = out.size();
                boolean deep = needsDeepTags(s);
                out.add(deep ? sentence(section, index, s) : quickSentence(section, index, s));
            }
        }
        return out;
    }

    // abbreviations of scientific prose the English model was not trained on; a sentence never ends with them
    private static final Set<String> ABBREVIATIONS = Set.of("vs", "e.g", "i.e", "cf", "etc", "Fig", "Figs", "Eq",
            "Eqs", "Sec", "Tab", "al", "approx", "resp", "pts", "No", "Ref", "Refs", "w.r.t", "incl", "avg", "std");

    /**
     * Joins the detector's splits after "vs.", "e.g.", "Fig." and before a lower-case word: the model splits
     * "FooNet vs. BarNet" into two sentences, which cuts names from their cues and evidence in half.
     */
    static Span[] joinAbbreviations(String text, Span[] spans) {
        List<Span> out = new ArrayList<>();
        for (Span span : spans) {
            if (!out.isEmpty()) {
                Span last = out.get(out.size() - 1);
                String before = text.substring(last.getStart(), last.getEnd()).stripTrailing();
                String after = text.substring(span.getStart(), span.getEnd()).stripLeading();
                if (endsWithAbbreviation(before) || continues(after) || midWord(before)) {
                    out.set(out.size() - 1, new Span(last.getStart(), span.getEnd()));
                    continue;
                }
            }
            out.add(span);
        }
        return out.toArray(new Span[0]);
    }

    /**
     * The detector cut where no sentence can end: "... and Qwen2.5 | 72B." splits after the decimal point's digits,
     * so the part before ends in a letter or digit with no stop at all.
     */
    private static boolean midWord(String sentence) {
        return !sentence.isEmpty() && Character.isLetterOrDigit(sentence.charAt(sentence.length() - 1));
    }

    /** "... as in Fig." or "(e.g.": the last word, after any opening bracket, is a known abbreviation. */
    private static boolean endsWithAbbreviation(String sentence) {
        if (!sentence.endsWith(".")) {
            return false;
        }
        int start = sentence.length() - 1;
        while (start > 0 && (Character.isLetter(sentence.charAt(start - 1)) || sentence.charAt(start - 1) == '.')) {
            start--;
        }
        return ABBREVIATIONS.contains(sentence.substring(start, sentence.length() - 1));
    }

    /** A split before a lower-case word or a bracket or comma is no sentence end. */
    private static boolean continues(String sentence) {
        if (sentence.isEmpty()) {
            return false;
        }
        char c = sentence.charAt(0);
        return Character.isLowerCase(c) || "(),;:".indexOf(c) >= 0;
    }

    /** Tokenises one sentence by rule and tags it with the maximum-entropy tagger. */
    public Sentence sentence(String section, int index, String text) {
        return tokenize(section, index, text, true);
    }

    // sentences that state what a paper addresses: the task recogniser reads their noun phrases
    private static final Pattern TASK_CUES = Pattern.compile(
            "\\b(?:[Tt]ask|[Pp]roblem) of\\b|\\b(?:is|remains) an? (?:\\w+ )?(?:task|problem|challenge)\\b");

    /** Whether a sentence gets the maximum-entropy tokenizer and tagger (see the class comment). */
    static boolean needsDeepTags(String sentence) {
        // cheap necessary conditions first: a match holds "ask of", "roblem of", "is a" or "remains a", and a task word
        return (sentence.contains("ask of") || sentence.contains("roblem of") || sentence.contains("is a")
                || sentence.contains("remains a")) && (sentence.contains("ask") || sentence.contains("roblem")
                || sentence.contains("hallenge")) && TASK_CUES.matcher(sentence).find();
    }

    /** Tokenises by rule and tags cheaply. */
    public Sentence quickSentence(String section, int index, String text) {
        return tokenize(section, index, text, false);
    }

    /**
     * Tokens come from {@link RuleTokenizer}, which keeps ML names whole ({@code LLaMA-2-7B}, {@code GPT-3.5},
     * which the UD tokenizer model splits) and is far faster than {@code TokenizerME}.
     */
    private Sentence tokenize(String section, int index, String text, boolean deep) {
        List<String> tokens = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        RuleTokenizer.tokenize(text, tokens, starts);
        String[] array = tokens.toArray(new String[0]);
        String[] tags = array.length == 0 ? array : deep ? tagger.get().tag(array) : CheapTagger.tag(array);
        return new Sentence(section, index, text, tokens, starts, Arrays.asList(tags));
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, ModelReader<T> reader) {
        try (InputStream in = NlpPipeline.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource
                        + " is not on the classpath (opennlp-models-*-en 1.3.0 jars)");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}
