package org.papergraph.api;

import java.time.LocalDate;

/**
 * A paper as the graph describes it.
 *
 * @param iri       the paper's IRI
 * @param key       PaperGraph's stable key ({@code arxiv:<id>} or {@code title:<hash>}), or null
 * @param arxivId   arXiv identifier without version, or null
 * @param title     title, empty when unknown
 * @param published publication date, or null
 * @param featured  day a daily-papers page featured it, or null
 */
public record PaperInfo(String iri, String key, String arxivId, String title, LocalDate published, LocalDate featured) {
    public PaperInfo {
        title = title == null ? "" : title;
    }
}
