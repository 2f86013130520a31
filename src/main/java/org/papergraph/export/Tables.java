package org.papergraph.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * CSV tables for people who do not use RDF: papers, entities (aliases joined with {@code |}), paper–entity
 * edges, code repositories and results. Call inside a read transaction.
 */
public final class Tables {
    /** The tables written, in order: file name, bundled query, columns. */
    enum Table {
        PAPERS("papers.csv", "table-papers", List.of("paper", "key", "arxiv_id", "title", "published", "featured", "graph")),
        ENTITIES("entities.csv", "table-entities", List.of("entity", "type", "label", "aliases")),
        EDGES("edges.csv", "table-edges", List.of("paper", "relation", "entity", "confidence")),
        CODE("code.csv", "table-code", List.of("paper", "repository", "url")),
        RESULTS("results.csv", "table-results", List.of("paper", "subject", "metric", "value", "value_text", "dataset"));

        final String file;
        final String query;
        final List<String> columns;

        Table(String file, String query, List<String> columns) {
            this.file = file;
            this.query = query;
            this.columns = columns;
        }
    }

    private Tables() {
    }

    /** Writes every table into {@code dir}; returns the files written. */
    public static List<Path> writeAll(DatasetGraph dsg, Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Table t : Table.values()) {
            Path file = dir.resolve(t.file);
            try (Outputs.Target target = Outputs.open(file.toString());
                 CsvWriter csv = new CsvWriter(new OutputStreamWriter(target.stream(), StandardCharsets.UTF_8))) {
                csv.row(t.columns);
                if (t == Table.EDGES) {
                    edges(dsg, csv::row);
                } else {
                    Rows.forEach(dsg, t.query, b -> csv.row(Rows.text(b, t.columns)));
                }
                csv.close();
                target.commit();
            }
            files.add(file);
        }
        return files;
    }

    /**
     * Paper–entity edges, one per (paper, relation, entity) with the highest mention confidence. Rows of one
     * edge arrive together, so merging adjacent rows keeps memory flat.
     */
    static void edges(DatasetGraph dsg, java.util.function.Consumer<List<String>> sink) {
        Edge[] pending = {null};
        Rows.forEach(dsg, Table.EDGES.query, b -> {
            Edge e = Edge.of(b);
            if (pending[0] != null && pending[0].sameAs(e)) {
                pending[0] = pending[0].max(e);
            } else {
                if (pending[0] != null) {
                    sink.accept(pending[0].row());
                }
                pending[0] = e;
            }
        });
        if (pending[0] != null) {
            sink.accept(pending[0].row());
        }
    }

    private record Edge(Node paper, String relation, Node entity, Double confidence) {
        static Edge of(Binding b) {
            Node c = b.get("confidence");
            Double conf = c != null && c.isLiteral() ? Double.valueOf(c.getLiteralLexicalForm()) : null;
            return new Edge(b.get("paper"), Rows.text(b.get("relation")), b.get("entity"), conf);
        }

        boolean sameAs(Edge o) {
            return paper.equals(o.paper) && relation.equals(o.relation) && entity.equals(o.entity);
        }

        Edge max(Edge o) {
            if (confidence == null || (o.confidence != null && o.confidence > confidence)) {
                return new Edge(paper, relation, entity, o.confidence);
            }
            return this;
        }

        List<String> row() {
            return List.of(Rows.text(paper), relation, Rows.text(entity), Objects.toString(confidence, ""));
        }
    }
}
