package org.papergraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The user and password the ingest endpoint accepts, read from a password file: the first non-blank,
 * non-comment line is either {@code user:password} or just {@code password} (user {@value #DEFAULT_USER}).
 */
public record BasicCredentials(String user, String password) {
    public static final String DEFAULT_USER = "ingest";

    public BasicCredentials {
        if (user.isEmpty() || user.contains(":") || password.isEmpty())
            throw new IllegalArgumentException("credentials need a user without ':' and a non-empty password");
    }

    public static BasicCredentials fromFile(Path file) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#"))
                continue;
            int colon = s.indexOf(':');
            return colon < 0 ? new BasicCredentials(DEFAULT_USER, s)
                    : new BasicCredentials(s.substring(0, colon), s.substring(colon + 1));
        }
        throw new IOException(file + ": no password found (expected a line 'user:password' or 'password')");
    }

    /** Checks an {@code Authorization} header in constant time with respect to the secret. */
    public boolean accepts(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Basic ", 0, 6))
            return false;
        byte[] given;
        try {
            given = Base64.getDecoder().decode(authorizationHeader.substring(6).strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] expected = (user + ':' + password).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, expected);
    }

    @Override
    public String toString() {
        return "BasicCredentials[user=" + user + ", password=***]";
    }
}
