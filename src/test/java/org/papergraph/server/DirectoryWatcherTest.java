package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher's decisions, driven poll by poll (no timing in the test). */
class DirectoryWatcherTest {
    @TempDir
    Path dir;
    private final List<String> seen = new ArrayList<>();

    private DirectoryWatcher watcher() {
        return new DirectoryWatcher(dir, Duration.ofHours(1), (name, body) -> {
            seen.add(Path.of(name).getFileName() + "=" + new String(body.readAllBytes(), StandardCharsets.UTF_8));
            return new IngestHandler.Outcome(true, "ok");
        });
    }

    @Test
    void newFilesGoInOnceStableAndChangedFilesGoInAgain() throws IOException {
        DirectoryWatcher w = watcher();
        Path feed = Files.writeString(dir.resolve("feed.jsonl"), "one");
        w.poll();
        assertTrue(seen.isEmpty(), "a file seen for the first time may still be being written");
        w.poll();
        assertEquals(List.of("feed.jsonl=one"), seen);
        w.poll();
        assertEquals(1, seen.size(), "unchanged files are not ingested again");

        Files.writeString(feed, "one two");
        Files.setLastModifiedTime(feed, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        w.poll();
        w.poll();
        assertEquals(List.of("feed.jsonl=one", "feed.jsonl=one two"), seen);
    }

    @Test
    void subdirectoriesAreWalkedAndPartialFilesSkipped() throws IOException {
        DirectoryWatcher w = watcher();
        Files.createDirectories(dir.resolve("2026/11"));
        Files.writeString(dir.resolve("2026/11/day.txt"), "dump");
        Files.writeString(dir.resolve(".hidden"), "x");
        Files.writeString(dir.resolve("copy.part"), "x");
        Files.writeString(dir.resolve("feed.jsonl.tmp"), "x");
        w.poll();
        w.poll();
        assertEquals(List.of("day.txt=dump"), seen);
        assertFalse(DirectoryWatcher.looksFinished(Path.of("a.swp")));
    }

    @Test
    void aFailingIngestIsNotRetriedUntilTheFileChanges() throws IOException {
        List<String> calls = new ArrayList<>();
        DirectoryWatcher w = new DirectoryWatcher(dir, Duration.ofHours(1), (name, body) -> {
            calls.add(name);
            throw new IOException("broken");
        });
        Files.writeString(dir.resolve("bad.json"), "{");
        w.poll();
        w.poll();
        w.poll();
        assertEquals(1, calls.size());
    }
}
