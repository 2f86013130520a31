package org.papergraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A cheap necessary condition for a pattern to match: literal strings, read off the regex itself, that
 * every match contains ({@code \b(?:named|called) \((\w+)\)} needs "named" or "called", and " ("). Java's
 * matcher tries a cue pattern at every position of a sentence, so a sentence without any of the strings
 * is turned away with a few {@code String.contains} calls instead. The condition is computed from the
 * pattern, never written by hand, so it stays right when the pattern changes; a regex this reader does
 * not fully understand gets no condition (every text may match). Conditions are cached per pattern, so
 * use it for patterns held in constants, not ones compiled per call. Thread-safe.
 */
final class Prefilter {
    private static final Map<Pattern, Prefilter> CACHE = new ConcurrentHashMap<>();
    private static final Prefilter ANY = new Prefilter(List.of(), false);

    private final List<List<String>> needs;  // each list: one of its strings is in every match
    private final boolean ignoreCase;

    private Prefilter(List<List<String>> needs, boolean ignoreCase) {
        this.needs = needs;
        this.ignoreCase = ignoreCase;
    }

    /** False only when the pattern cannot match anywhere in the text. */
    static boolean mayMatch(Pattern pattern, String text) {
        return CACHE.computeIfAbsent(pattern, Prefilter::of).test(text);
    }

    /**
     * A matcher over the text, or null when the pattern cannot match there: most rules find nothing in most sentences,
     * and building a matcher they never use cost more than the test (about 5% of extraction).
     */
    static java.util.regex.Matcher matcher(Pattern pattern, String text) {
        return mayMatch(pattern, text) ? pattern.matcher(text) : null;
    }

    /** What every match of the pattern holds: one string of each list (lower case under (?i)); empty: no condition. */
    static List<List<String>> needs(Pattern pattern) {
        return of(pattern).needs;
    }

