package org.papergraph.export;

import java.time.LocalDate;
import java.util.List;

import org.papergraph.extract.EntityType;

/**
 * What part of the store to export. Empty = everything.
 *
 * @param graphs named graphs to export (paper graphs or the lexicon graph); empty = all
 * @param since  keep only paper graphs whose paper was published or featured on or after this day, or null
 * @param type   export only the entities of this type and their edges (in the graphs that state them), or null;
 *               cannot be combined with {@code since}
 */
public record Selection(List<String> graphs, LocalDate since, EntityType type) {
    public Selection {
        graphs = List.copyOf(graphs == null ? List.of() : graphs);
        if (type != null && since != null) {
            throw new IllegalArgumentException("--type selects entities, --since selects papers: give one of them");
        }
    }

    /** The whole store. */
    public static Selection all() {
        return new Selection(List.of(), null, null);
    }

    public boolean isAll() {
        return graphs.isEmpty() && since == null && type == null;
    }
}
