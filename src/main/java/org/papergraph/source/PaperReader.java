package org.papergraph.source;

import java.io.IOException;
import java.io.Reader;

/** Reads one input format: papers and problems go to the context; never gives up on the first bad record. */
interface PaperReader {
    /**
     * Reads all papers in {@code in}. Bad records are reported through {@code ctx} and skipped; an
     * IOException means the input itself could not be read further (the caller reports it).
     */
    void read(Reader in, ReadContext ctx) throws IOException;
}
