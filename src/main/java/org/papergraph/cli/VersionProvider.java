package org.papergraph.cli;

import picocli.CommandLine;

/** Reports the jar's implementation version (set by Maven) or "dev". */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = PaperGraphCli.class.getPackage().getImplementationVersion();
        return new String[]{"papergraph " + (v == null ? "dev" : v)};
    }
}
