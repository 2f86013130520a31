package org.papergraph.export;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

import org.papergraph.cli.PaperGraphCli;

/**
 * Runs {@code papergraph export ARGS} in this JVM and reports the peak heap in use (sum of the heap pools'
 * peaks, an upper bound) next to -Xmx, so a run under a small fixed heap shows that export memory is bounded.
 */
public final class ExportBenchMain {
    private ExportBenchMain() {
    }

    public static void main(String[] args) {
        String[] cli = new String[args.length + 1];
        cli[0] = "export";
        System.arraycopy(args, 0, cli, 1, args.length);
        int rc = PaperGraphCli.commandLine().execute(cli);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.err.printf("peak heap used <= %d MB (max heap %d MB), exit %d%n", peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20, rc);
        System.exit(rc);
    }
}
