/**
 * Source stage: paper feeds to {@link org.papergraph.source.Paper} records.
 *
 * <p>Entry point {@link org.papergraph.source.Sources}; one reader per format (HF page dumps, HF JSON,
 * arXiv Atom, JSONL) chosen by {@link org.papergraph.source.FormatDetector} from the content;
 * {@link org.papergraph.source.PaperMerger} joins sightings of the same paper.
 *
 * <p>Decisions worth knowing:
 * <ul>
 * <li>Encoding: UTF-8 is decoded strictly; bytes that are not valid UTF-8 are decoded as windows-1252
 *     and the line is reported, so the text still goes in (a UTF-8 or UTF-16 BOM is honoured and
 *     dropped). Binary content (NUL bytes, many control bytes, PDF, ZIP) is refused as a whole.</li>
 * <li>Problems are reported, never thrown. Most mean "record skipped"; a few are warnings where the
 *     paper is kept - a date field that is not an ISO date (field dropped) and lines decoded as
 *     windows-1252 - and their messages say so.</li>
 * <li>Dates: ISO dates and date-times are reduced to the calendar day. Page dumps' day lines carry no
 *     year: {@code featured} is set only when the year is known (on the line or from a
 *     {@code yyyy-mm-dd} in the file name).</li>
 * <li>Text cleanup here is only about the format: whitespace collapsed, HTML entities in JSON/Atom
 *     decoded. URLs and LaTeX are left as written for the extractor.</li>
 * <li>Directories are walked in sorted path order, skipping hidden entries and files whose names do not
 *     end in .txt, .json, .jsonl, .ndjson, .xml or .atom (optionally .gz); named files are always read.</li>
 * <li>Identity holds across ingest runs by the same rule: the pipeline reads a known paper back from the
 *     store and applies {@link org.papergraph.source.PaperMerger#merge} with the stored version first, so
 *     earlier sources and values stay and the arXiv key still wins (a title-keyed graph is then replaced).</li>
 * </ul>
 */
package org.papergraph.source;
