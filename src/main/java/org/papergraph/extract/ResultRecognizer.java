package org.papergraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quantitative results in a sentence: a value as written ("83.3%", "+6.5", "2.3x", "40.4"), the metric
 * it is reported in, the dataset it is measured on and the system that achieves it.
 * <p>
 * A number is a result when its form says so (a percentage, a factor, a signed delta, points, a latency) or
 * when a metric names it ("a BLEU of 27.1", "40.4 mask AP", "FVD 83 vs. 176"); sizes, counts, years,
 * versions, enumerations and budgets ("with only 1% of the data") are not. Stateless and thread-safe.
 */
public final class ResultRecognizer {

    /**
     * A number not glued to a preceding word, version or identifier ("ResNet-50", "v1.5", "@5"); a glued
     * "sim" is what is left of LaTeX {@code \sim} ("sim3x"). The leading lookahead only says what a match starts
     * with (a sign, a digit or "."): the scan tries that cheap test at every offset before the costly lookbehinds
     * (the same matches, 2.8x faster).
     */
    private static final Pattern NUMBER = Pattern.compile(
            "(?=[+\\-\\u2212±\\d.])(?:(?<![\\w.\\-/^_=@#$£€\\u2212])|(?<=(?<![A-Za-z])sim))([+\\-\\u2212±]?)"
                    + "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:\\s\\d{3})+(?=\\s?(?:times|×|[xX]\\b|%))"
                    + "|\\d+(?:\\.\\d+)?|\\.\\d+)");
    private static final Pattern URLS = Pattern.compile("(?i)(?:https?\\s?:\\s?//|www\\.)\\S+");
    private static final Pattern PERCENT = Pattern.compile("^\\s?(?:%|\\\\%|percent\\b)");
    /** "3 points", "2 pp", and hyphenated before a change ("a 4-point gain"); not a scale ("a 5-point Likert scale"). */
    private static final Pattern POINTS = Pattern.compile("^\\s?(?:(?:absolute\\s)?percentage\\spoints?|pp\\b"
            + "|(?:absolute\\s)?points?\\b)|^-(?:percentage-)?points?(?=\\s(?:absolute\\s|average\\s)?(?:gains?"
            + "|improvements?|increases?|boosts?|drops?|decreases?|margins?|leads?|jumps?|reductions?|higher|better|lower"
            + "|advantages?)\\b)");
    private static final Pattern FACTOR = Pattern.compile("^\\s?(?:×|[xX](?![\\w\\d])|times\\b|-?fold\\b)(?!\\s?\\d)");
    private static final Pattern DB_OR_TIME = Pattern.compile("^(?:\\s?dB\\b|m?s\\b(?!-))");
    /** A range sharing the unit of its second number: "12-38%", "2-2.5%", "8-10times", "10X~20X", "3% to 20%". */
    private static final Pattern RANGE = Pattern.compile("^(?:(?:[xX×%])?\\s?(?:-|–|~|to)|[xX×]\\s)\\s?\\d+(?:\\.\\d+)?"
            + "\\s?(?:%|×|[xX](?![\\w])|times\\b|-?fold\\b)");
    /** Glued metric after the number: "23.29mAP". */
    private static final Pattern GLUED_METRIC = Pattern.compile("^(?:mAP|AP|FID|BLEU)\\b");
    /** What a size, count or dimension looks like right after its number. */
    private static final Pattern NOT_A_RESULT_AFTER = Pattern.compile("^(?:\\s?(?:[BMKkTG]\\b|billion|million"
            + "|thousand|trillion|[xX×]\\s?\\d|D\\b|st\\b|nd\\b|rd\\b|th\\b|-?(?:bit|dim|layer|shot|way|hop|stage"
            + "|step|class|head|d)\\b)|\\s(?:parameters|params|tokens|images|samples|examples|instances|pairs|layers"
            + "|GPUs?|TPUs?|hours|days|epochs|steps|languages|tasks|datasets|benchmarks|classes|categories|models"
            + "|participants|teams|subjects|speakers|videos|frames|sentences|documents|articles|questions|queries"
            + "|users|domains|sensors|variables|modalities|scenes|objects|experts|bits|nodes|edges|graphs|words"
            + "|characters|patients|seconds|minutes|orders|ms|s|GB|MB|TB|k\\b|K\\b))");
    private static final Pattern DIMENSION_BEFORE = Pattern.compile("\\d\\s?[xX×]\\s?$");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    /** "training on 1% of the data", "with only 0.5% extra parameters": a budget, not an outcome. */
    private static final Pattern BUDGET_BEFORE = Pattern.compile("(?i)\\b(?:with|using|on|use|uses|updating|tuning"
            + "|requiring|train(?:ing|ed)?\\son)\\s(?:only\\s|just\\s|merely\\s|less\\sthan\\s|up\\sto\\s"
            + "|about\\s|around\\s|approximately\\s|over\\s)*$");
    private static final Pattern BUDGET_AFTER = Pattern.compile("(?i)^(?:\\s?%)?\\s(?:of\\s)?(?:the\\s)?(?:\\S+\\s){0,3}?"
            + "(?:data|parameters|params|samples|examples|labels|tokens|budget|compute|computation|images"
            + "|annotations)\\b");
    /** "of the training set", "of the labeled data": a fraction of the data a model learns from. */
    private static final Pattern SHARE_OF_TRAINING = Pattern.compile("(?i)^\\s?%\\s(?:of\\s)(?:the\\s)?(?:training|labell?ed"
            + "|unlabell?ed|annotated)\\s(?:sets?|data|split|examples|samples|images)\\b");
    /** A rate the method is run with, not one it reaches: "a 40% masking ratio", "a 10% dropout rate". */
    private static final Pattern SETTING_RATE = Pattern.compile("(?i)^\\s?%\\s(?:mask(?:ing)?|drop(?:out)?|sampling|mixing"
            + "|noise|corruption|learning|replacement)\\s(?:ratio|rate|probability)\\b");
    private static final Pattern SHARE_OF_WHICH = Pattern.compile("(?i)^\\s?%?\\s(?:of\\s(?:which|whom|them|these))\\b");
    private static final Pattern FROM_BEFORE = Pattern.compile("(?i)\\bfrom\\s$");
    private static final Pattern RANGING_FROM = Pattern.compile("(?i)\\b(?:rang(?:e|es|ing)|between)\\s(?:\\w+\\s)?from\\s$");
    private static final Pattern CHAINED_FROM = Pattern.compile("(?i)\\bfrom\\s[\\d.]+\\s?%?\\sto\\s[\\d.]+\\s?%?,?\\s(?:and\\s)?$");
    /** "from 16.4 to 17.8": where the change ends is the result. */
    private static final Pattern FROM_TO_BEFORE = Pattern.compile("(?i)\\bfrom\\s[\\d.]+%?\\sto\\s$");
    /** "improves ... by 4.59", "surpasses ... by 7": a bare delta after a change verb. */
    private static final Pattern BY_AFTER_CHANGE = Pattern.compile("(?i)\\b(?:improv|increas|decreas|reduc|outperform"
            + "|surpass|boost|exceed|beat|lower|rais)\\w*\\b[^.;]{0,80}\\bby\\s(?:more\\sthan\\s|over\\s|about\\s"
            + "|around\\s|up\\sto\\s|at\\sleast\\s|nearly\\s|approximately\\s)?$");
    private static final Pattern CHANGE_IN_METRIC = Pattern.compile("^\\s(?:absolute\\s|relative\\s)?(?:improvements?"
            + "|increases?|decreases?|gains?|reductions?|drops?)\\s(?:in|of|on)\\s");
    private static final Pattern TO_AHEAD = Pattern.compile("^[^.;]{0,12}?\\bto\\b");
    private static final Pattern LIST_HEAD = Pattern.compile("(?:,\\s(?:and\\s)?|\\sand\\s|\\svs\\.?\\s|\\s?/\\s?)\\d");
    private static final Pattern THIN_SPACE = Pattern.compile("(?<=\\d) (?=\\d{3}(?!\\d))");
    private static final Pattern IN_ON = Pattern.compile("^\\s(?:in|on)\\s(?:the\\s)?");
    /** Between two values that each name their dataset: " on CIFAR-10 and ", " on X, ". */
    private static final Pattern PAIRED_GAP = Pattern.compile("^\\s(?:in|on)\\s[^,;.()]{1,40}?(?:,\\s(?:and\\s)?|\\sand\\s)$");
    private static final Pattern ENUMERATION = Pattern.compile("^\\s?[).\\]]");
    /** What may separate two values of one list: ", ", " and ", " vs. ", "|", " / ", "PEGASUS: ". */
    /** A list gap that names the previous value's metric (one or two words): ", " / " and " after it. */
    private static final Pattern LABELLED_GAP = Pattern.compile(
            "^\\s[A-Za-z][\\w\\-.@]*(?:\\s[A-Za-z][\\w\\-.@]*)?(?:,\\s(?:and\\s)?|\\sand\\s)$");
    private static final Pattern LIST_GAP = Pattern.compile("^[\\s,;/|]*(?:and|vs\\.?|versus|or|&)?[\\s,;/|]*"
            + "(?:[A-Z][\\w\\-.]*\\s?:\\s?)?$");

