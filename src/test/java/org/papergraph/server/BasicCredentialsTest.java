package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BasicCredentialsTest {
    @TempDir
    Path tmp;

    private static String header(String userPass) {
        return "Basic " + Base64.getEncoder().encodeToString(userPass.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsUserAndPasswordOrPasswordOnly() throws IOException {
        Path withUser = Files.writeString(tmp.resolve("a"), "\n# comment\n  alice:pa:ss  \n");
        BasicCredentials a = BasicCredentials.fromFile(withUser);
        assertEquals("alice", a.user());
        assertEquals("pa:ss", a.password(), "only the first colon separates");
        assertTrue(a.accepts(header("alice:pa:ss")));

        BasicCredentials b = BasicCredentials.fromFile(Files.writeString(tmp.resolve("b"), "hunter22\n"));
        assertEquals(BasicCredentials.DEFAULT_USER, b.user());
        assertTrue(b.accepts(header("ingest:hunter22")));
        assertTrue(b.accepts("basic " + Base64.getEncoder().encodeToString("ingest:hunter22".getBytes(StandardCharsets.UTF_8))));
        assertFalse(b.accepts(header("ingest:hunter2")));
        assertFalse(b.accepts(null));
        assertFalse(b.toString().contains("hunter22"), "the password never appears in logs");
    }

    @Test
    void emptyFileIsAnError() throws IOException {
        Path empty = Files.writeString(tmp.resolve("empty"), "# nothing\n\n");
        IOException e = assertThrows(IOException.class, () -> BasicCredentials.fromFile(empty));
        assertTrue(e.getMessage().contains(empty.toString()));
        assertThrows(IllegalArgumentException.class, () -> BasicCredentials.fromFile(Files.writeString(tmp.resolve("c"), "bob:\n")));
    }
}
