package org.papergraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code papergraph} command: one subcommand per task; each subcommand class only wires the stages. */
@Command(name = "papergraph",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Builds and serves an RDF knowledge graph of machine-learning papers.",
        subcommands = {
                CommandLine.HelpCommand.class,
                IngestCommand.class,
                ExtractCommand.class,
                QueryCommand.class,
                StatsCommand.class,
                ValidateCommand.class,
                ServeCommand.class,
                ExportCommand.class
        })
public final class PaperGraphCli implements Runnable {
    /** Exit code when some input was skipped but the rest went in. */
    public static final int EXIT_PARTIAL = 3;
    /** Exit code when the graph does not conform to the SHACL shapes. */
    public static final int EXIT_INVALID = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static CommandLine commandLine() {
        return new CommandLine(new PaperGraphCli())
                .setCaseInsensitiveEnumValuesAllowed(true)
                // A failed command says what went wrong in one line; the stack trace only with -Dpapergraph.log=debug.
                .setExecutionExceptionHandler((ex, cl, parsed) -> {
                    cl.getErr().println("papergraph " + cl.getCommandName() + ": error: " + ex.getMessage());
                    org.slf4j.LoggerFactory.getLogger(PaperGraphCli.class).debug("command failed", ex);
                    return 1;
                });
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
