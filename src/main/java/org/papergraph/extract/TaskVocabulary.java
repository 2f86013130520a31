package org.papergraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.BufferedReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The known task names: the Task rows of the lexicon plus the bundled task list {@code tasks.tsv}, found
 * in a sentence's tokens whatever their hyphenation or case ("Text-to-SQL", "text to SQL"). Immutable and
 * thread-safe.
 */
final class TaskVocabulary {
    static final String BUNDLED = "/papergraph/lexicon/tasks.tsv";
    /** Longest task name in tokens that the scan tries. */
    private static final int MAX_TOKENS = 6;

    /** A known task name found at tokens {@code [from, to)}. */
    record Hit(int from, int to, String surface, String canonical) {
    }

    /** How a known name is used besides naming a task (the flags column of {@code tasks.tsv}). */
    enum Kind { TASK, TECHNIQUE, PARADIGM }

    private final Map<String, String> byKey;
    /** Canonical names flagged {@code technique} or {@code paradigm}; every other name is a plain task. */
    private final Map<String, Kind> kinds;
    /**
     * A 64-bit hash of every key and of every proper prefix of one: the scan extends a phrase token by token and
     * stops as soon as its hash is not here, one probe of one array per token (a map of the prefixes' strings cost
     * 3% of extraction, hashing new strings and missing the cache). Hashes may collide, so a phrase that seems a
     * whole key is looked up in {@link #byKey} before it counts; a colliding prefix only lets the scan go on a token.
     */
    private final PrefixHashes scan = new PrefixHashes();

    private TaskVocabulary(Map<String, String> byKey, Map<String, Kind> kinds) {
        this.byKey = Map.copyOf(byKey);
        this.kinds = Map.copyOf(kinds);
        byKey.keySet().forEach(scan::add);
    }

    /** The bundled task list plus the Task rows of {@code lexicon}. */
    static TaskVocabulary of(Lexicon lexicon) {
        Map<String, String> keys = new HashMap<>();
        List<Lexicon.Entry> bundled = readBundled();
        List<Lexicon.Entry> entries = new ArrayList<>(bundled);
        entries.addAll(lexicon.entries(EntityType.TASK));
        for (Lexicon.Entry e : entries) {
            if (e.type() != EntityType.TASK) {
                continue;
            }
            keys.putIfAbsent(Names.key(e.name()), e.name());
            for (String a : e.aliases()) {
                keys.putIfAbsent(Names.key(a), e.name());
            }
        }
        return new TaskVocabulary(keys, kinds(bundled));
    }

    private static List<Lexicon.Entry> readBundled() {
        try (InputStream in = TaskVocabulary.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled task list " + BUNDLED + " missing from the classpath");
            }
            return Lexicon.parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled names whose flag says {@code technique} or {@code paradigm}. */
    private static Map<String, Kind> kinds(List<Lexicon.Entry> entries) {
        Map<String, Kind> out = new HashMap<>();
        for (Lexicon.Entry e : entries) {
            switch (e.flag()) {
                case "technique" -> out.put(e.name(), Kind.TECHNIQUE);
                case "paradigm" -> out.put(e.name(), Kind.PARADIGM);
                default -> { }
            }
        }
        return out;
    }

    /** How a canonical name from {@link #lookup} is used: a plain task unless flagged. */
    Kind kind(String canonical) {
        return kinds.getOrDefault(canonical, Kind.TASK);
    }

    /** The canonical task name whose key equals this phrase's, or null. */
    String lookup(String phrase) {
        return byKey.get(Names.key(phrase));
    }

    /** Known task names in the sentence, longest first at each token, never overlapping. */
    List<Hit> find(Sentence s) {
        List<Hit> out = new ArrayList<>();
        List<String> tokens = s.tokens();
        String[] keys = new String[tokens.size()];
        for (int t = 0; t < keys.length; t++) {
            keys[t] = Names.key(tokens.get(t));
        }
        int i = 0;
        while (i < tokens.size()) {
            int bestEnd = -1;
            String best = null;
            long hash = PrefixHashes.EMPTY;
            for (int j = i; j < Math.min(tokens.size(), i + MAX_TOKENS); j++) {
                if (keys[j].isEmpty()) {
                    break;
                }
                hash = PrefixHashes.extend(hash, keys[j]);
                int seen = scan.get(hash);
                if (seen == PrefixHashes.ABSENT) {
                    break;
                }
                String c = seen == PrefixHashes.KEY ? byKey.get(join(keys, i, j + 1)) : null;
                if (c != null) {
                    bestEnd = j + 1;
                    best = c;
                }
            }
            if (best != null) {
                String surface = s.text().substring(s.tokenStarts().get(i), s.tokenEnd(bestEnd - 1));
                out.add(new Hit(i, bestEnd, surface, best));
                i = bestEnd;
            } else {
                i++;
            }
        }
        return out;
    }

    private static String join(String[] keys, int from, int to) {
        if (to == from + 1) {
            return keys[from];
        }
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            b.append(keys[k]);
        }
        return b.toString();
    }

    /** An open-addressing set of 64-bit string hashes, each marked as the hash of a whole key or of a prefix only. */
    private static final class PrefixHashes {
        /** The hash of "" (FNV-1a's offset basis). */
        static final long EMPTY = 0xcbf29ce484222325L;
        static final int ABSENT = 0;
        static final int PREFIX = 1;
        static final int KEY = 2;
        private long[] hashes = new long[1024];
        private byte[] marks = new byte[1024];
        private int size;

        /** FNV-1a over the chars of {@code s}, going on from {@code hash}: hash(a + b) is extend(hash(a), b). */
        static long extend(long hash, String s) {
            long h = hash;
            for (int i = 0; i < s.length(); i++) {
                h = (h ^ s.charAt(i)) * 0x100000001b3L;
            }
            return h;
        }

        void add(String key) {
            long h = EMPTY;
            for (int i = 0; i < key.length(); i++) {
                h = extend(h, key.substring(i, i + 1));
                put(h, i + 1 == key.length() ? KEY : PREFIX);
            }
        }

        int get(long hash) {
            for (int at = slot(hash); marks[at] != ABSENT; at = (at + 1) & (marks.length - 1)) {
                if (hashes[at] == hash) {
                    return marks[at];
                }
            }
            return ABSENT;
        }

        private void put(long hash, int mark) {
            if (2 * (size + 1) > marks.length) {
                grow();
            }
            int at = slot(hash);
            while (marks[at] != ABSENT && hashes[at] != hash) {
                at = (at + 1) & (marks.length - 1);
            }
            if (marks[at] == ABSENT) {
                size++;
            }
            hashes[at] = hash;
            marks[at] = (byte) Math.max(marks[at], mark);  // a key that is also a prefix of a longer key stays a key
        }

        private int slot(long hash) {
            return (int) (hash ^ (hash >>> 32)) & (marks.length - 1);
        }

        private void grow() {
            long[] oldHashes = hashes;
            byte[] oldMarks = marks;
            hashes = new long[oldHashes.length * 2];
            marks = new byte[oldMarks.length * 2];
            size = 0;
            for (int i = 0; i < oldMarks.length; i++) {
                if (oldMarks[i] != ABSENT) {
                    put(oldHashes[i], oldMarks[i]);
                }
            }
        }
    }
}
