package org.papergraph.export;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPOutputStream;

/**
 * Export targets: {@code -} is stdout (left open), a {@code .gz} name is gzip-compressed. Files are written
 * to {@code NAME.part} and renamed when complete, so a failed export never leaves a truncated file behind.
 */
public final class Outputs {
    private static final int BUFFER = 1 << 16;

    private Outputs() {
    }

    /** An output whose {@link Target#commit()} makes the file visible; {@code close()} alone discards it. */
    public static Target open(String target) throws IOException {
        if ("-".equals(target)) {
            OutputStream shield = new FilterOutputStream(System.out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            };
            return new Target(new BufferedOutputStream(shield, BUFFER), null, null);
        }
        Path file = Path.of(target).toAbsolutePath();
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Path part = file.resolveSibling(file.getFileName() + ".part");
        OutputStream os = new BufferedOutputStream(Files.newOutputStream(part), BUFFER);
        if (target.endsWith(".gz")) {
            os = new GZIPOutputStream(os, BUFFER);
        }
        return new Target(os, part, file);
    }

    /** An open export destination. */
    public static final class Target implements AutoCloseable {
        private final OutputStream stream;
        private final Path part;
        private final Path file;
        private boolean committed;

        private Target(OutputStream stream, Path part, Path file) {
            this.stream = stream;
            this.part = part;
            this.file = file;
        }

        public OutputStream stream() {
            return stream;
        }

        /** Finishes the output (gzip trailer included) and moves it into place. */
        public void commit() throws IOException {
            stream.close();
            if (part != null) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                try {
                    stream.close();
                } finally {
                    if (part != null) {
                        Files.deleteIfExists(part);
                    }
                }
            }
        }
    }
}
