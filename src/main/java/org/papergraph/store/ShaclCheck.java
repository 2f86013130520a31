package org.papergraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * Validates paper graphs or a whole store (its union graph) against the SHACL shapes of {@code ontology/shapes.ttl}.
 * Immutable and thread-safe once built; parse the shapes once and reuse.
 */
public final class ShaclCheck {
    /** Classpath location of the shapes (the build copies {@code ontology/} under {@code papergraph/}). */
    public static final String SHAPES_RESOURCE = "papergraph/ontology/shapes.ttl";

    private final Shapes shapes;

    private ShaclCheck(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
    }

    /** The project's shapes, from the classpath. */
    public static ShaclCheck standard() {
        try (InputStream in = ShaclCheck.class.getClassLoader().getResourceAsStream(SHAPES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SHAPES_RESOURCE + " is not on the classpath (build with mvn package)");
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return new ShaclCheck(g);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + SHAPES_RESOURCE, e);
        }
    }

    /** Shapes from a Turtle file (e.g. a user's stricter profile). */
    public static ShaclCheck fromFile(Path shapesFile) {
        return new ShaclCheck(RDFDataMgr.loadGraph(shapesFile.toString()));
    }

    public Report validate(Graph data) {
        return Report.of(ShaclValidator.get().validate(shapes, data));
    }

    /** Validates the union of every paper graph in the store, in one read transaction. */
    public Report validate(PaperStore store) {
        return Txn.calculateRead(store.dataset(),
                () -> validate(store.dataset().asDatasetGraph().getUnionGraph()));
    }

    /**
     * Outcome of a validation.
     *
     * @param conforms true when no shape is violated
     * @param messages one line per violation: severity, focus node, path, message
     */
    public record Report(boolean conforms, List<String> messages) {
        public Report {
            messages = List.copyOf(messages);
        }

        static Report of(ValidationReport r) {
            return new Report(r.conforms(), r.getEntries().stream().map(Report::line).sorted().toList());
        }

        private static String line(ReportEntry e) {
            String path = e.resultPath() == null ? "" : " " + e.resultPath();
            return e.severity().level().getLocalName() + ": <" + e.focusNode() + ">" + path + ": " + e.message();
        }
    }
}
