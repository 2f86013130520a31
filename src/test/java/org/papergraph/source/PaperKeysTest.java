package org.papergraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PaperKeysTest {
    @Test
    void arxivIdWinsOverTitle() {
        assertEquals("arxiv:2403.01234", PaperKeys.key("2403.01234", "Some Title", null));
    }

    @Test
    void titleKeyIgnoresCaseAndPunctuation() {
        assertEquals(PaperKeys.key(null, "Attention Is All You Need!", null),
                PaperKeys.key(null, "  attention is   all you need ", null));
    }

    @Test
    void arxivIdFromUrlsAndIds() {
        assertEquals("2403.01234", PaperKeys.arxivId("https://arxiv.org/abs/2403.01234v2"));
        assertEquals("2403.01234", PaperKeys.arxivId("2403.01234"));
        assertEquals("cs/0112017", PaperKeys.arxivId("http://arxiv.org/abs/cs/0112017v1"));
        assertNull(PaperKeys.arxivId("000-001"));
    }
}
