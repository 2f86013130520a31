package org.papergraph.server;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.papergraph.rdf.Vocab;

/**
 * Renders a {@link ResourceView} as a self-contained HTML page. Every piece of data is escaped; only
 * http(s) IRIs become links, so a {@code javascript:} URL in the data can never be clicked.
 */
final class ResourcePage {
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("pg", Vocab.NS)
            .setNsPrefix("dcterms", Vocab.DCTERMS)
            .setNsPrefix("schema", Vocab.SCHEMA)
            .setNsPrefix("fabio", Vocab.FABIO)
            .setNsPrefix("prov", Vocab.PROV)
            .setNsPrefix("skos", Vocab.SKOS)
            .lock();

    private final String base;
    private final String root;

    /**
     * @param base the IRI base the data was minted under ({@code …/paper/…}, {@code …/entity/…} live below it)
     * @param root relative path from the page to the server root, e.g. {@code "../"}
     */
    ResourcePage(String base, String root) {
        this.base = base;
        this.root = root;
    }

    String render(ResourceView view) {
        String iri = view.iri().getURI();
        String title = view.label().map(ResourcePage::text).orElse(localName(iri));
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escapeHtml4(title)).append(" · PaperGraph</title>")
                .append("<link rel=\"stylesheet\" href=\"").append(root).append("ui/style.css\">");
        for (String[] alt : new String[][]{{"text/turtle", "ttl"}, {"application/ld+json", "jsonld"}, {"application/n-triples", "nt"}})
            h.append("<link rel=\"alternate\" type=\"").append(alt[0]).append("\" href=\"?format=").append(alt[1]).append("\">");
        h.append("</head><body><header><a href=\"").append(root).append("\">PaperGraph</a></header><main>\n");
        h.append("<h1>").append(escapeHtml4(title)).append("</h1>\n");
        h.append("<p class=\"iri\"><code>").append(escapeHtml4(iri)).append("</code></p>\n");
        List<Node> types = view.types();
        if (!types.isEmpty())
            h.append("<p class=\"types\">Type: ").append(join(types)).append("</p>\n");
        List<Node> aliases = view.aliases();
        if (!aliases.isEmpty())
            h.append("<p class=\"aliases\">Also known as: ").append(join(aliases)).append("</p>\n");
        view.abstractText().ifPresent(a -> h.append("<section><h2>Abstract</h2><p>").append(escapeHtml4(text(a))).append("</p></section>\n"));
        papers(h, view);
        code(h, view);
        results(h, view);
        statements(h, view);
        h.append("</main><footer>This resource as <a href=\"?format=ttl\">Turtle</a> · <a href=\"?format=jsonld\">JSON-LD</a>")
                .append(" · <a href=\"?format=nt\">N-Triples</a> · <a href=\"").append(root).append("\">query the graph</a></footer>")
                .append("</body></html>\n");
        return h.toString();
    }

    private void papers(StringBuilder h, ResourceView view) {
        if (view.papers().isEmpty())
            return;
        Map<Node, StringBuilder> byRelation = new LinkedHashMap<>();
        for (ResourceView.PaperLink link : view.papers()) {
            String label = link.title() == null ? localName(link.paper().getURI()) : text(link.title());
            byRelation.computeIfAbsent(link.predicate(), p -> new StringBuilder())
                    .append("<li>").append(link(link.paper(), label)).append("</li>");
        }
        h.append("<section><h2>Papers</h2>\n");
        byRelation.forEach((p, items) -> h.append("<h3>").append(escapeHtml4(shortName(p))).append("</h3><ul>").append(items).append("</ul>\n"));
        h.append("</section>\n");
    }

    private void code(StringBuilder h, ResourceView view) {
        if (view.code().isEmpty())
            return;
        h.append("<section><h2>Code</h2><ul>");
        view.code().forEach(c -> h.append("<li>").append(link(c, text(c))).append("</li>"));
        h.append("</ul></section>\n");
    }

    private void results(StringBuilder h, ResourceView view) {
        if (view.results().isEmpty())
            return;
        h.append("<section><h2>Results</h2><table><tr><th>Metric</th><th>Value</th><th>Dataset</th><th>Subject</th><th>Paper</th></tr>\n");
        for (ResourceView.ResultRow r : view.results()) {
            h.append("<tr><td>").append(cell(r.metric())).append("</td><td>").append(cell(r.value()))
                    .append("</td><td>").append(cell(r.dataset())).append("</td><td>").append(cell(r.subject()))
                    .append("</td><td>");
            if (r.paper() != null)
                h.append(link(r.paper(), r.paperTitle() == null ? localName(r.paper().toString()) : text(r.paperTitle())));
            h.append("</td></tr>\n");
        }
        h.append("</table></section>\n");
    }

    private void statements(StringBuilder h, ResourceView view) {
        h.append("<section><h2>Statements</h2><table><tr><th>Property</th><th>Value</th></tr>\n");
        for (ResourceView.Statement s : view.statements()) {
            Node o = s.object();
            String label = s.objectLabel() != null ? text(s.objectLabel()) : o.isURI() ? shortName(o) : text(o);
            h.append("<tr><td>").append(escapeHtml4(shortName(s.predicate()))).append("</td><td>")
                    .append(link(o, label)).append("</td></tr>\n");
        }
        h.append("</table></section>\n");
    }

    private String join(List<Node> nodes) {
        StringBuilder sb = new StringBuilder();
        for (Node n : nodes) {
            if (!sb.isEmpty())
                sb.append(", ");
            sb.append(n.isURI() ? link(n, shortName(n)) : escapeHtml4(text(n)));
        }
        return sb.toString();
    }

    private String cell(Node n) {
        if (n == null)
            return "";
        return n.isURI() ? link(n, shortName(n)) : escapeHtml4(text(n));
    }

    /** Escaped label, linked when the node is one of ours (served here) or an external http(s) IRI. */
    String link(Node node, String label) {
        String href = href(node);
        String text = escapeHtml4(label);
        return href == null ? text : "<a href=\"" + escapeHtml4(href) + "\">" + text + "</a>";
    }

    String href(Node node) {
        if (node == null || !node.isURI())
            return null;
        String iri = node.getURI();
        for (String kind : new String[]{"paper/", "entity/"})
            if (iri.startsWith(base + kind) && iri.length() > (base + kind).length())
                return root + kind + iri.substring(base.length() + kind.length());
        return iri.startsWith("https://") || iri.startsWith("http://") ? iri : null;
    }

    private static String text(Node n) {
        if (n.isLiteral())
            return n.getLiteralLexicalForm();
        if (n.isURI())
            return n.getURI();
        return "(blank node)";
    }

    private static String shortName(Node n) {
        return n.isURI() ? PREFIXES.shortForm(n.getURI()) : text(n);
    }

    private static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }
}
