package org.papergraph.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One paper as read from a feed: title, abstract and whatever metadata the source gave.
 * Immutable; {@link #mergedWith(Paper)} combines two sightings of the same paper.
 *
 * @param key            stable identity: {@code arxiv:<id>} when the arXiv id is known, else {@code title:<hash>}
 *                       (see {@link PaperKeys})
 * @param arxivId        arXiv identifier without version (e.g. {@code 2403.01234}), or null
 * @param sourceId       the identifier the input itself gave (JSONL {@code id}, HF {@code paper.id}), or null
 * @param title          title as written (may be empty for JSONL records)
 * @param abstractText   abstract as written (may be empty)
 * @param authors        author names in order
 * @param published      first publication date, or null
 * @param updated        last update date, or null
 * @param featured       the day a daily-papers page featured it, or null
 * @param categories     subject categories (arXiv terms), primary first when known
 * @param doi            DOI or null
 * @param codeUrl        code repository given as metadata (HF {@code githubRepo}, JSONL {@code code}), or null
 * @param links          other URLs given as metadata (abs page, pdf, project page), in order, no duplicates
 * @param keywords       keywords given as metadata (HF {@code ai_keywords})
 * @param upvotes        HF upvotes, or null
 * @param sources        every input this paper was read from
 */
public record Paper(
        String key,
        String arxivId,
        String sourceId,
        String title,
        String abstractText,
        List<String> authors,
        LocalDate published,
        LocalDate updated,
        LocalDate featured,
        List<String> categories,
        String doi,
        String codeUrl,
        List<String> links,
        List<String> keywords,
        Integer upvotes,
        List<SourceRef> sources) {

    public Paper {
        Objects.requireNonNull(key, "key");
        title = title == null ? "" : title;
        abstractText = abstractText == null ? "" : abstractText;
        authors = List.copyOf(authors == null ? List.of() : authors);
        categories = List.copyOf(categories == null ? List.of() : categories);
        links = List.copyOf(links == null ? List.of() : new LinkedHashSet<>(links));
        keywords = List.copyOf(keywords == null ? List.of() : keywords);
        sources = List.copyOf(sources == null ? List.of() : new LinkedHashSet<>(sources));
    }

    /** A builder, since most sources fill only some fields. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The same paper seen again (another file, another feed): keep this paper's values, fill gaps from
     * {@code other}, and record every source.
     */
    public Paper mergedWith(Paper other) {
        List<String> mergedLinks = new ArrayList<>(links);
        mergedLinks.addAll(other.links);
        List<SourceRef> mergedSources = new ArrayList<>(sources);
        mergedSources.addAll(other.sources);
        return new Paper(key,
                firstNonNull(arxivId, other.arxivId),
                firstNonNull(sourceId, other.sourceId),
                title.isEmpty() ? other.title : title,
                abstractText.length() >= other.abstractText.length() ? abstractText : other.abstractText,
                authors.isEmpty() ? other.authors : authors,
                firstNonNull(published, other.published),
                firstNonNull(updated, other.updated),
                firstNonNull(featured, other.featured),
                categories.isEmpty() ? other.categories : categories,
                firstNonNull(doi, other.doi),
                firstNonNull(codeUrl, other.codeUrl),
                mergedLinks,
                keywords.isEmpty() ? other.keywords : keywords,
                upvotes != null && other.upvotes != null ? Integer.valueOf(Math.max(upvotes, other.upvotes))
                        : firstNonNull(upvotes, other.upvotes),
                mergedSources);
    }

    private static <T> T firstNonNull(T a, T b) {
        return a != null ? a : b;
    }

    /** Mutable builder for {@link Paper}; {@link #build()} derives the key when none was set. */
    public static final class Builder {
        private String key;
        private String arxivId;
        private String sourceId;
        private String title = "";
        private String abstractText = "";
        private List<String> authors = List.of();
        private LocalDate published;
        private LocalDate updated;
        private LocalDate featured;
        private List<String> categories = List.of();
        private String doi;
        private String codeUrl;
        private List<String> links = List.of();
        private List<String> keywords = List.of();
        private Integer upvotes;
        private List<SourceRef> sources = List.of();

        public Builder key(String v) { key = v; return this; }
        public Builder arxivId(String v) { arxivId = v; return this; }
        public Builder sourceId(String v) { sourceId = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder abstractText(String v) { abstractText = v; return this; }
        public Builder authors(List<String> v) { authors = v; return this; }
        public Builder published(LocalDate v) { published = v; return this; }
        public Builder updated(LocalDate v) { updated = v; return this; }
        public Builder featured(LocalDate v) { featured = v; return this; }
        public Builder categories(List<String> v) { categories = v; return this; }
        public Builder doi(String v) { doi = v; return this; }
        public Builder codeUrl(String v) { codeUrl = v; return this; }
        public Builder links(List<String> v) { links = v; return this; }
        public Builder keywords(List<String> v) { keywords = v; return this; }
        public Builder upvotes(Integer v) { upvotes = v; return this; }
        public Builder sources(List<SourceRef> v) { sources = v; return this; }
        public Builder source(SourceRef v) { sources = List.of(v); return this; }

        public Paper build() {
            String k = key != null ? key : PaperKeys.key(arxivId, title, sourceId);
            return new Paper(k, arxivId, sourceId, title, abstractText, authors, published, updated, featured,
                    categories, doi, codeUrl, links, keywords, upvotes, sources);
        }
    }
}
