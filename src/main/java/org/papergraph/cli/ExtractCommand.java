package org.papergraph.cli;

import picocli.CommandLine.Command;

/** Placeholder until its stage lands. */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "(not yet available)")
public final class ExtractCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("extract is not implemented yet");
    }
}