    /** One recognised value in the sentence. */
    private record Value(int start, int end, String text, double number, String unit, String kind) {
    }

    /** {@code proposed} may be null. */
    public List<ResultFact> find(Sentence s, List<EntityFact> mentionsInSentence, Entity proposed) {
        String text = s.text();
        if (text.chars().noneMatch(Character::isDigit) || text.stripTrailing().endsWith("?")) {
            return List.of();  // a question ("what if the data grew 10x?") states no result
        }
        List<Value> values = values(text);
        List<EntityFact> mentions = mentionsInSentence == null ? List.of() : mentionsInSentence;
        List<ResultFact> out = new ArrayList<>();
        List<ResultDatasets.Named> names = values.isEmpty() ? List.of() : ResultDatasets.candidates(text, mentions);
        int listStart = 0;
        for (int i = 0; i < values.size(); i++) {
            if (i > 0 && !chained(text, values.get(i - 1), values.get(i))) {
                listStart = i;
            }
            int listEnd = i;
            while (listEnd + 1 < values.size() && chained(text, values.get(listEnd), values.get(listEnd + 1))) {
                listEnd++;
            }
            Value v = values.get(i);
            String before = text.substring(Math.max(0, v.start() - 60), v.start());
            String metric = ResultMetrics.metricFor(before, text.substring(v.end(), Math.min(text.length(), v.end() + 80)));
            List<Entity> onDatasets = ResultDatasets.datasetsFor(text, names, v.start(), values.get(listStart).start(),
                    values.get(listEnd).end(), i - listStart, listEnd - listStart + 1);
            Entity subject = subjectFor(text, v.start(), mentions, proposed);
            double conf = switch (v.kind()) {
                case "pct", "factor" -> 0.8;
                case "signed", "points" -> 0.75;
                case "metric-value" -> 0.7;
                default -> 0.6;
            };
            for (Entity dataset : onDatasets.isEmpty() ? java.util.Collections.<Entity>singletonList(null) : onDatasets) {
                String rule = "result." + v.kind() + (dataset != null ? "-on-dataset" : "");
                Evidence ev = new Evidence(s.section(), text, v.start(), v.end(), rule,
                        Math.min(1.0, conf + (dataset != null ? 0.05 : 0.0)));
                out.add(new ResultFact(subject, metric, v.text(), v.number(), v.unit(), dataset, ev));
            }
        }
        return out;
    }

