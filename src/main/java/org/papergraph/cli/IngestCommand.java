package org.papergraph.cli;

import picocli.CommandLine.Command;

/** Placeholder until its stage lands. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "(not yet available)")
public final class IngestCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("ingest is not implemented yet");
    }
}
