package org.papergraph.extract;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An approximate Penn Treebank tagger from word shape, suffixes and closed-class word lists: about 50x
 * faster than the maximum-entropy tagger, used for the sentences no rule reads tags from, so the
 * extractor keeps its throughput (see {@link NlpPipeline}). Stateless.
 */
final class CheapTagger {
    private static final Map<String, String> CLOSED = Map.ofEntries(
            Map.entry("the", "DT"), Map.entry("a", "DT"), Map.entry("an", "DT"), Map.entry("this", "DT"),
            Map.entry("these", "DT"), Map.entry("that", "IN"), Map.entry("those", "DT"), Map.entry("each", "DT"),
            Map.entry("all", "DT"), Map.entry("both", "DT"), Map.entry("any", "DT"), Map.entry("some", "DT"),
            Map.entry("no", "DT"), Map.entry("of", "IN"), Map.entry("in", "IN"), Map.entry("on", "IN"),
            Map.entry("for", "IN"), Map.entry("with", "IN"), Map.entry("by", "IN"), Map.entry("from", "IN"),
            Map.entry("at", "IN"), Map.entry("as", "IN"), Map.entry("into", "IN"), Map.entry("via", "IN"),
            Map.entry("over", "IN"), Map.entry("under", "IN"), Map.entry("across", "IN"), Map.entry("between", "IN"),
            Map.entry("through", "IN"), Map.entry("without", "IN"), Map.entry("than", "IN"), Map.entry("while", "IN"),
            Map.entry("whereas", "IN"), Map.entry("because", "IN"), Map.entry("if", "IN"), Map.entry("to", "TO"),
            Map.entry("and", "CC"), Map.entry("or", "CC"), Map.entry("but", "CC"), Map.entry("nor", "CC"),
            Map.entry("we", "PRP"), Map.entry("it", "PRP"), Map.entry("they", "PRP"), Map.entry("our", "PRP$"),
            Map.entry("its", "PRP$"), Map.entry("their", "PRP$"), Map.entry("us", "PRP"), Map.entry("which", "WDT"),
            Map.entry("who", "WP"), Map.entry("how", "WRB"), Map.entry("when", "WRB"), Map.entry("where", "WRB"),
            Map.entry("can", "MD"), Map.entry("could", "MD"), Map.entry("will", "MD"), Map.entry("would", "MD"),
            Map.entry("may", "MD"), Map.entry("might", "MD"), Map.entry("should", "MD"), Map.entry("must", "MD"),
            Map.entry("is", "VBZ"), Map.entry("are", "VBP"), Map.entry("was", "VBD"), Map.entry("were", "VBD"),
            Map.entry("be", "VB"), Map.entry("been", "VBN"), Map.entry("being", "VBG"), Map.entry("has", "VBZ"),
            Map.entry("have", "VBP"), Map.entry("had", "VBD"), Map.entry("do", "VBP"), Map.entry("does", "VBZ"),
            Map.entry("not", "RB"), Map.entry("also", "RB"), Map.entry("more", "RBR"), Map.entry("most", "RBS"),
            Map.entry("such", "JJ"), Map.entry("other", "JJ"), Map.entry("new", "JJ"), Map.entry("novel", "JJ"));
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d[\\d.,]*%?");

    private CheapTagger() {
    }

    private static boolean hasInnerCapital(String tok) {
        for (int i = 1; i < tok.length(); i++) {
            if (Character.isUpperCase(tok.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static String[] tag(String[] tokens) {
        String[] tags = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            tags[i] = tag(tokens[i], i == 0);
        }
        return tags;
    }

    private static String tag(String tok, boolean first) {
        char c0 = tok.charAt(0);
        if (tok.length() == 1 && !Character.isLetterOrDigit(c0)) {
            return switch (c0) {
                case '.', '!', '?' -> ".";
                case ',' -> ",";
                case ':', ';' -> ":";
                case '(', '[', '{' -> "-LRB-";
                case ')', ']', '}' -> "-RRB-";
                default -> "SYM";
            };
        }
        if ((Character.isDigit(c0) || tok.length() > 1 && (c0 == '+' || c0 == '-') && Character.isDigit(tok.charAt(1)))
                && NUMBER.matcher(tok).matches()) {
            return "CD";
        }
        String lower = tok.toLowerCase(Locale.ROOT);
        String closed = CLOSED.get(lower);
        if (closed != null) {
            return closed;
        }
        if (!first && Character.isUpperCase(c0) || hasInnerCapital(tok)) {
            return "NNP";
        }
        if (lower.endsWith("ly")) {
            return "RB";
        }
        if (lower.endsWith("ing")) {
            return "VBG";
        }
        if (lower.endsWith("ed")) {
            return "VBN";
        }
        if (lower.endsWith("ous") || lower.endsWith("ive") || lower.endsWith("able") || lower.endsWith("ible")
                || lower.endsWith("al") || lower.endsWith("ic") || lower.endsWith("ful") || lower.endsWith("less")
                || lower.endsWith("ary") || lower.contains("-")) {
            return "JJ";
        }
        if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is")) {
            return "NNS";
        }
        return "NN";
    }
}
