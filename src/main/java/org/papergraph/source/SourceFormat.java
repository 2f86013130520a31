package org.papergraph.source;

/** The input formats PaperGraph reads; detected from content, not only the file name. */
public enum SourceFormat {
    /** A Hugging Face Daily Papers page dump: header lines, a date line, then title/abstract line pairs. */
    HF_PAGE,
    /** Hugging Face JSON: the {@code /api/daily_papers} list or a single {@code /api/papers/{id}} object. */
    HF_JSON,
    /** arXiv API Atom XML. */
    ARXIV_ATOM,
    /** One JSON object per line: {@code id, title, abstract, authors?, published?, url?, code?}. */
    JSONL
}
