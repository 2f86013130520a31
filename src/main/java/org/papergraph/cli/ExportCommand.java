package org.papergraph.cli;

import picocli.CommandLine.Command;

/** Placeholder until its stage lands. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "(not yet available)")
public final class ExportCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("export is not implemented yet");
    }
}