    private boolean test(String text) {
        if (needs.isEmpty()) {
            return true;
        }
        String t = ignoreCase ? lowerCased(text) : text;
        for (List<String> anyOf : needs) {
            if (!containsAny(t, anyOf)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text holds one of the literals; also the cheap first test of rules that run no pattern yet. */
    static boolean containsAny(String text, List<String> literals) {
        for (String l : literals) {
            if (text.contains(l)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The (?i) patterns of every recogniser are tried on the same few texts (a paper's sentences and abstract), one
     * recogniser after another: each text is lower-cased once. Texts by identity; emptied when it holds more than a
     * paper's worth (a cache of the last text alone missed most of the time, and lower-casing cost 2% of extraction).
     */
    private static final ThreadLocal<Map<String, String>> LOWER_CASED = ThreadLocal.withInitial(IdentityHashMap::new);
    private static final int LOWER_CASED_TEXTS = 64;

    private static String lowerCased(String text) {
        Map<String, String> cache = LOWER_CASED.get();
        String lower = cache.get(text);
        if (lower == null) {
            if (cache.size() >= LOWER_CASED_TEXTS) {
                cache.clear();
            }
            lower = asciiLowerCase(text);
            cache.put(text, lower);
        }
        return lower;
    }

    private static Prefilter of(Pattern pattern) {
        String regex = pattern.pattern();
        Reader r = new Reader(regex);
        boolean ignoreCase = r.eat("(?i)") || (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0;
        if ((pattern.flags() & ~Pattern.CASE_INSENSITIVE) != 0) {
            return ANY;
        }
        try {
            List<List<String>> needs = r.alternation();
            if (r.pos != regex.length() || needs.isEmpty()) {
                return ANY;
            }
            // (?i) folds ASCII letters only, so matching lower-cased ASCII on both sides is exact; the most
            // telling (longest) literals are tried first
            return new Prefilter(needs.stream().sorted(Comparator.comparingInt(Reader::shortest).reversed())
                    .map(l -> ignoreCase ? l.stream().map(Prefilter::asciiLowerCase).toList() : l).toList(), ignoreCase);
        } catch (Unsupported | RuntimeException e) {
            return ANY;
        }
    }

    private static String asciiLowerCase(String s) {
        char[] c = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                if (c == null) {
                    c = s.toCharArray();
                }
                c[i] = (char) (ch + ('a' - 'A'));
            }
        }
        return c == null ? s : new String(c);
    }

    /** Thrown for a construct this reader does not handle. */
    private static final class Unsupported extends Exception {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /**
     * A recursive-descent reader of Java regex syntax that keeps only what a match must contain: a sequence
     * needs what each of its parts needs (a run of plain characters, a group that cannot be skipped), an
     * alternation one literal of each branch's most telling need. An empty list stands for "nothing".
     */
    private static final class Reader {
        private final String s;
        private int pos;

        Reader(String s) {
            this.s = s;
        }

        boolean eat(String token) {
            if (s.startsWith(token, pos)) {
                pos += token.length();
                return true;
            }
            return false;
        }

        List<List<String>> alternation() throws Unsupported {
            List<List<List<String>>> branches = new ArrayList<>();
            do {
                branches.add(sequence());
            } while (eat("|"));
            if (branches.size() == 1) {
                return branches.get(0);
            }
            LinkedHashSet<String> union = new LinkedHashSet<>();
            for (List<List<String>> branch : branches) {
                List<String> best = null;
                for (List<String> anyOf : branch) {
                    if (best == null || shortest(anyOf) > shortest(best)) {
                        best = anyOf;
                    }
                }
                if (best == null) {
                    return List.of();  // a branch that needs nothing
                }
                union.addAll(best);
            }
            return List.of(List.copyOf(union));
        }

        private List<List<String>> sequence() throws Unsupported {
            List<List<String>> candidates = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            while (pos < s.length() && s.charAt(pos) != '|' && s.charAt(pos) != ')') {
                Atom atom = atom();
                Repeat repeat = quantifier();
                if (atom.literal != null && repeat == Repeat.ONCE) {
                    run.append(atom.literal);  // consecutive plain characters: one longer literal
                    continue;
                }
                flush(run, candidates);
                if (repeat != Repeat.OPTIONAL) {
                    candidates.addAll(atom.needs);
                }
            }
            flush(run, candidates);
            return candidates;
        }

        private static void flush(StringBuilder run, List<List<String>> candidates) {
            if (run.length() > 0) {
                candidates.add(List.of(run.toString()));
                run.setLength(0);
            }
        }

        private static int shortest(List<String> literals) {
            return literals.stream().mapToInt(String::length).min().orElse(0);
        }

        private enum Repeat { ONCE, OPTIONAL, AT_LEAST_ONCE }

        /** Reads the quantifier after an atom, if any. */
        private Repeat quantifier() throws Unsupported {
            Repeat repeat;
            if (eat("?") || eat("*")) {
                repeat = Repeat.OPTIONAL;
            } else if (eat("+")) {
                repeat = Repeat.AT_LEAST_ONCE;
            } else if (eat("{")) {
                int close = s.indexOf('}', pos);
                if (close < 0) {
                    throw new Unsupported();
                }
                String first = s.substring(pos, close).split(",", -1)[0].strip();
                if (first.isEmpty() || !first.chars().allMatch(Character::isDigit)) {
                    throw new Unsupported();
                }
                repeat = Integer.parseInt(first) == 0 ? Repeat.OPTIONAL : Repeat.AT_LEAST_ONCE;
                pos = close + 1;
            } else {
                return Repeat.ONCE;
            }
            if (!eat("?")) {
                eat("+");  // lazy or possessive: the same text is needed
            }
            return repeat;
        }

        /** One atom: a literal character, or what a group/class/escape needs. */
        private record Atom(String literal, List<List<String>> needs) {
            static Atom literal(char c) {
                return new Atom(String.valueOf(c), List.of(List.of(String.valueOf(c))));
            }

            static Atom needs(List<List<String>> needs) {
                return new Atom(null, needs);
            }

            static Atom nothing() {
                return new Atom(null, List.of());
            }
        }

        private Atom atom() throws Unsupported {
            char c = s.charAt(pos++);
            switch (c) {
                case '(' -> {
                    boolean lookaround = eat("?=") || eat("?!") || eat("?<=") || eat("?<!");
                    if (!lookaround && !eat("?:") && !eat("?>") && s.startsWith("?", pos)) {
                        if (!s.startsWith("?<", pos)) {
                            throw new Unsupported();  // inline flags
                        }
                        pos = s.indexOf('>', pos) + 1;  // a named group
                        if (pos == 0) {
                            throw new Unsupported();
                        }
                    }
                    List<List<String>> inner = alternation();
                    if (!eat(")")) {
                        throw new Unsupported();
                    }
                    return lookaround ? Atom.nothing() : Atom.needs(inner);
                }
                case '[' -> {
                    skipClass();
                    return Atom.nothing();
                }
                case '\\' -> {
                    return escape();
                }
                case '.', '^', '$' -> {
                    return Atom.nothing();
                }
                case '*', '+', '?', '{', ')', '|' -> throw new Unsupported();
                default -> {
                    return Character.isSurrogate(c) ? Atom.nothing() : Atom.literal(c);
                }
            }
        }

        private Atom escape() throws Unsupported {
            char e = s.charAt(pos++);
            switch (e) {
                case 't' -> {
                    return Atom.literal('\t');
                }
                case 'n' -> {
                    return Atom.literal('\n');
                }
                case 'r' -> {
                    return Atom.literal('\r');
                }
                case 'f' -> {
                    return Atom.literal('\f');
                }
                case 'Q', 'c', 'u', 'x', '0' -> throw new Unsupported();  // quoting, control, hex and octal
                case 'p', 'P', 'N', 'k' -> {
                    if (s.startsWith("{", pos) || s.startsWith("<", pos)) {
                        int close = s.indexOf(s.charAt(pos) == '{' ? '}' : '>', pos);
                        if (close < 0) {
                            throw new Unsupported();
                        }
                        pos = close + 1;
                    } else if (e == 'p' || e == 'P') {
                        pos++;  // \pL
                    } else {
                        throw new Unsupported();
                    }
                    return Atom.nothing();
                }
                default -> {
                    if (Character.isDigit(e)) {
                        throw new Unsupported();  // back reference
                    }
                    // \s \d \w \b \B \G \A \z \Z \R \h \v \X and their negations: no literal
                    return Character.isLetter(e) ? Atom.nothing() : Atom.literal(e);
                }
            }
        }

        /** Steps over a character class after its '[' (nested classes and escapes included). */
        private void skipClass() throws Unsupported {
            eat("^");
            if (s.startsWith("]", pos)) {
                throw new Unsupported();
            }
            while (s.charAt(pos) != ']') {
                char d = s.charAt(pos++);
                if (d == '\\') {
                    char e = s.charAt(pos++);
                    if (e == 'Q') {
                        throw new Unsupported();
                    }
                    if ("pPxNu".indexOf(e) >= 0 && s.startsWith("{", pos)) {
                        pos = s.indexOf('}', pos) + 1;
                        if (pos == 0) {
                            throw new Unsupported();
                        }
                    }
                } else if (d == '[') {
                    skipClass();
                }
            }
            pos++;
        }
    }
}
