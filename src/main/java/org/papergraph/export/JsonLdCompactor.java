package org.papergraph.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSON-LD output compacted with the project's context ({@code papergraph/ontology/context.jsonld} on the
 * classpath, i.e. {@code ontology/context.jsonld}); the context is embedded, so reading the file back needs
 * no network. Jena writes expanded JSON-LD 1.1, Titanium (Jena's own JSON-LD engine) compacts it.
 */
final class JsonLdCompactor {
    private static final Logger LOG = LoggerFactory.getLogger(JsonLdCompactor.class);
    static final String CONTEXT_RESOURCE = "papergraph/ontology/context.jsonld";
    /** Remote contexts are never fetched: nothing downloads at run time. */
    private static final DocumentLoader NO_NETWORK = (url, options) -> {
        throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "remote context not loaded: " + url);
    };

    private JsonLdCompactor() {
    }

    static void write(DatasetGraph dsg, OutputStream out) {
        try {
            ByteArrayOutputStream expanded = new ByteArrayOutputStream();
            RDFDataMgr.write(expanded, dsg, RDFFormat.JSONLD11_PLAIN);
            Document doc = JsonDocument.of(new ByteArrayInputStream(expanded.toByteArray()));
            JsonObject compacted = JsonLd.compact(doc, context(dsg)).loader(NO_NETWORK).get();
            JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out);
            w.writeObject(compacted);
            out.flush();
        } catch (JsonLdError | IOException e) {
            throw new IllegalStateException("JSON-LD compaction failed: " + e.getMessage(), e);
        }
    }

    /** The project context, or (when absent from the classpath) one made of the dataset's prefixes. */
    private static Document context(DatasetGraph dsg) throws JsonLdError, IOException {
        try (InputStream in = JsonLdCompactor.class.getClassLoader().getResourceAsStream(CONTEXT_RESOURCE)) {
            if (in != null) {
                return JsonDocument.of(in);
            }
        }
        LOG.warn("{} not on the classpath; compacting JSON-LD with the prefixes only", CONTEXT_RESOURCE);
        JsonObjectBuilder ctx = Json.createObjectBuilder();
        dsg.prefixes().forEach(ctx::add);
        return JsonDocument.of(Json.createObjectBuilder().add("@context", ctx).build());
    }
}
