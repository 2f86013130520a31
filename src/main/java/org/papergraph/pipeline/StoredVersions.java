package org.papergraph.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.papergraph.source.Paper;
import org.papergraph.source.PaperKeys;
import org.papergraph.source.PaperMerger;
import org.papergraph.store.PaperStore;

/**
 * Merges each paper of an ingest run with what the store already knows of it, so identity holds across runs
 * as {@link PaperMerger} makes it hold within one: the stored version comes first (its sources and values are
 * kept, gaps are filled from the new sighting), a title-keyed paper joins the arXiv-keyed paper with the same
 * normalised title, and the arXiv key wins. One instance per run; not thread-safe.
 */
final class StoredVersions {
    /**
     * A paper as it will be written.
     *
     * @param paper    the new sighting merged with its stored versions
     * @param replaces keys of stored papers it absorbs under another key (their graphs go in the same write)
     */
    record Resolved(Paper paper, List<String> replaces) {
    }

    private final PaperStore store;
    /** Keys of this run's papers: a title-only sighting does not join a stored paper the run writes itself. */
    private final Set<String> runKeys;
    /** Stored papers already absorbed by another paper of this run: a title-keyed one joins one arXiv paper only. */
    private final Set<String> absorbed = new HashSet<>();

    StoredVersions(PaperStore store, Set<String> runKeys) {
        this.store = store;
        this.runKeys = Set.copyOf(runKeys);
    }

    /** Resolves a batch in one read transaction. */
    List<Resolved> resolve(List<Paper> batch) {
        return store.read(() -> batch.stream().map(this::resolve).toList());
    }

    private Resolved resolve(Paper incoming) {
        List<Paper> stored = new ArrayList<>();
        store.findPaper(incoming.key()).ifPresent(stored::add);
        sameTitleOtherKey(incoming).ifPresent(stored::add);
        if (stored.isEmpty()) {
            return new Resolved(incoming, List.of());
        }
        Paper merged = stored.get(0);
        for (Paper p : stored.subList(1, stored.size())) {
            merged = PaperMerger.merge(merged, p);
        }
        merged = PaperMerger.merge(merged, incoming);
        List<String> replaces = new ArrayList<>();
        for (Paper p : stored) {
            if (!p.key().equals(merged.key())) {
                replaces.add(p.key());
                absorbed.add(p.key());
            }
        }
        return new Resolved(merged, replaces);
    }

    /**
     * The stored paper with the same normalised title under the other kind of key: for an arXiv sighting its
     * title-keyed paper; for a title-only sighting the first arXiv-keyed one. Two arXiv ids never join.
     */
    private Optional<Paper> sameTitleOtherKey(Paper incoming) {
        if (PaperMerger.isArxiv(incoming)) {
            String titleKey = PaperKeys.titleKey(incoming.title());
            return titleKey == null || absorbed.contains(titleKey) ? Optional.empty() : store.findPaper(titleKey);
        }
        if (!incoming.key().startsWith("title:")) {
            return Optional.empty();
        }
        return store.findPapersByTitle(incoming.title()).stream()
                .filter(p -> PaperMerger.isArxiv(p) && !absorbed.contains(p.key()) && !runKeys.contains(p.key()))
                .findFirst();
    }
}