    /** The result values of a sentence in order. */
    private static List<Value> values(String text) {
        List<int[]> urls = new ArrayList<>();
        Matcher u = Prefilter.matcher(URLS, text);
        while (u != null && u.find()) {
            urls.add(new int[] {u.start(), u.end()});
        }
        List<Value> values = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        m.useTransparentBounds(true);
        Value previous = null;
        Value pending = null;
        while (m.find()) {
            int at = m.start();
            if (urls.stream().anyMatch(sp -> at >= sp[0] && at < sp[1])) {
                continue;
            }
            Value v = value(text, m, previous);
            if (v == null) {
                pending = listHead(text, m);
                continue;
            }
            if (pending != null && (v.kind().equals("metric-value") || v.kind().equals("points"))
                    && chained(text, pending, v)) {
                values.add(pending);  // "6.54 and 1.07 decrease in FID": the metric comes after the list
            }
            pending = null;
            values.add(v);
            previous = v;
            if (v.end() > m.end()) {
                m.region(v.end(), text.length());
            }
        }
        return values;
    }

    /** A plain number that opens a list ("6.54 and 1.07 ..."), kept in case the list turns out to be results. */
    private static Value listHead(String text, Matcher m) {
        if (!m.group(1).isEmpty() || YEAR.matcher(m.group(2)).matches()
                || !LIST_HEAD.matcher(text).region(m.end(), text.length()).lookingAt()) {
            return null;
        }
        return new Value(m.start(), m.end(), m.group(2), Double.parseDouble(m.group(2).replace(",", "")), "", "list");
    }

