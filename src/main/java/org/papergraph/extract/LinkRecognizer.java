package org.papergraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds URLs in a sentence, cleans them and tells code repositories (CODE) from every other link (LINK).
 * <p>
 * Cleaning undoes what abstracts do to URLs: trailing sentence punctuation and unbalanced closing
 * brackets, a {@code .git} suffix, LaTeX {@code \href{url}{url}} leftovers and {@code {a,b}} brace
 * alternatives, stray spaces inside the scheme ({@code https: //}), and the {@code hf.xwall.us.kg}
 * mirror of huggingface.co. Stateless and thread-safe.
 */
public final class LinkRecognizer {

    /** A URL: a scheme (spaces tolerated around the colon), {@code www.}, or a bare well-known code host. */
    private static final Pattern URL = Pattern.compile(
            "(?i)(?<![\\w@/.\\-])(?:https?\\s?:\\s?//|www\\.|(?:github\\.com|gitlab\\.com|bitbucket\\.org"
                    + "|huggingface\\.co|hf\\.co)/)[^\\s<>\"\\u201C\\u201D\\u2018\\u2019]+");
    private static final Pattern SCHEME = Pattern.compile("(?i)^https?://");
    private static final Pattern SCHEME_SPACES = Pattern.compile("(?i)^(https?)\\s?:\\s?//");
    /** {@code prefix{a,b}suffix}: a shell-style list of alternatives. */
    private static final Pattern BRACE_LIST = Pattern.compile("\\{([^{}]*,[^{}]*)}");
    private static final String TRAILING = ".,;:!?'\"`*\\";
    private static final Map<String, String> MIRRORS = Map.of("hf.xwall.us.kg", "huggingface.co");

    /** Hosts whose URLs are repositories of code or released models; value = rule suffix. */
    private static final Map<String, String> CODE_HOSTS = Map.ofEntries(
            Map.entry("github.com", "github"), Map.entry("gist.github.com", "github"),
            Map.entry("gitlab.com", "gitlab"), Map.entry("bitbucket.org", "bitbucket"),
            Map.entry("huggingface.co", "huggingface"), Map.entry("hf.co", "huggingface"),
            Map.entry("gitee.com", "gitee"), Map.entry("codeberg.org", "codeberg"),
            Map.entry("sourceforge.net", "sourceforge"), Map.entry("anonymous.4open.science", "anonymous"));
    /** Hugging Face paths that are not model or space repositories (dataset downloads, docs, paper pages). */
    private static final List<String> HF_NON_CODE = List.of("datasets/", "papers/", "docs/", "blog/", "learn/");

    /** What a paper may promise to release. */
    private static final String ARTIFACT = "(?:source\\s)?(?:code|codes|implementation|models?|weights|checkpoints?"
            + "|data|datasets?|benchmarks?|corpus|corpora|scripts|toolkit|library|resources|materials|artifacts)";
    /**
     * Phrases that promise code, models or data: "our code will be released", "code and models are
     * publicly available", "we release the dataset", "will be open-sourced", "an open-source platform".
     * Plain "X is available" about other people's data does not count: the artifact must be the paper's
     * ("our", "the", sentence-initial) or the verb must promise ("will", "publicly", "released").
     * <p>
     * One pattern per kind of phrase, each behind its {@link Prefilter}: most abstracts lack the words one
     * of them needs, and a substring test is far cheaper than scanning the whole abstract.
     */
    private static final List<Pattern> PROMISES = Stream.of(
            "(?:^|[.;:]\\s|\\b(?:our|the|all|its|these|this)\\s)(?:\\w+\\s){0,2}" + ARTIFACT
                    + "(?:,?\\s(?:and\\s|&\\s)?(?:\\w+\\s)?" + ARTIFACT + ")*,?\\s(?:will|shall|would|is|are|has|have)"
                    + "\\s(?:also\\s)?(?:be\\s|been\\s)?(?:made\\s)?(?:publicly\\s|freely\\s|openly\\s|fully\\s)?"
                    + "(?:released|available|open[- ]?sourced|public|published|shared|accessible|provided|given|included)\\b",
            "\\b(?:will|shall)\\sbe\\s(?:made\\s)?(?:publicly\\s|freely\\s)?(?:released|available|open[- ]?sourced"
                    + "|public|accessible)\\b",
            "\\b(?:has|have)\\sbeen\\s(?:publicly\\s|freely\\s)?(?:released|open[- ]?sourced)\\b",
            "\\bwe\\s(?:will\\s|also\\s|further\\s)*(?:publicly\\s)?(?:release|released|open[- ]?source|publish"
                    + "|share|make)\\b[^.;]{0,80}?\\b(?:" + ARTIFACT + "|available|public)\\b",
            "\\b" + ARTIFACT + "(?:,?\\s(?:and\\s)?\\w+){0,4}\\s(?:all\\s)?released\\b",
            "\\b(?:the\\sfirst|our|an?|fully|truly)\\s(?:[\\w-]+\\s){0,2}open[- ]?source[d]?\\b")
            .map(regex -> Pattern.compile("(?i)" + regex)).toList();

    /** URLs in a sentence as CODE or LINK facts, in order, without duplicates. */
    public List<LinkFact> find(Sentence s) {
        String text = s.text();
        if (!mayHoldUrl(text)) {
            return List.of();
        }
        Map<String, LinkFact> out = new LinkedHashMap<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            int end = m.start() + trimTrailing(m.group()).length();
            if (end <= m.start()) {
                continue;
            }
            String written = text.substring(m.start(), end);
            for (String url : clean(written)) {
                Optional<Kind> kind = kindOf(url);
                if (kind.isEmpty()) {
                    continue;
                }
                Evidence ev = new Evidence(s.section(), text, m.start(), end, kind.get().rule(),
                        kind.get().confidence() * (hasScheme(written) ? 1.0 : 0.95));
                out.putIfAbsent(comparable(url), new LinkFact(kind.get().relation(), url, written, ev));
            }
        }
        return List.copyOf(out.values());
    }

    /** A cheap pre-check: most sentences hold no URL and need no regex scan. */
    private static boolean mayHoldUrl(String text) {
        return text.contains("//") || text.contains("www.") || text.contains(".com/") || text.contains(".co/")
                || text.contains(".org/");
    }

    /** True when the text promises code, models or data ("will be released", "available") without a URL. */
    public static boolean codePromised(String text) {
        if (text == null || text.isBlank() || Prefilter.mayMatch(URL, text) && URL.matcher(text).find()) {
            return false;
        }
        return PROMISES.stream().anyMatch(p -> Prefilter.mayMatch(p, text) && p.matcher(text).find());
    }

    /**
     * Classifies a URL given as metadata (HF {@code githubRepo}, a project page): cleaned like a URL in the
     * text, CODE or LINK by its host, with the caller's evidence. Empty when it is not a URL.
     */
    public static Optional<LinkFact> classify(String rawUrl, Evidence evidence) {
        if (rawUrl == null || rawUrl.isBlank()) {
            return Optional.empty();
        }
        String written = trimTrailing(rawUrl.strip());
        List<String> urls = clean(written);
        if (urls.isEmpty()) {
            return Optional.empty();
        }
        String url = urls.get(0);
        return kindOf(url).map(k -> new LinkFact(k.relation(), url, rawUrl.strip(), evidence));
    }

    /**
     * The cleaned URL(s) a written URL stands for: several when it holds brace alternatives or a
     * duplicated {@code \href} target. Scheme-less URLs get {@code https://} so they are absolute IRIs.
     */
    static List<String> clean(String written) {
        String u = SCHEME_SPACES.matcher(written.strip()).replaceFirst("$1://");
        List<String> variants = new ArrayList<>();
        int dup = u.indexOf("{http");
        if (dup < 0) {
            dup = u.toLowerCase(Locale.ROOT).indexOf("{www.");
        }
        if (dup > 0) {
            // LaTeX \href{target}{text}: the text repeats (or names) the target
            variants.add(u.substring(0, dup));
            variants.add(u.substring(dup + 1));
        } else {
            Matcher b = BRACE_LIST.matcher(u);
            if (b.find()) {
                for (String alt : b.group(1).split(",")) {
                    variants.add(u.substring(0, b.start()) + alt.strip() + u.substring(b.end()));
                }
            } else {
                variants.add(u);
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String v : variants) {
            String c = v.replace("{", "").replace("}", "");
            c = trimTrailing(c);
            while (c.toLowerCase(Locale.ROOT).endsWith(".git")) {
                c = trimTrailing(c.substring(0, c.length() - 4));
            }
            if (!hasScheme(c)) {
                c = "https://" + c;
            }
            c = mapMirror(c);
            if (hostOf(c).contains(".")) {
                out.putIfAbsent(comparable(c), c);
            }
        }
        return List.copyOf(out.values());
    }

    /** Drops trailing sentence punctuation and closing brackets that have no opening partner in the URL. */
    static String trimTrailing(String s) {
        String u = s;
        while (!u.isEmpty()) {
            char c = u.charAt(u.length() - 1);
            if (TRAILING.indexOf(c) >= 0 || c == '\u2019' || c == '\u201D') {
                u = u.substring(0, u.length() - 1);
            } else if (c == ')' && count(u, '(') < count(u, ')')
                    || c == ']' && count(u, '[') < count(u, ']')
                    || c == '}' && count(u, '{') < count(u, '}')
                    || c == '>') {
                u = u.substring(0, u.length() - 1);
            } else {
                break;
            }
        }
        return u;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static boolean hasScheme(String u) {
        return u.regionMatches(true, 0, "http://", 0, 7) || u.regionMatches(true, 0, "https://", 0, 8)
                || SCHEME_SPACES.matcher(u).lookingAt();
    }

    private static String mapMirror(String url) {
        String host = hostOf(url);
        String to = MIRRORS.get(host);
        if (to == null) {
            return url;
        }
        int i = url.toLowerCase(Locale.ROOT).indexOf(host);
        return url.substring(0, i) + to + url.substring(i + host.length());
    }

    /** Lower-case host without {@code www.}. */
    static String hostOf(String url) {
        String u = SCHEME.matcher(url).replaceFirst("");
        int cut = u.length();
        for (char c : new char[] {'/', '?', '#', ':'}) {
            int i = u.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        String host = u.substring(0, cut).toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /** The path after the host, without leading slash. */
    private static String pathOf(String url) {
        String u = SCHEME.matcher(url).replaceFirst("");
        int slash = u.indexOf('/');
        return slash < 0 ? "" : u.substring(slash + 1);
    }

    /** Comparison form for de-duplication: no scheme, no www, no trailing slash, lower case. */
    private static String comparable(String url) {
        String u = SCHEME.matcher(url.toLowerCase(Locale.ROOT)).replaceFirst("");
        u = u.startsWith("www.") ? u.substring(4) : u;
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    private record Kind(Relation relation, String rule, double confidence) {
    }

    private static Optional<Kind> kindOf(String url) {
        String host = hostOf(url);
        if (host.isEmpty() || !host.contains(".")) {
            return Optional.empty();
        }
        String path = pathOf(url);
        boolean hasPath = !path.isBlank() && !path.equals("/");
        String codeHost = CODE_HOSTS.get(host);
        if (codeHost != null && hasPath) {
            boolean notRepo = switch (codeHost) {
                case "huggingface" -> HF_NON_CODE.stream().anyMatch(path::startsWith);
                case "anonymous" -> !path.startsWith("r/");
                default -> false;
            };
            if (!notRepo) {
                return Optional.of(new Kind(Relation.CODE, "code." + codeHost, 0.97));
            }
        }
        String rule;
        if (host.endsWith(".github.io") || host.endsWith(".gitlab.io")) {
            rule = "link.project-page";
        } else if (host.equals("doi.org") || host.equals("dx.doi.org") || host.equals("zenodo.org")) {
            rule = "link.doi";
        } else if (host.equals("youtu.be") || host.endsWith("youtube.com") || host.endsWith("vimeo.com")) {
            rule = "link.video";
        } else if (codeHost != null) {
            rule = "link.code-host-page";
        } else {
            rule = "link.url";
        }
        return Optional.of(new Kind(Relation.LINK, rule, 0.95));
    }
}
