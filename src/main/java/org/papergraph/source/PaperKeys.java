package org.papergraph.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Paper identity: the arXiv id when known, otherwise a stable hash of the normalised title. */
public final class PaperKeys {
    // New-style (2403.01234, optional version) and old-style (cs/0112017) arXiv identifiers.
    private static final Pattern ARXIV = Pattern.compile(
            "(?:arxiv[:/]|abs/|pdf/|papers/)?((?:\\d{4}\\.\\d{4,5})|(?:[a-z\\-]+(?:\\.[A-Z]{2})?/\\d{7}))(?:v\\d+)?",
            Pattern.CASE_INSENSITIVE);

    private PaperKeys() {
    }

    /** The key for a paper: {@code arxiv:ID}, else {@code title:HASH}, else {@code id:SOURCEID}. */
    public static String key(String arxivId, String title, String sourceId) {
        if (arxivId != null && !arxivId.isBlank()) {
            return "arxiv:" + arxivId;
        }
        String norm = normaliseTitle(title);
        if (!norm.isEmpty()) {
            return "title:" + sha1(norm).substring(0, 16);
        }
        if (sourceId != null && !sourceId.isBlank()) {
            return "id:" + sha1(sourceId.strip()).substring(0, 16);
        }
        throw new IllegalArgumentException("a paper needs an arXiv id, a title or a source id");
    }

    /**
     * The key a title alone gives ({@code title:HASH}), or null when the title has no letters or digits. An
     * arXiv-keyed paper carries it too, so a later title-only sighting of the same paper can find it.
     */
    public static String titleKey(String title) {
        return normaliseTitle(title).isEmpty() ? null : key(null, title, null);
    }

    /** Title folded for identity: Unicode-normalised, lower case, letters and digits only, single spaces. */
    public static String normaliseTitle(String title) {
        if (title == null) {
            return "";
        }
        String s = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return s;
    }

    /** The bare arXiv id (no version) in a string such as an id, an abs/pdf URL or {@code arXiv:2403.01234v2}; or null. */
    public static String arxivId(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ARXIV.matcher(text.strip());
        return m.find() && (m.start() == 0 || text.contains("arxiv") || text.contains("arXiv")
                || text.contains("/abs/") || text.contains("/pdf/") || text.contains("/papers/")) ? m.group(1) : null;
    }

    static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
