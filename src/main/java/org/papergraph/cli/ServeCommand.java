package org.papergraph.cli;

import picocli.CommandLine.Command;

/** Placeholder until its stage lands. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "(not yet available)")
public final class ServeCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("serve is not implemented yet");
    }
}
