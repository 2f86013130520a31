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
     * Every key and every proper prefix of one, to its canonical name (null for a mere prefix): the scan
     * stops extending a phrase as soon as it leaves this map, with one lookup per token.
     */
    private final HashMap<String, String> scan = new HashMap<>();
    private static final String PREFIX_ONLY = "";

    private TaskVocabulary(Map<String, String> byKey, Map<String, Kind> kinds) {
        this.byKey = Map.copyOf(byKey);
        this.kinds = Map.copyOf(kinds);
        for (Map.Entry<String, String> e : byKey.entrySet()) {
            String k = e.getKey();
            for (int i = 1; i < k.length(); i++) {
                scan.putIfAbsent(k.substring(0, i), PREFIX_ONLY);
            }
        }
        scan.putAll(byKey);
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
            StringBuilder key = null;  // built only past the first token: most tokens start no task name
            for (int j = i; j < Math.min(tokens.size(), i + MAX_TOKENS); j++) {
                String k = keys[j];
                if (k.isEmpty()) {
                    break;
                }
                if (j > i) {
                    key = (key == null ? new StringBuilder(keys[i]) : key).append(k);
                }
                String c = scan.get(j == i ? k : key.toString());
                if (c == null) {
                    break;
                }
                if (c != PREFIX_ONLY) {
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
}
