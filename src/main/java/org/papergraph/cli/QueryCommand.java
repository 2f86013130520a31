package org.papergraph.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.papergraph.rdf.NamedQueries;
import org.papergraph.rdf.NamedQuery;
import org.papergraph.store.PaperStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code papergraph query}: run SPARQL (a file, a named query, or inline) against the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query over all paper graphs (union default graph).",
                "QUERY is a .rq file or the name of a bundled query (see queries/README.md), e.g. extraction-facts."})
public final class QueryCommand implements Callable<Integer> {
    enum Format { table, csv, tsv, json, xml }

    @Mixin
    StoreOption store;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "QUERY", description = "A .rq file or a named query.")
        String query;
        @Option(names = {"-e", "--expr"}, paramLabel = "SPARQL", description = "The query text itself.")
        String expr;
    }

    @Option(names = {"-f", "--format"}, defaultValue = "table",
            description = "SELECT result format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "CONSTRUCT/DESCRIBE print Turtle; ASK prints true/false.")
    Format format;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "Bind ?NAME before running (safely, never by text substitution). VALUE is a plain string,"
                    + " <iri>, a number, or a Turtle literal such as '\"2024-01-01\"^^xsd:date'. Repeatable.")
    List<String> params = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Map<String, Node> values = new LinkedHashMap<>();
        for (String p : params) {
            QueryParams.Binding b = QueryParams.parse(p);
            values.put(b.name(), b.value());
        }
        Query query = query(values);
        try (PaperStore s = PaperStore.open(store.dir)) {
            s.dataset().begin(TxnType.READ);
            try {
                try (QueryExec exec = QueryExec.dataset(s.dataset().asDatasetGraph()).query(query).build()) {
                    print(query, exec, System.out);
                }
            } finally {
                s.dataset().end();
            }
        }
        return 0;
    }

    /** Parameters are substituted into the parsed query, never into its text. */
    private Query query(Map<String, Node> values) {
        if (source.expr != null) {
            Map<Var, Node> vars = new LinkedHashMap<>();
            values.forEach((k, v) -> vars.put(Var.alloc(k), v));
            Query q = QueryFactory.create(source.expr);
            return vars.isEmpty() ? q : QueryTransformOps.syntaxSubstitute(q, vars);
        }
        Path file = Path.of(source.query);
        NamedQuery named = Files.isRegularFile(file) ? NamedQueries.load(file) : NamedQueries.load(source.query);
        return named.bind(values);
    }

    private void print(Query query, QueryExec exec, OutputStream out) {
        if (query.isSelectType()) {
            ResultSet rs = ResultSet.adapt(exec.select());
            switch (format) {
                case table -> ResultSetFormatter.out(out, rs, query.getPrefixMapping());
                case csv -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
                case tsv -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
                case json -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
                case xml -> ResultSetMgr.write(out, rs, ResultSetLang.RS_XML);
            }
        } else if (query.isAskType()) {
            System.out.println(exec.ask());
        } else if (query.isConstructType()) {
            RDFDataMgr.write(out, exec.construct(), Lang.TURTLE);
        } else if (query.isDescribeType()) {
            RDFDataMgr.write(out, exec.describe(), Lang.TURTLE);
        }
    }
}
