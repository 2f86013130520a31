package org.papergraph.source;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ISO dates and date-times as feeds write them ({@code 2024-03-14}, {@code 2024-03-14T09:30:00.000Z}). */
final class Dates {
    // Only the calendar day matters to PaperGraph; the time and zone part is accepted and ignored.
    private static final Pattern ISO = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?");

    private Dates() {
    }

    /** The day, or null when {@code text} is null/blank or not an ISO date. */
    static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = ISO.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            return null; // well-formed but impossible, e.g. 2024-02-31
        }
    }

    /**
     * Parses an optional date field; a value that is present but not a date is reported (the paper is
     * kept without it), because a silently missing date is hard to debug later.
     */
    static LocalDate field(String text, String field, int line, ReadContext ctx) {
        LocalDate d = parse(text);
        if (d == null && text != null && !text.isBlank()) {
            ctx.problem(line, "field '" + field + "' is not an ISO date: '" + Texts.abbreviate(text) + "'; ignored, paper kept");
        }
        return d;
    }
}
