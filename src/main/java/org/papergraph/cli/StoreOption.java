package org.papergraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by every command that opens the TDB2 store. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "papergraph-data",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}); created when missing.")
    Path dir;
}
