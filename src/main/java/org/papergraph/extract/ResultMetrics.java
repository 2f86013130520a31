package org.papergraph.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric side of a result: which words name an evaluation metric, and which metric phrase a value in a
 * sentence is reported in ("83.3% top-1 accuracy", "a BLEU of 27.1", "2.3x speedup"). Stateless.
 */
final class ResultMetrics {
    private ResultMetrics() {
    }

    /** Metric names and result nouns, as they are written in abstracts (case-insensitive where safe). */
    static final String METRIC = "(?:"
            + "(?:top-?[15]\\s)?(?:(?:zero-shot|linear|average|mean|overall|test|validation|training|classification"
            + "|transfer|solving|balanced|exact)\\s)*accurac(?:y|ies)"
            + "|error(?:\\srate)?|(?:word|character)\\serror\\srate|[WC]ER"
            + "|F1(?:[-\\s]scores?)?|F_\\{?1\\}?(?:\\sscore)?|(?:macro|micro)[-\\s]F1|BLEU(?:-\\d)?|ROUGE(?:-[12L])?|METEOR|CIDEr|SPICE"
            + "|BERTScore|chrF\\+*|TER|COMET|perplexity|PPL"
            + "|(?:box\\s|mask\\s|novel\\s)?(?:mAP|AP)(?:_?\\{?[rbmls]\\}?|50|75)?|m?IoU|mIOU|mAcc|Dice(?:\\scoefficient)?|AUROC|AUPRC|AUC"
            + "|FID|sFID|FVD|KID|IS|PSNR|SSIM|LPIPS|CLIP\\sscore|GenEval|NDS|mAPH|MOTA|HOTA|IDF1|PQ|R?MSE|EPE|AbsRel"
            + "|MRR(?:@\\d+)?|[nN]DCG(?:@\\d+)?|(?:R|HR|P|Acc)@\\d+|Recall(?:@\\d+)?|recall|precision|Hits@\\d+|RP@\\d+|EM|exact\\smatch|ANLS|CCC"
            + "|Kappa(?:\\sscore)?|(?:(?:Pearson|Spearman|Kendall)(?:'s)?\\s)?(?:rank\\s)?correlation|Pearson|Spearman|D-ECE|ECE"
            + "|win[-\\s]rate|pass@\\d+|success\\srates?|completion\\srates?|Elo(?:\\srating|\\sscore)?"
            + "|(?:\\w+\\s)?scores?|points?|speed-?ups?|throughput|latency|FLOPs|memory|improvements?|gains?|reductions?)";