    /** Two values of one list: only a list separator (and maybe a "Name:" label) between them. */
    private static boolean chained(String text, Value a, Value b) {
        if (a.end() > b.start()) {
            return false;
        }
        String gap = text.substring(a.end(), b.start());
        // "+1.2% top-1, +0.4 mIoU and +2.5 AP on X, Y and Z respectively": values each with its metric, one list
        return LIST_GAP.matcher(gap).matches()
                || LABELLED_GAP.matcher(gap).matches() && text.indexOf("respectively", b.end()) >= 0;
    }

    /** The value starting at the number {@code m} found, or null when it is not a result. */
    private static Value value(String text, Matcher m, Value previous) {
        int start = m.start();
        String sign = m.group(1);
        String num = m.group(2);
        // bounded windows: every rule looks at most this far around the number
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 100));
        String before = text.substring(Math.max(0, start - 160), start);
        if (sign.equals("±") || DIMENSION_BEFORE.matcher(before).find()) {
            return null;  // the spread of the previous value; the second side of "224 x 224"
        }
        if (ENUMERATION.matcher(after).lookingAt() && (before.endsWith("(") || before.isBlank()
                || before.endsWith(": ") || before.endsWith("; ") || before.endsWith(". "))) {
            return null;
        }
        int end = m.end();
        String unit = "";
        String kind;
        Matcher unitMatch;
        if ((unitMatch = RANGE.matcher(after)).lookingAt()) {
            if (unitMatch.group().contains("to") && changeStartsAt(before)) {
                return null;  // "improves from 84.6% to 91.5%": the second number is the result
            }
            unit = unitMatch.group().contains("%") ? "%" : "x";
            kind = unit.equals("%") ? "pct" : "factor";
        } else if ((unitMatch = PERCENT.matcher(after)).lookingAt()) {
            unit = "%";
            kind = "pct";
        } else if ((unitMatch = POINTS.matcher(after)).lookingAt()) {
            kind = "points";
        } else if ((unitMatch = FACTOR.matcher(after)).lookingAt()) {
            unit = "x";
            kind = "factor";
        } else if ((unitMatch = DB_OR_TIME.matcher(after)).lookingAt()
                || (unitMatch = GLUED_METRIC.matcher(after)).lookingAt() && unitMatch.group().equals("dB")) {
            kind = "metric-value";
        } else {
            unitMatch = null;
            kind = bareKind(text, start, sign, num, before, after, previous);
            if (kind == null) {
                return null;
            }
        }
        if (unitMatch != null) {
            end += unitMatch.end();
        }
        if (changeStartsAt(before) && TO_AHEAD.matcher(after).lookingAt()) {
            return null;  // "from 16.4 to 17.8": the result is where it ends
        }
        if (kind.equals("pct") && BUDGET_BEFORE.matcher(before).find() && BUDGET_AFTER.matcher(after).lookingAt()
                || SHARE_OF_WHICH.matcher(after).lookingAt()) {
            return null;  // a budget; "12,500 problems, 35% of which ...": a share of a collection
        }
        if (kind.equals("pct") && (SHARE_OF_TRAINING.matcher(after).lookingAt()
                || SETTING_RATE.matcher(after).lookingAt() && (before.endsWith("a ") || before.endsWith("an ")))) {
            return null;  // "10% to 50% of the training set": how much data; "a 40% masking ratio": a setting
        }
        // "5 700times": a thin-space thousands separator is typography, not two numbers
        String written = THIN_SPACE.matcher(text.substring(start, end).strip()).replaceAll("");
        double number = Double.parseDouble(num.replace(",", "").replace(" ", "").replace("\u2212", "-"));
        if (sign.equals("-") || sign.equals("\u2212")) {
            number = -number;
        }
        return new Value(start, end, written, number, unit, kind);
    }

    /**
     * The number after {@code before} is where a change starts: "from 84.6% to ...", also the second change of a
     * chain "from 61.4% to 66% and 58.3% to ...".
     */
    private static boolean changeStartsAt(String before) {
        return FROM_BEFORE.matcher(before).find() && !RANGING_FROM.matcher(before).find()
                || CHAINED_FROM.matcher(before).find();
    }

    /** Why a number without a unit is a result ("signed", "metric-value", "list"), or null when it is not. */
    private static String bareKind(String text, int start, String sign, String num, String before, String after,
                                   Value previous) {
        if (ResultMetrics.strictAtStart(after) || GLUED_METRIC.matcher(after).lookingAt()
                || CHANGE_IN_METRIC.matcher(after).lookingAt()) {
            return "metric-value";  // "40.4 mask AP", "7 D-ECE", "23.29mAP", "1.07 decrease in FID"
        }
        if (NOT_A_RESULT_AFTER.matcher(after).lookingAt() || !after.isEmpty() && Character.isLetter(after.charAt(0))) {
            return null;
        }
        if (sign.isEmpty() && YEAR.matcher(num).matches()) {
            return null;
        }
        String window = before.substring(Math.max(0, before.length() - 45));
        if (!sign.isEmpty()) {
            return "signed";
        }
        String metricIn = IN_ON.matcher(after).replaceFirst("");
        if (metricIn.length() < after.length() && ResultMetrics.strictAtStart(metricIn)
                || ResultMetrics.strictBefore(window)) {
            return "metric-value";  // "0.43 in F1-score", "a mIoU of 0.46"
        }
        String far = before.substring(Math.max(0, before.length() - 120));
        Matcher fromTo = FROM_TO_BEFORE.matcher(far);
        if (fromTo.find() && ResultMetrics.mentionsStrict(far.substring(Math.max(0, fromTo.start() - 50), fromTo.start()))
                || BY_AFTER_CHANGE.matcher(far).find()) {
            return "metric-value";
        }
        if (previous != null && previous.end() <= start && !previous.kind().equals("pct")
                && !previous.kind().equals("factor")
                && LIST_GAP.matcher(text.substring(previous.end(), start)).matches()) {
            return "list";
        }
        if (previous != null && previous.end() <= start && previous.kind().equals("metric-value")
                && PAIRED_GAP.matcher(text.substring(previous.end(), start)).matches() && IN_ON.matcher(after).lookingAt()) {
            return "list";  // "an FID of 3.2 on CIFAR-10 and 5.8 on ImageNet": the same metric on the next dataset
        }
        return null;
    }

    /**
     * Who achieves the value: the last model, method or proposed artifact named before it, unless "our model"
     * comes after that name ("Compared to GPT-4 (67.0%), our model achieves 72.4%"); else the proposed one.
     */
    private static Entity subjectFor(String text, int valueStart, List<EntityFact> mentions, Entity proposed) {
        Entity best = null;
        int bestEnd = 0;
        for (EntityFact f : mentions) {
            boolean candidate = f.relation() == Relation.PROPOSES || f.relation() == Relation.MODEL
                    || f.relation() == Relation.METHOD;
            if (candidate && f.evidence().start() >= 0 && f.evidence().end() <= valueStart
                    && (!OPPONENT_BEFORE.matcher(text.substring(Math.max(0, f.evidence().start() - 30),
                    f.evidence().start())).find() || OWN_PARENTHESIS.matcher(text).region(f.evidence().end(), valueStart).matches())) {
                best = f.entity();
                bestEnd = f.evidence().end();
            }
        }
        if (best != null && proposed != null && OUR_SYSTEM.matcher(text).region(bestEnd, valueStart).find()) {
            return proposed;
        }
        return best != null ? best : proposed;
    }

    /** "win rate against X", "outperforms X by 5%": X is who is beaten, not who achieves the value. */
    private static final Pattern OPPONENT_BEFORE = Pattern.compile("(?i)\\b(?:against|over|than|vs\\.?|versus"
            + "|compared\\s(?:to|with)|outperform\\w*|surpass\\w*|beat\\w*|exceed\\w*)\\s(?:the\\s)?$");
    /** "compared to X (67.0%)": a value in the parenthesis right after a name is that name's. */
    private static final Pattern OWN_PARENTHESIS = Pattern.compile("\\s?\\([^()]{0,20}");
    private static final Pattern OUR_SYSTEM = Pattern.compile("(?i)\\b(?:our|the\\sproposed)\\s(?:[\\w-]+\\s)?"
            + "(?:model|method|approach|framework|system|network|agent|algorithm)s?\\b");
}
