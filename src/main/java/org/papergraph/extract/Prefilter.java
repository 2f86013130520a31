package org.papergraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A cheap necessary condition for a pattern to match: the literal strings, read off the regex itself, one
 * of which every match contains ({@code \b(?:named|called) (\w+)} needs "named" or "called"). Java's
 * matcher tries a cue pattern at every position of a sentence, so a sentence without any of the strings
 * is turned away with a few {@code String.contains} calls instead. The condition is computed from the
 * pattern, never written by hand, so it stays right when the pattern changes; a regex this reader does
 * not fully understand gets no condition (every text may match). Thread-safe.
 */
final class Prefilter {
    private static final Map<Pattern, Prefilter> CACHE = new ConcurrentHashMap<>();
    private static final Prefilter ANY = new Prefilter(null, false);

    private final List<String> literals;  // null: no condition
    private final boolean ignoreCase;

    private Prefilter(List<String> literals, boolean ignoreCase) {
        this.literals = literals;
        this.ignoreCase = ignoreCase;
    }

    /** False only when the pattern cannot match anywhere in the text. */
    static boolean mayMatch(Pattern pattern, String text) {
        return CACHE.computeIfAbsent(pattern, Prefilter::of).test(text);
    }

    /** The literals one of which every match of the pattern holds (lower case under (?i)), or null. */
    static List<String> literals(Pattern pattern) {
        return of(pattern).literals;
    }

    private boolean test(String text) {
        if (literals == null) {
            return true;
        }
        String t = ignoreCase ? asciiLowerCase(text) : text;
        for (String l : literals) {
            if (t.contains(l)) {
                return true;
            }
        }
        return false;
    }

    private static Prefilter of(Pattern pattern) {
        String regex = pattern.pattern();
        Reader r = new Reader(regex);
        boolean ignoreCase = r.eat("(?i)") || (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0;
        if ((pattern.flags() & ~Pattern.CASE_INSENSITIVE) != 0) {
            return ANY;
        }
        try {
            List<String> literals = r.alternatives();
            if (r.pos != regex.length() || literals == null) {
                return ANY;
            }
            // (?i) folds ASCII letters only, so matching lower-cased ASCII on both sides is exact
            return new Prefilter(ignoreCase ? literals.stream().map(Prefilter::asciiLowerCase).toList() : literals,
                    ignoreCase);
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
     * A recursive-descent reader of Java regex syntax that keeps only what a match must contain: an
     * alternation needs one of its branches' literals, a sequence the best of its parts' (a run of plain
     * characters, or a group that cannot be skipped). Null stands for "no literal is needed".
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

        List<String> alternatives() throws Unsupported {
            LinkedHashSet<String> union = new LinkedHashSet<>();
            boolean none = false;
            do {
                List<String> branch = sequence();
                if (branch == null) {
                    none = true;
                } else {
                    union.addAll(branch);
                }
            } while (eat("|"));
            return none ? null : List.copyOf(union);
        }

        private List<String> sequence() throws Unsupported {
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
                if (repeat != Repeat.OPTIONAL && atom.needs != null) {
                    candidates.add(atom.needs);
                }
            }
            flush(run, candidates);
            List<String> best = null;
            for (List<String> c : candidates) {
                if (best == null || shortest(c) > shortest(best)) {
                    best = c;
                }
            }
            return best;
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

        /** One atom: a literal character, or what a group/class/escape needs (null: nothing). */
        private record Atom(String literal, List<String> needs) {
            static Atom literal(char c) {
                return new Atom(String.valueOf(c), List.of(String.valueOf(c)));
            }

            static Atom needs(List<String> needs) {
                return new Atom(null, needs);
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
                    List<String> inner = alternatives();
                    if (!eat(")")) {
                        throw new Unsupported();
                    }
                    return Atom.needs(lookaround ? null : inner);
                }
                case '[' -> {
                    skipClass();
                    return Atom.needs(null);
                }
                case '\\' -> {
                    return escape();
                }
                case '.', '^', '$' -> {
                    return Atom.needs(null);
                }
                case '*', '+', '?', '{', ')', '|' -> throw new Unsupported();
                default -> {
                    return Character.isSurrogate(c) ? Atom.needs(null) : Atom.literal(c);
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
                    return Atom.needs(null);
                }
                default -> {
                    if (Character.isDigit(e)) {
                        throw new Unsupported();  // back reference
                    }
                    // \s \d \w \b \B \G \A \z \Z \R \h \v \X and their negations: no literal
                    return Character.isLetter(e) ? Atom.needs(null) : Atom.literal(e);
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
