package org.papergraph.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects papers by identity as they stream in: the same paper seen in several inputs becomes one
 * {@link Paper} (via {@link Paper#mergedWith}) recording every source, in first-seen order.
 *
 * <p>Identity is the paper key (arXiv id when known, else normalised title). On top of that a paper known
 * only by title joins an arXiv-keyed paper with the same normalised title, whichever came first, and the
 * merged paper takes the arXiv key. Two different arXiv ids are never merged, even with equal titles.
 * Not thread-safe.
 */
public final class PaperMerger {
    private final List<Paper> slots = new ArrayList<>();
    private final Map<String, Integer> byKey = new HashMap<>();
    private final Map<String, Integer> byTitle = new HashMap<>();

    /** Adds a sighting and returns the paper as merged so far. */
    public Paper add(Paper p) {
        Integer slot = byKey.get(p.key());
        String title = PaperKeys.normaliseTitle(p.title());
        if (slot == null && !title.isEmpty()) {
            Integer sameTitle = byTitle.get(title);
            if (sameTitle != null && (!isArxiv(p) || !isArxiv(slots.get(sameTitle)))) {
                slot = sameTitle;
            }
        }
        Paper merged;
        if (slot == null) {
            slot = slots.size();
            merged = p;
            slots.add(p);
        } else {
            merged = merge(slots.get(slot), p);
            slots.set(slot, merged);
        }
        // Every key and title seen for this paper keeps pointing at it, so later sightings find it.
        byKey.putIfAbsent(p.key(), slot);
        byKey.putIfAbsent(merged.key(), slot);
        if (!title.isEmpty()) {
            byTitle.putIfAbsent(title, slot);
        }
        return merged;
    }

    /**
     * Two sightings of one paper as one: {@code first}'s values win, gaps are filled from {@code later}, every
     * source is kept, and the arXiv key wins over a title key. Also used to merge a sighting with its stored
     * version across ingest runs, so both follow one rule.
     */
    public static Paper merge(Paper first, Paper later) {
        Paper merged = first.mergedWith(later);
        return !isArxiv(first) && isArxiv(later) ? withKey(merged, later.key()) : merged;
    }

    /** The merged papers in first-seen order. */
    public List<Paper> papers() {
        return List.copyOf(slots);
    }

    /** How many distinct papers were added. */
    public int size() {
        return slots.size();
    }

    /** Whether the paper is known by its arXiv id (its key is {@code arxiv:ID}). */
    public static boolean isArxiv(Paper p) {
        return p.key().startsWith("arxiv:");
    }

    private static Paper withKey(Paper p, String key) {
        return new Paper(key, p.arxivId(), p.sourceId(), p.title(), p.abstractText(), p.authors(), p.published(),
                p.updated(), p.featured(), p.categories(), p.doi(), p.codeUrl(), p.links(), p.keywords(), p.upvotes(),
                p.sources());
    }
}
