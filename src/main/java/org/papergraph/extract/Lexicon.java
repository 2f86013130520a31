package org.papergraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The curated list of well-known ML names (datasets, benchmarks, models, methods, tasks, metrics) with
 * their aliases, and a fast matcher that finds them in text whatever their hyphenation or spacing
 * ({@code ResNet50}, {@code ResNet-50}, {@code resnet 50}). Immutable and thread-safe.
 * <p>
 * File format (UTF-8 TSV, {@code #} starts a comment): {@code name, type, aliases (|-separated),
 * external id, family, flags}; only the first two columns are required. {@code family} names the entry a
 * version belongs to ({@code Llama 2 -> LLaMA}); flag {@code exact} means the name is also a common word
 * ({@code MATH}, {@code SAM}), so it matches only with the case written in the file.
 */
public final class Lexicon {
    static final String BUNDLED = "/papergraph/lexicon/lexicon.tsv";

    /** One lexicon entry. {@code forms} holds the name followed by its aliases. */
    public record Entry(String name, EntityType type, List<String> aliases, String externalId, String family,
                        String flag, Forms forms) {
        private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

        /** {@code forms} is derived from the other fields (whatever is passed is ignored). */
        public Entry {
            aliases = List.copyOf(aliases);
            flag = flag == null ? "" : flag;
            forms = Forms.of(name, aliases, flag);
        }

        public Entry(String name, EntityType type, List<String> aliases, String externalId, String family, String flag) {
            this(name, type, aliases, externalId, family, flag, null);
        }

        /** Flag {@code exact}: the name is also a common word, matched only with the case written. */
        public boolean exact() {
            return flag.equals("exact");
        }

        public String key() {
            return Names.key(name);
        }

        /** The entity this entry stands for; the family, when given, is resolved to its key. */
        public Entity entity() {
            return new Entity(key(), name, type, aliases, family == null ? null : Names.key(family), externalId);
        }

        boolean accepts(String surface) {
            if (surface.indexOf(' ') >= 0 && !spacedLikeAForm(surface)) {
                return false;  // "distil BERT" is not "DistilBERT": words only split where a form splits them
            }
            if (forms.caseKeys() != null) {
                return forms.caseKeys().contains(caseKey(surface));  // flag exact: the case as written in the file
            }
            // a lower-case mention of a name only ever written with capitals is a common word ("arc", "palm")
            return forms.lowerCaseForm() || hasUpperCase(surface);
        }

        /**
         * What {@link #accepts} needs of the forms, worked out once (it runs on every lexicon hit): the case keys of
         * an {@code exact} entry's forms (null otherwise), and whether any form is written without capitals.
         */
        public record Forms(java.util.Set<String> caseKeys, boolean lowerCaseForm) {
            static Forms of(String name, List<String> aliases, String flag) {
                java.util.Set<String> keys = null;
                if (flag.equals("exact")) {
                    keys = new java.util.HashSet<>();
                    keys.add(caseKey(name));
                    for (String a : aliases) {
                        keys.add(caseKey(a));
                    }
                }
                boolean lower = !hasUpperCase(name) || aliases.stream().anyMatch(a -> !hasUpperCase(a));
                return new Forms(keys == null ? null : java.util.Set.copyOf(keys), lower);
            }
        }

        private static boolean hasUpperCase(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (Character.isUpperCase(s.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        private boolean spacedLikeAForm(String surface) {
            if (sameRuns(name, surface)) {
                return true;
            }
            for (String a : aliases) {
                if (sameRuns(a, surface)) {
                    return true;
                }
            }
            return false;
        }

        /** {@code runs(a).equals(runs(b))}; for ASCII text (the usual case) without building the lists. */
        private static boolean sameRuns(String a, String b) {
            if (!isAscii(a) || !isAscii(b)) {
                return runs(a).equals(runs(b));
            }
            int i = 0;
            int j = 0;
            while (true) {
                while (i < a.length() && !isAsciiLetterOrDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && !isAsciiLetterOrDigit(b.charAt(j))) {
                    j++;
                }
                if (i == a.length() || j == b.length()) {
                    return i == a.length() && j == b.length();
                }
                while (i < a.length() && j < b.length() && isAsciiLetterOrDigit(a.charAt(i))
                        && isAsciiLetterOrDigit(b.charAt(j))) {
                    if (Character.toLowerCase(a.charAt(i++)) != Character.toLowerCase(b.charAt(j++))) {
                        return false;
                    }
                }
                boolean aEnds = i == a.length() || !isAsciiLetterOrDigit(a.charAt(i));
                boolean bEnds = j == b.length() || !isAsciiLetterOrDigit(b.charAt(j));
                if (aEnds != bEnds) {
                    return false;  // one run goes on where the other stops
                }
            }
        }

        private static boolean isAscii(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= 0x80) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isAsciiLetterOrDigit(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }

        /** The letter/digit runs of a name, lower-cased: "ResNet-50" and "resnet 50" give [resnet, 50]. */
        private static List<String> runs(String s) {
            return Arrays.stream(NOT_LETTER_OR_DIGIT.split(s.toLowerCase(java.util.Locale.ROOT)))
                    .filter(w -> !w.isEmpty()).toList();
        }

        private static String caseKey(String s) {
            if (!isAscii(s)) {
                return NOT_LETTER_OR_DIGIT.matcher(s).replaceAll("");
            }
            StringBuilder out = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                if (isAsciiLetterOrDigit(s.charAt(i))) {
                    out.append(s.charAt(i));
                }
            }
            return out.toString();
        }
    }

    /** A lexicon name found in text: {@code text.substring(start, end)} is the surface form. */
    public record Match(int start, int end, String surface, Entry entry) {
    }

    private final Map<String, Entry> byKey;   // every form's key -> entry (entities only, no tasks/metrics)
    private final Map<String, Entry> byName;  // canonical key -> entry, all types
    private final Node trie = new Node();
    private final Map<EntityType, List<Entry>> byType;

    private Lexicon(Collection<Entry> entries) {
        Map<String, Entry> keys = new HashMap<>();
        Map<String, Entry> names = new LinkedHashMap<>();
        for (Entry e : entries) {
            names.put(e.key(), e);
        }
        for (Entry e : names.values()) {
            if (e.type() == EntityType.TASK || e.type() == EntityType.METRIC) {
                continue;  // tasks and metrics are looked up by their own recognisers, never matched as entities
            }
            for (String form : forms(e)) {
                String k = Names.key(form);
                if (!k.isEmpty()) {
                    keys.put(k, e);
                }
            }
        }
        keys.forEach(trie::add);
        this.byKey = Map.copyOf(keys);
        this.byName = Map.copyOf(names);
        Map<EntityType, List<Entry>> types = new java.util.EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            types.put(t, names.values().stream().filter(e -> e.type() == t).toList());
        }
        this.byType = types;
    }

    private static List<String> forms(Entry e) {
        List<String> f = new ArrayList<>();
        f.add(e.name());
        f.addAll(e.aliases());
        return f;
    }

    /** The bundled lexicon. */
    public static Lexicon bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final Lexicon INSTANCE = new Lexicon(readBundled());
    }

    /** The bundled lexicon with user files merged on top (a user entry replaces a bundled one of the same name). */
    public static Lexicon load(List<Path> userFiles) throws IOException {
        if (userFiles.isEmpty()) {
            return bundled();
        }
        List<Entry> all = new ArrayList<>(readBundled());
        for (Path p : userFiles) {
            all.addAll(load(p));
        }
        return new Lexicon(all);
    }

    /** Reads one lexicon file; a malformed line fails with the file and line number. */
    public static List<Entry> load(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file.toString());
        }
    }

    private static List<Entry> readBundled() {
        try (InputStream in = Lexicon.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled lexicon " + BUNDLED + " missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The flags column's values: {@code exact} here, {@code technique} / {@code paradigm} for tasks (TaskVocabulary). */
    private static final java.util.Set<String> FLAGS = java.util.Set.of("", "exact", "technique", "paradigm");

    static List<Entry> parse(BufferedReader r, String source) throws IOException {
        List<Entry> out = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String[] c = Arrays.copyOf(cells, 6);
            try {
                if (c[0] == null || c[0].isBlank() || c[1] == null) {
                    throw new IllegalArgumentException("needs at least a name and a type");
                }
                // a value in the wrong column (a family where the flags belong) would otherwise pass unnoticed
                if (cells.length > 6) {
                    throw new IllegalArgumentException(cells.length + " columns, at most 6");
                }
                if (c[5] != null && !FLAGS.contains(c[5].strip())) {
                    throw new IllegalArgumentException("unknown flag '" + c[5].strip() + "' (known: exact, technique, paradigm)");
                }
                List<String> aliases = c[2] == null || c[2].isBlank() ? List.of()
                        : Arrays.stream(c[2].split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).toList();
                out.add(new Entry(c[0].strip(), EntityType.fromLabel(c[1]), aliases, blankToNull(c[3]),
                        blankToNull(c[4]), c[5] == null ? "" : c[5].strip()));
            } catch (IllegalArgumentException e) {
                throw new IOException(source + ":" + n + ": bad lexicon line: " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The entity entry one of whose forms has this surface's key, or null. */
    public Entry lookup(String surface) {
        return byKey.get(Names.key(surface));
    }

    /** Any entry (tasks and metrics included) by canonical name, or null. */
    public Entry entry(String name) {
        return byName.get(Names.key(name));
    }

    /** Every entry of a type, e.g. the known tasks. */
    public List<Entry> entries(EntityType type) {
        return byType.get(type);
    }

    public int size() {
        return byName.size();
    }

    /**
     * Every lexicon name in the text, longest first at each position, never overlapping. A match starts
     * and ends at a word boundary; inside it, spaces, hyphens, dots and slashes are ignored.
     */
    public List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i)) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int best = -1;
            Entry bestEntry = null;
            Node node = trie;
            int j = i;
            while (j < n && node != null) {
                char c = text.charAt(j);
                if (Character.isLetterOrDigit(c)) {
                    node = node.next(Character.toLowerCase(c));
                    if (node == null) {
                        break;
                    }
                    j++;
                    if (node.entry != null && (j == n || !Character.isLetterOrDigit(text.charAt(j)))) {
                        Entry e = node.entry;
                        if (e.accepts(text.substring(i, j))) {
                            best = j;
                            bestEntry = e;
                        }
                    }
                } else if (SEPARATORS.indexOf(c) >= 0 && j > i && j + 1 < n && text.charAt(j + 1) != ' ') {
                    j++;  // "ResNet-50", "GPT-3.5", "ViT-B/16"
                } else if (c == ' ' && j > i && j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1))) {
                    j++;  // "Llama 2", "Stable Diffusion"
                } else {
                    break;
                }
            }
            if (bestEntry != null) {
                best = decimalEnd(text, best);
                out.add(new Match(i, best, text.substring(i, best), bestEntry));
                i = best;
            } else {
                i++;
            }
        }
        return out;
    }

    private static final String SEPARATORS = "-./_·'&+";

    /**
     * Where a name ends once a decimal version the lexicon does not list is read on: "InternVL2.5" or "Stable
     * Diffusion 3.5" matched as "InternVL2" / "Stable Diffusion 3" is a newer release, not that one, so the match
     * takes in ".5" and the recogniser sees a variant of the family.
     */
    private static int decimalEnd(String text, int end) {
        int n = text.length();
        if (end + 1 < n && Character.isDigit(text.charAt(end - 1)) && text.charAt(end) == '.'
                && Character.isDigit(text.charAt(end + 1))) {
            int j = end + 1;
            while (j < n && Character.isDigit(text.charAt(j))) {
                j++;
            }
            return j;
        }
        return end;
    }

    /**
     * Character trie over form keys; a node where a key ends holds its entry. Children sit in an array indexed by
     * character from the lowest child's: one bounds check and one load per character on this hot path (a binary
     * search cost 4% of extraction); most nodes have one child, the widest a few dozen.
     */
    private static final class Node {
        private char first;
        private Node[] children = new Node[0];
        private Entry entry;

        void add(String key, Entry e) {
            Node node = this;
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                Node child = node.next(c);
                if (child == null) {
                    child = new Node();
                    node.put(c, child);
                }
                node = child;
            }
            node.entry = e;
        }

        private void put(char c, Node child) {
            if (children.length == 0) {
                first = c;
                children = new Node[1];
            } else if (c < first || c - first >= children.length) {
                char from = (char) Math.min(first, c);
                int to = Math.max(first + children.length, c + 1);
                Node[] wider = new Node[to - from];
                System.arraycopy(children, 0, wider, first - from, children.length);
                first = from;
                children = wider;
            }
            children[c - first] = child;
        }

        Node next(char c) {
            int at = c - first;
            return at >= 0 && at < children.length ? children[at] : null;
        }
    }
}
