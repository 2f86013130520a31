package org.papergraph.source;

import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugging Face Daily Papers page dumps: page chrome (e.g. "new", "Subscribe", "by AK and the research
 * community"), a day line such as {@code Mar 14}, then one title line and one abstract line per paper,
 * usually with blank lines between.
 *
 * <p>Lines are classified on their own: page chrome by patterns, abstracts by shape (long, several
 * sentences), everything else is a title. A title must be followed by an abstract; a title followed by
 * another title, chrome or the end of the file, and an abstract with no title before it, are reported
 * with their line and skipped rather than guessed at.
 *
 * <p>{@code featured}: the day line has no year. The year is taken from the line itself when it has one
 * ({@code Mar 14, 2025}, {@code 2025-03-14}) or from a {@code yyyy-mm-dd} date in the file name (e.g.
 * {@code daily-2025-03-14.txt}); otherwise {@code featured} stays null rather than invent a year.
 */
final class HfPageReader implements PaperReader {
    private static final String MONTHS = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern DAY_LINE = Pattern.compile(
            "(?i)(?:" + MONTHS + "\\s+(\\d{1,2})(?:(?:,\\s*|\\s+)(\\d{4}))?|(\\d{4}-\\d{2}-\\d{2}))");
    private static final Pattern ISO_IN_NAME = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    /** Page chrome of the daily-papers page and its navigation, matched loosely (case, spacing, variants). */
    private static final List<Pattern> CHROME = Arrays.asList(
            Pattern.compile("(?i)new|subscribe|trending|previous|next|load more|show more|see all|search"),
            Pattern.compile("(?i)(hugging\\s*face\\s+)?daily\\s+papers"),
            Pattern.compile("(?i)get\\s+(trending|the\\s+latest|new)\\s+papers\\b.*"),
            Pattern.compile("(?i).*\\bin\\s+your\\s+(e-?mail\\s+)?inbox\\W*"),
            Pattern.compile("(?i)by\\s*[A-Z]{1,4}\\s+and\\s+the\\s+.*community"),
            Pattern.compile("(?i)submitted\\s+by\\b.*|\\d+\\s+(upvotes?|comments?|authors?)"));
    /** Lines without letters (counters, bullets, separators): skipped, but no evidence of a page. */
    private static final Pattern FILLER = Pattern.compile("[^\\p{L}]*");
    /** A sentence end followed by the start of another sentence. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?][\"')\\]]?\\s+[\\p{Lu}(\\[\"\\d]");

    @Override
    public void read(Reader in, ReadContext ctx) throws IOException {
        LineReader lines = new LineReader(in, ctx);
        Integer nameYear = yearFromName(ctx.name());
        LocalDate featured = dateFromName(ctx.name());
        String title = null;
        int titleLine = 0;
        for (String raw = lines.next(); raw != null; raw = lines.next()) {
            String line = Texts.collapse(raw);
            if (FILLER.matcher(line).matches()) {
                continue; // blank, or a counter/bullet that sits anywhere on the page
            }
            int n = lines.lineNumber();
            if (looksLikeAbstract(line)) {
                if (title == null) {
                    ctx.problem(n, "abstract without a title line before it; skipped: '" + Texts.abbreviate(line) + "'");
                } else {
                    ctx.paper(Paper.builder().title(title).abstractText(line).featured(featured)
                            .source(ctx.ref(titleLine, SourceFormat.HF_PAGE)).build());
                    title = null;
                }
                continue;
            }
            if (title != null) {
                orphanTitle(ctx, title, titleLine); // a title must be followed by its abstract, nothing else
                title = null;
            }
            if (isDayLine(line)) {
                LocalDate day = day(line, nameYear);
                featured = day != null ? day : featured;
            } else if (!isChrome(line)) {
                title = line;
                titleLine = n;
            }
        }
        if (title != null) {
            orphanTitle(ctx, title, titleLine);
        }
    }

    private static void orphanTitle(ReadContext ctx, String title, int line) {
        ctx.problem(line, "title without an abstract after it; skipped: '" + Texts.abbreviate(title) + "'");
    }

    /**
     * Abstracts are long and made of sentences; titles are short and rarely end with a full stop. The
     * thresholds leave a wide margin both ways (HF titles stay well under 250 characters).
     */
    static boolean looksLikeAbstract(String line) {
        int len = line.length();
        if (len >= 400) {
            return true;
        }
        if (len < 100) {
            return false;
        }
        boolean sentences = SENTENCE_BREAK.matcher(line).find();
        boolean fullStop = line.endsWith(".");
        return sentences && fullStop || len >= 250 && (sentences || fullStop);
    }

    static boolean isChrome(String line) {
        for (Pattern p : CHROME) {
            if (p.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    static boolean isDayLine(String line) {
        return DAY_LINE.matcher(line).matches();
    }

    /**
     * True when the start of a text looks like a page dump: page chrome or a day line among its first
     * non-blank lines, or a title line directly followed by an abstract line.
     */
    static boolean looksLikePage(String prefix) {
        String previous = null;
        int seen = 0;
        for (String raw : prefix.split("\\R")) {
            String line = Texts.collapse(raw);
            if (line.isEmpty()) {
                continue;
            }
            if (++seen > 12) {
                break;
            }
            boolean abstractLike = looksLikeAbstract(line);
            if (!abstractLike && (isChrome(line) || isDayLine(line))) {
                return true;
            }
            if (abstractLike && previous != null && !looksLikeAbstract(previous)) {
                return true;
            }
            previous = line;
        }
        return false;
    }

    /** The featured day for a day line, or null when no year is known. */
    private static LocalDate day(String line, Integer nameYear) {
        Matcher m = DAY_LINE.matcher(line);
        if (!m.matches()) {
            return null;
        }
        try {
            if (m.group(4) != null) {
                return LocalDate.parse(m.group(4));
            }
            Integer year = m.group(3) != null ? Integer.valueOf(m.group(3)) : nameYear;
            return year == null ? null : LocalDate.of(year, month(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (DateTimeException e) {
            return null; // "Feb 31": chrome-shaped, but not a day
        }
    }

    private static Month month(String prefix) {
        String p = prefix.toLowerCase(Locale.ROOT).substring(0, 3);
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(p)) {
                return m;
            }
        }
        throw new DateTimeException("no month " + prefix);
    }

    private static LocalDate dateFromName(String name) {
        Matcher m = ISO_IN_NAME.matcher(name);
        return m.find() ? Dates.parse(m.group()) : null;
    }

    private static Integer yearFromName(String name) {
        LocalDate d = dateFromName(name);
        return d == null ? null : d.getYear();
    }
}
