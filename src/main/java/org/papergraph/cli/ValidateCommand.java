package org.papergraph.cli;

import java.util.concurrent.Callable;
import org.papergraph.store.PaperStore;
import org.papergraph.store.ShaclCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code papergraph validate}: SHACL-validate the stored graph against ontology/shapes.ttl. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validates the union of all paper graphs against the SHACL shapes (ontology/shapes.ttl)"
                + " and prints the report. Exit code 0: conforms; 4: violations found.")
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (PaperStore s = PaperStore.open(store.dir)) {
            ShaclCheck.Report report = ShaclCheck.standard().validate(s);
            report.messages().forEach(System.out::println);
            System.out.println(report.conforms() ? "conforms: the graph satisfies ontology/shapes.ttl"
                    : "does not conform: " + report.messages().size() + " violation(s)");
            return report.conforms() ? 0 : PaperGraphCli.EXIT_INVALID;
        }
    }
}
