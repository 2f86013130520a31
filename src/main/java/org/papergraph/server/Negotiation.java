package org.papergraph.server;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * Content negotiation for pages that offer HTML and RDF: the {@code Accept} header, or {@code ?format=}
 * ({@code html, ttl, jsonld, nt, rdf}) for links and clients that cannot set headers.
 */
final class Negotiation {
    private Negotiation() {
    }

    static final String HTML = "text/html";
    private static final Map<String, String> FORMAT_PARAM = Map.of(
            "html", HTML, "ttl", "text/turtle", "turtle", "text/turtle", "jsonld", "application/ld+json",
            "nt", "application/n-triples", "rdf", "application/rdf+xml");
    // Order matters for "*/*": browsers rank text/html explicitly, so a bare "*/*" (curl) gets Turtle.
    private static final AcceptList RDF_OFFERS = AcceptList.create(
            "text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml");
    private static final AcceptList ALL_OFFERS = AcceptList.create(
            "text/turtle", HTML, "application/ld+json", "application/n-triples", "application/rdf+xml");

    /** The chosen media type (HTML only when {@code htmlAllowed}), or empty when nothing acceptable is offered. */
    static Optional<String> choose(HttpServletRequest request, boolean htmlAllowed) {
        String format = request.getParameter("format");
        if (format != null) {
            String type = FORMAT_PARAM.get(format.toLowerCase(java.util.Locale.ROOT));
            return type == null || (!htmlAllowed && type.equals(HTML)) ? Optional.empty() : Optional.of(type);
        }
        String accept = request.getHeader("Accept");
        AcceptList wanted = new AcceptList(accept == null || accept.isBlank() ? "*/*" : accept);
        MediaType chosen = AcceptList.match(wanted, htmlAllowed ? ALL_OFFERS : RDF_OFFERS);
        return Optional.ofNullable(chosen).map(MediaType::getContentTypeStr);
    }

    static Lang lang(String mediaType) {
        return RDFLanguages.contentTypeToLang(mediaType);
    }
}
