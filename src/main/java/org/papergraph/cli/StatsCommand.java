package org.papergraph.cli;

import picocli.CommandLine.Command;

/** Placeholder until its stage lands. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "(not yet available)")
public final class StatsCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("stats is not implemented yet");
    }
}
