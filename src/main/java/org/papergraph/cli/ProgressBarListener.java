package org.papergraph.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.papergraph.pipeline.ProgressListener;

/** Shows pipeline progress as a terminal progress bar on stderr. */
final class ProgressBarListener implements ProgressListener {
    private ProgressBar bar;

    /** A bar when stderr is a terminal (or forced), otherwise no output at all. */
    static ProgressListener forTerminal(boolean force) {
        return force || System.console() != null ? new ProgressBarListener() : ProgressListener.NONE;
    }

    @Override
    public synchronized void started(String phase, long total) {
        finished();
        bar = new ProgressBarBuilder().setTaskName(phase).setInitialMax(total).setUnit(" papers", 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate()
                .showSpeed().build();
    }

    @Override
    public synchronized void advanced(long done) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public synchronized void finished() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
