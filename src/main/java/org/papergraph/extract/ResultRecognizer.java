package org.papergraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quantitative results in a sentence: a value as written ("83.3%", "+6.5", "2.3x", "40.4"), the metric
 * it is reported in, the dataset it is measured on and the system that achieves it.
 * <p>
 * A number is a result when its form says so (a percentage, a factor, a signed delta, points) or when a
 * metric names it ("a BLEU of 27.1", "40.4 mask AP"); sizes, counts, years, versions and enumerations are
 * not. Stateless and thread-safe.
 */
public final class ResultRecognizer {

    /** A number not glued to a preceding word, version or identifier ("ResNet-50", "v1.5", "@5"). */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.\\-/^_=@#$£€\\u2212])([+\\-\\u2212±]?)(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)");
    private static final Pattern URLS = Pattern.compile("(?i)(?:https?\\s?:\\s?//|www\\.)\\S+");
    private static final Pattern PERCENT = Pattern.compile("^\\s?(?:%|\\\\%|percent\\b)");
    private static final Pattern POINTS = Pattern.compile("^\\s?(?:(?:absolute\\s)?percentage\\spoints?|pp\\b"
            + "|(?:absolute\\s)?points?\\b)");
    private static final Pattern FACTOR = Pattern.compile("^\\s?(?:×|[xX](?![\\w\\d])|times\\b|-?fold\\b)");
    private static final Pattern DB = Pattern.compile("^\\s?dB\\b");
    /** A range whose first number shares the unit of the second: "12-38%", "2-2.5%", "8-10times", "10X~20X". */
    private static final Pattern RANGE = Pattern.compile(
            "^(?:[xX×])?\\s?(?:-|–|~|to)\\s?\\d+(?:\\.\\d+)?\\s?(?:%|×|[xX](?![\\w])|times\\b|-?fold\\b)");
    /** Glued metric after the number: "23.29mAP". */
    private static final Pattern GLUED_METRIC = Pattern.compile("^(?:mAP|AP|FID|BLEU|dB)\\b");
    /** What a size, count or dimension looks like right after its number. */
    private static final Pattern NOT_A_RESULT_AFTER = Pattern.compile("^(?:\\s?(?:[BMKkTG]\\b|billion|million"
            + "|thousand|trillion|[xX×]\\s?\\d|D\\b|st\\b|nd\\b|rd\\b|th\\b|-?(?:bit|dim|layer|shot|way|hop|stage"
            + "|step|class|head|d)\\b)|\\s(?:parameters|params|tokens|images|samples|examples|instances|pairs|layers"
            + "|GPUs?|TPUs?|hours|days|epochs|steps|languages|tasks|datasets|benchmarks|classes|categories|models"
            + "|participants|teams|subjects|speakers|videos|frames|sentences|documents|articles|questions|queries"
            + "|users|domains|sensors|variables|modalities|scenes|objects|experts|bits|nodes|edges|graphs|words"
            + "|characters|patients|seconds|minutes|ms|s|GB|MB|TB|k\\b|K\\b))");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    /** "training on 1% of the data", "with only 0.5% extra parameters": a budget, not an outcome. */
    private static final Pattern BUDGET_BEFORE = Pattern.compile("(?i)\\b(?:with|using|on|use|uses|updating|tuning"
            + "|induce|requiring|train(?:ing|ed)?\\son)\\s(?:only\\s|just\\s|merely\\s|less\\sthan\\s|up\\sto\\s"
            + "|about\\s|around\\s|approximately\\s|over\\s)*$");
    /** "from 16.4 to 17.8": the first number is the starting point, not a result. */
    private static final Pattern FROM_BEFORE = Pattern.compile("(?i)\\bfrom\\s$");
    private static final Pattern RANGING_FROM = Pattern.compile("(?i)\\b(?:rang(?:e|es|ing)|between)\\s(?:\\w+\\s)?from\\s$");
    private static final Pattern ENUMERATION = Pattern.compile("^\\s?[).\\]]");
    /** The gap between two values of one list: ", ", " and ", " vs. ", " / ", "|", "PEGASUS: ". */
    private static final Pattern LIST_GAP = Pattern.compile("^[\\s,;/|]*(?:and|vs\\.?|versus|or)?[\\s,;/|]*"
            + "(?:[A-Z][\\w\\-.]*\\s?:\\s?)?$");

    /** One recognised value in the sentence. */
    private record Value(int start, int end, String text, double number, String unit, String kind) {
    }

