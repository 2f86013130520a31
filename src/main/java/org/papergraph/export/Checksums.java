package org.papergraph.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** {@code SHA256SUMS} in the format {@code sha256sum -c} reads: hex digest, two spaces, relative path. */
public final class Checksums {
    private Checksums() {
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** Writes {@code dir/SHA256SUMS} for the given files (all inside {@code dir}), sorted by path. */
    public static Path write(Path dir, List<Path> files) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Path f : files.stream().map(dir::relativize).sorted().toList()) {
            sb.append(sha256(dir.resolve(f))).append("  ").append(f.toString().replace('\\', '/')).append('\n');
        }
        Path sums = dir.resolve("SHA256SUMS");
        Files.writeString(sums, sb, StandardCharsets.UTF_8);
        return sums;
    }
}
