package org.papergraph.cli;

import picocli.CommandLine.Command;

/** Placeholder until its stage lands. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "(not yet available)")
public final class ValidateCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("validate is not implemented yet");
    }
}