    private static final Pattern COUNTED_SCORES = Pattern.compile("(?i)(?:\\w+\\s)?scores");
    /** What may stand between a metric and its value: "accuracy of", "BLEU:", "(mIoU) of", "score is". */
    private static final Pattern INTRODUCER = Pattern.compile("\\)?\\s*(?:\\([^()]{1,12}\\)\\s*)?(?:of|:|=|is|was"
            + "|reaches|reached|achieves|achieved|value of|scores? of|(?:\\w+\\s)?(?:of|at))?\\s*(?:about|around"
            + "|approximately|only|just|up to|over|nearly|roughly|~|≈)?\\s*");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern METRIC_AT_START = Pattern.compile("^(?:" + METRIC + ")\\b");
    /** A metric term somewhere, for the look-behind window. */
    private static final Pattern METRIC_ANYWHERE = Pattern.compile("(?<![\\w-])(" + METRIC + ")(?![\\w])");
    /** Strict metrics only (no generic nouns): a bare number next to one of these is a result. */
    private static final Pattern STRICT = Pattern.compile("(?<![\\w-])(?:"
            + "(?:top-?[15]\\s)?(?:\\w+\\s)?accurac(?:y|ies)|error\\srate|[WC]ER|F1(?:[-\\s]scores?)?|F_\\{?1\\}?"
            + "|BLEU(?:-\\d)?|ROUGE(?:-[12L])?|METEOR|CIDEr|BERTScore|chrF|COMET|perplexity"
            + "|(?:box\\s|mask\\s|novel\\s)?(?:mAP|AP)(?:_?\\{?[rbmls]\\}?|50|75)?|m?IoU|mIOU|mAcc|intersection\\sover\\sunion|Dice|AUROC|AUPRC|AUC"
            + "|FID|sFID|FVD|KID|PSNR|SSIM|LPIPS|GenEval|NDS|mAPH|MOTA|HOTA|IDF1|PQ|R?MSE|EPE|AbsRel|MRR(?:@\\d+)?|[nN]DCG(?:@\\d+)?|(?:R|HR|P|Acc)@\\d+|Recall@\\d+|RP@\\d+|EM|exact\\smatch|ANLS|CCC"
            + "|Kappa|(?:(?:Pearson|Spearman|Kendall)(?:'s)?\\s)?(?:rank\\s)?correlation|pass@\\d+|success\\srate|Elo"
            + "|(?:\\w+\\s)?scores?|points?|D-ECE|ECE)(?![\\w])");
    /** Words that end the metric phrase after a value. */
    private static final Pattern PHRASE_END = Pattern.compile(
            "(?i)\\b(?:on|in|over|than|compared|for|with|without|while|when|at|by|from|to|vs|versus|and|or|which"
                    + "|using|across|under|of|as|relative|against|respectively|among)\\b|[,;:.()\\[\\]]");
    private static final Pattern IN_METRIC = Pattern.compile("in\\s(?:the\\s)?(" + STRICT.pattern() + ")");
    private static final Pattern CHANGE = Pattern.compile("(?i)^(?:absolute\\s|relative\\s|average\\s)*"
            + "(?:improvements?|gains?|reductions?|increases?|decreases?|speed-?ups?|savings?|boosts?"
            + "|faster|fewer|less|smaller|lower|higher|better|drops?|degradation|cut)\\b");

    /** True when a strict metric name is written right at the start of {@code s} (after blanks). */
    static boolean strictAtStart(String s) {
        Matcher m = STRICT.matcher(s.stripLeading());
        // "25 scores" counts things; a metric after a number is named ("77 BERTScore", "40 F1 points")
        return m.lookingAt() && !COUNTED_SCORES.matcher(m.group()).matches();
    }

    /** True when a strict metric name occurs anywhere in {@code s}. */
    static boolean mentionsStrict(String s) {
        return STRICT.matcher(s).find();
    }

    /** True when the window ends with a strict metric and an introducer: "accuracy of", "BLEU:", "FID =". */
    static boolean strictBefore(String window) {
        Matcher m = STRICT.matcher(window);
        int lastEnd = -1;
        while (m.find()) {
            lastEnd = m.end();
        }
        if (lastEnd < 0) {
            return false;
        }
        String rest = window.substring(lastEnd);
        return INTRODUCER.matcher(rest).matches();
    }

    /**
     * The metric phrase for a value: the words after its unit when they name a metric or a change
     * ("top-1 accuracy", "speedup", "improvement in BLEU"), else the last metric named before it.
     */
    static String metricFor(String before, String after) {
        String a = after.stripLeading();
        Matcher in = IN_METRIC.matcher(a);
        if (in.lookingAt()) {
            return in.group(1);  // "+1.2% in mAcc"
        }
        Matcher end = PHRASE_END.matcher(a);
        String phrase = end.find() ? a.substring(0, end.start()) : a;
        phrase = phrase.strip();
        String[] words = BLANKS.split(phrase);
        if (words.length > 6) {
            phrase = String.join(" ", java.util.Arrays.copyOf(words, 6));
        }
        if (!phrase.isEmpty() && (METRIC_AT_START.matcher(phrase).find() || CHANGE.matcher(phrase).find()
                || METRIC_ANYWHERE.matcher(phrase).find())) {
            return phrase;
        }
        Matcher change = CHANGE.matcher(a);
        if (change.find()) {
            return change.group().toLowerCase(Locale.ROOT);  // "relative improvement"
        }
        Matcher m = METRIC_ANYWHERE.matcher(before);
        String last = "";
        while (m.find()) {
            last = m.group(1);
        }
        return last.strip();
    }
}
