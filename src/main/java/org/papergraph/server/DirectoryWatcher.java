package org.papergraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests new and changed files under a directory while the server runs. Polls rather than using a
 * {@code WatchService}, which misses events on network and container file systems. A file is taken only once
 * its size and modification time have stayed the same for one poll, so half-copied files are not read.
 */
final class DirectoryWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DirectoryWatcher.class);

    /** Size and modification time: a file is "changed" when either differs. */
    record Stamp(long size, long modified) {
        static Stamp of(Path file) throws IOException {
            return new Stamp(Files.size(file), Files.getLastModifiedTime(file).toMillis());
        }
    }

    private final Path dir;
    private final Duration interval;
    private final IngestHandler handler;
    private final Map<Path, Stamp> ingested = new HashMap<>();
    private final Map<Path, Stamp> pending = new HashMap<>();
    private ScheduledExecutorService timer;

    DirectoryWatcher(Path dir, Duration interval, IngestHandler handler) {
        this.dir = dir;
        this.interval = interval;
        this.handler = handler;
    }

    synchronized void start() {
        if (!Files.isDirectory(dir))
            throw new IllegalArgumentException("--watch: not a directory: " + dir);
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "papergraph-watch");
            t.setDaemon(true);
            return t;
        });
        // First poll at once: files already there are read (re-ingest is idempotent, so restarts are harmless).
        timer.scheduleWithFixedDelay(this::pollQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Watching {} every {} ms", dir, interval.toMillis());
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException | IOException e) {
            // One bad poll (a file vanished mid-walk, a pipeline bug) must not stop watching.
            LOG.error("Watching {} failed: {}", dir, e.toString(), e);
        }
    }

    /** One scan: files stable since the previous scan and new or changed since last ingested go in. */
    synchronized void poll() throws IOException {
        for (Path file : candidates()) {
            Stamp now;
            try {
                now = Stamp.of(file);
            } catch (IOException vanished) {
                continue;
            }
            if (now.equals(ingested.get(file)))
                continue;
            if (!now.equals(pending.put(file, now)))
                continue; // first seen or still changing: wait for the next poll
            pending.remove(file);
            ingest(file, now);
        }
    }

    private List<Path> candidates() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(DirectoryWatcher::looksFinished).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Skips hidden files and the usual names of files still being written. */
    static boolean looksFinished(Path file) {
        String name = file.getFileName().toString();
        return !(name.startsWith(".") || name.endsWith("~") || name.endsWith(".tmp") || name.endsWith(".part")
                || name.endsWith(".swp"));
    }

    private void ingest(Path file, Stamp stamp) {
        try (InputStream in = Files.newInputStream(file)) {
            IngestHandler.Outcome outcome = handler.ingest(file.toString(), in);
            LOG.info("Ingested {}{}: {}", file, outcome.complete() ? "" : " (some input skipped)", outcome.report());
        } catch (IOException | RuntimeException e) {
            LOG.error("Ingesting {} failed: {}", file, e.toString());
        }
        // Recorded even after a failure so a broken file is not retried every poll; changing it retries.
        ingested.put(file, stamp);
    }

    @Override
    public synchronized void close() {
        if (timer != null)
            timer.shutdownNow();
    }
}
