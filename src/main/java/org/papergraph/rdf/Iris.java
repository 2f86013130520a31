package org.papergraph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * Mints every PaperGraph IRI from arbitrary text. All minted IRIs are plain ASCII: anything outside
 * {@code [A-Za-z0-9._~-]} is percent-encoded (UTF-8), over-long or empty keys fall back to a hash, so no
 * title, name or key can produce an invalid IRI or one that breaks a query or a serialisation.
 * Every function is deterministic, which is what makes re-ingest idempotent.
 */
public final class Iris {
    /** Keys longer than this are cut and suffixed with a hash, keeping IRIs readable and bounded. */
    static final int MAX_SEGMENT = 80;

    private Iris() {
    }

    /**
     * The slug of a paper key: {@code arxiv:2403.01234 -> 2403.01234}, {@code arxiv:cs/0112017 -> cs_0112017},
     * {@code title:HASH -> t-HASH}, {@code id:HASH -> i-HASH}; anything else {@code k-<hash>}.
     */
    public static String paperSlug(String paperKey) {
        String key = paperKey == null ? "" : paperKey.strip();
        if (key.startsWith("arxiv:") && key.length() > 6) {
            return segment(key.substring(6).replace('/', '_'));
        }
        if (key.startsWith("title:") && key.length() > 6) {
            return "t-" + segment(key.substring(6));
        }
        if (key.startsWith("id:") && key.length() > 3) {
            return "i-" + segment(key.substring(3));
        }
        return "k-" + hash(key);
    }

    public static Node paper(String paperKey) {
        return NodeFactory.createURI(Vocab.PAPER_BASE + paperSlug(paperKey));
    }

    /** The named graph holding everything about one paper. */
    public static Node graph(String paperKey) {
        return NodeFactory.createURI(Vocab.GRAPH_BASE + paperSlug(paperKey));
    }

    /** One IRI per entity across all papers, from its resolution key ({@code Entity.key()}). */
    public static Node entity(String entityKey) {
        String key = entityKey == null ? "" : entityKey.strip();
        String seg = key.isEmpty() ? "h-" + hash("") : segment(key);
        return NodeFactory.createURI(Vocab.ENTITY_BASE + seg);
    }

    /** A node inside a paper's namespace: {@code <paper>/<kind>/<hash of parts>} (mentions, results, sources). */
    public static Node paperPart(Node paper, String kind, String... parts) {
        return NodeFactory.createURI(paper.getURI() + "/" + kind + "/" + hash(String.join("\u0000", parts)));
    }

    /** A numbered node inside a paper's namespace ({@code <paper>/author/3}). */
    public static Node paperPart(Node paper, String kind, int n) {
        return NodeFactory.createURI(paper.getURI() + "/" + kind + "/" + n);
    }

    /**
     * A web resource (code repository, page): the URL itself when it is a valid absolute http(s) IRI, so
     * the same repository is one node everywhere; otherwise a hash under {@link Vocab#REPO_BASE}.
     */
    public static Node web(String url) {
        String u = url == null ? "" : url.strip();
        return isWebIri(u) ? NodeFactory.createURI(u) : NodeFactory.createURI(Vocab.REPO_BASE + hash(u));
    }

    static boolean isWebIri(String u) {
        String lower = u.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("http://") || lower.startsWith("https://"))) {
            return false;
        }
        // characters that are legal in some IRI parsers but break N-Triples/Turtle/SPARQL writers
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c <= ' ' || "<>\"{}|\\^`".indexOf(c) >= 0) {
                return false;
            }
        }
        try {
            IRIx iri = IRIx.create(u);
            // a host is required: "https:///x" or "https:foo" are not web addresses
            return iri.isAbsolute() && !iri.hasViolations() && u.matches("(?i)https?://[^/?#@]+.*");
        } catch (IRIException e) {
            return false;
        }
    }

    /** Percent-encodes {@code s} to an ASCII path segment; empty or over-long input gets a hash. */
    static String segment(String s) {
        if (s.isEmpty()) {
            return "h-" + hash(s);
        }
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(HexFormat.of().withUpperCase().toHexDigits((byte) c));
            }
        }
        // "." and ".." would be removed by IRI resolution
        String out = sb.toString();
        if (out.equals(".") || out.equals("..")) {
            return "h-" + hash(s);
        }
        if (out.length() > MAX_SEGMENT) {
            return out.substring(0, MAX_SEGMENT - 17).replaceAll("%[0-9A-F]?$", "") + "-" + hash(s);
        }
        return out;
    }

    /** First 16 hex digits of the SHA-256 of the text: stable across runs and machines. */
    public static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
