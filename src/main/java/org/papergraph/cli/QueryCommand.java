package org.papergraph.cli;

import picocli.CommandLine.Command;

/** Placeholder until its stage lands. */
@Command(name = "query", mixinStandardHelpOptions = true, description = "(not yet available)")
public final class QueryCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("query is not implemented yet");
    }
}