    /** {@code proposed} may be null. */
    public List<ResultFact> find(Sentence s, List<EntityFact> mentionsInSentence, Entity proposed) {
        String text = s.text();
        List<int[]> urls = spans(URLS, text);
        List<Value> values = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        Value previous = null;
        while (m.find()) {
            if (inside(urls, m.start())) {
                continue;
            }
            Value v = value(text, m, previous);
            if (v != null) {
                values.add(v);
                previous = v;
                if (v.end() > m.end()) {
                    m.region(v.end(), text.length());
                }
            }
        }
        List<EntityFact> datasets = mentionsInSentence == null ? List.of() : mentionsInSentence.stream()
                .filter(ResultRecognizer::isDataset).toList();
        List<ResultFact> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Value v = values.get(i);
            String before = text.substring(Math.max(0, v.start() - 60), v.start());
            String metric = ResultMetrics.metricFor(before, text.substring(v.end()));
            Entity dataset = ResultDatasets.datasetFor(text, v.start(), v.end(), valueStarts(values, i), datasets);
            Entity subject = subjectFor(v.start(), mentionsInSentence, proposed);
            String rule = "result." + v.kind() + (dataset != null ? "-on-dataset" : "");
            double conf = switch (v.kind()) {
                case "pct", "factor" -> 0.8;
                case "signed", "points" -> 0.75;
                case "metric-value" -> 0.7;
                default -> 0.6;
            } + (dataset != null ? 0.05 : 0.0);
            Evidence ev = new Evidence(s.section(), text, v.start(), v.end(), rule, Math.min(1.0, conf));
            out.add(new ResultFact(subject, metric, v.text(), v.number(), v.unit(), dataset, ev));
        }
        return out;
    }

    /** The value starting at the number {@code m} found, or null when it is not a result. */
    private static Value value(String text, Matcher m, Value previous) {
        int start = m.start();
        String sign = m.group(1);
        String num = m.group(2);
        String after = text.substring(m.end());
        String before = text.substring(0, start);
        if (ENUMERATION.matcher(after).lookingAt() && (before.endsWith("(") || before.isBlank()
                || before.endsWith(": ") || before.endsWith("; ") || before.endsWith(". "))) {
            return null;
        }
        int end = m.end();
        String unit = "";
        String kind;
        Matcher range = RANGE.matcher(after);
        if (range.lookingAt()) {
            end += range.end();
            String r = range.group();
            unit = r.contains("%") ? "%" : "x";
            kind = unit.equals("%") ? "pct" : "factor";
        } else if (PERCENT.matcher(after).lookingAt()) {
            Matcher u = PERCENT.matcher(after);
            u.lookingAt();
            end += u.end();
            unit = "%";
            kind = "pct";
        } else if (POINTS.matcher(after).lookingAt()) {
            Matcher u = POINTS.matcher(after);
            u.lookingAt();
            end += u.end();
            kind = "points";
        } else if (FACTOR.matcher(after).lookingAt()) {
            Matcher u = FACTOR.matcher(after);
            u.lookingAt();
            end += u.end();
            unit = "x";
            kind = "factor";
        } else if (DB.matcher(after).lookingAt() || GLUED_METRIC.matcher(after).lookingAt()) {
            Matcher u = DB.matcher(after);
            if (u.lookingAt()) {
                end += u.end();
            }
            kind = "metric-value";
        } else {
            if (NOT_A_RESULT_AFTER.matcher(after).lookingAt() || (after.length() > 0 && Character.isLetter(after.charAt(0)))) {
                return null;
            }
            if (sign.isEmpty() && YEAR.matcher(num).matches() && !num.contains(".")) {
                return null;
            }
            String window = before.substring(Math.max(0, before.length() - 45));
            if (!sign.isEmpty() && !sign.equals("±")) {
                kind = "signed";
            } else if (ResultMetrics.strictAtStart(after) || after.matches("^\\s(?:in|on)\\s(?:the\\s)?[A-Z][\\w-]*.*")
                    && ResultMetrics.strictAtStart(after.replaceFirst("^\\s(?:in|on)\\s(?:the\\s)?", ""))
                    || ResultMetrics.strictBefore(window)) {
                kind = "metric-value";
            } else if (previous != null && previous.end() <= start
                    && LIST_GAP.matcher(text.substring(previous.end(), start)).matches()
                    && !previous.kind().equals("pct") && !previous.kind().equals("factor")) {
                kind = "list";
            } else {
                return null;
            }
        }
        if (sign.equals("±")) {
            return null;  // the spread of the previous value
        }
        if (FROM_BEFORE.matcher(before).find() && !RANGING_FROM.matcher(before).find() && after.matches("(?s)^[^.;]{0,12}?\\bto\\b.*")) {
            return null;  // "from 16.4 to 17.8": the result is where it ends
        }
        if (kind.equals("pct") && BUDGET_BEFORE.matcher(before).find()) {
            return null;
        }
        String written = text.substring(start, end).strip();
        double number = Double.parseDouble(num.replace(",", "").replace("\u2212", "-"));
        if (sign.equals("-") || sign.equals("\u2212")) {
            number = -number;
        }
        return new Value(start, start + written.length(), written, number, unit, kind);
    }

    private static boolean isDataset(EntityFact f) {
        return f.relation() == Relation.DATASET || f.entity().type() == EntityType.DATASET
                || f.entity().type() == EntityType.BENCHMARK;
    }

    /** Who achieves the value: the last model, method or proposed artifact named before it, else the proposed one. */
    private static Entity subjectFor(int valueStart, List<EntityFact> mentions, Entity proposed) {
        Entity best = null;
        if (mentions != null) {
            for (EntityFact f : mentions) {
                boolean candidate = f.relation() == Relation.PROPOSES || f.relation() == Relation.MODEL
                        || f.relation() == Relation.METHOD;
                if (candidate && f.evidence().start() >= 0 && f.evidence().end() <= valueStart) {
                    best = f.entity();
                }
            }
        }
        return best != null ? best : proposed;
    }

    /** Start offsets of the values after value {@code i}. */
    private static List<Integer> valueStarts(List<Value> values, int i) {
        return values.subList(i + 1, values.size()).stream().map(Value::start).toList();
    }

    private static List<int[]> spans(Pattern p, String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static boolean inside(List<int[]> spans, int pos) {
        return spans.stream().anyMatch(sp -> pos >= sp[0] && pos < sp[1]);
    }
}
