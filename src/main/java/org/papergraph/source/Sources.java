package org.papergraph.source;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads papers from files, directories and streams, in any supported format. Bad input never throws:
 * each problem is reported with its file and line and reading goes on with the next record or file.
 * Exceptions thrown by the caller's consumers are passed through unchanged.
 */
public final class Sources {
    private static final Logger LOG = LoggerFactory.getLogger(Sources.class);
    /** Files picked up when walking a directory (named files are always read, whatever their name). */
    private static final Pattern INPUT_NAME = Pattern.compile("(?i).*\\.(txt|json|jsonl|ndjson|xml|atom)(\\.gz)?");
    private static final Map<SourceFormat, PaperReader> READERS = Map.of(
            SourceFormat.HF_PAGE, new HfPageReader(),
            SourceFormat.HF_JSON, new HfJsonReader(),
            SourceFormat.ARXIV_ATOM, new ArxivAtomReader(),
            SourceFormat.JSONL, new JsonlReader());

    private Sources() {
    }

    /**
     * Reads every paper in the inputs: files, directories (walked recursively in sorted order; hidden
     * files and files without an input extension - .txt .json .jsonl .ndjson .xml .atom, optionally .gz -
     * skipped; links to files read, links to directories not followed), gzip read transparently,
     * "-" = stdin. The format is detected from the content.
     */
    public static void read(List<String> inputs, Consumer<Paper> papers, Consumer<InputProblem> problems) {
        for (String input : inputs) {
            if ("-".equals(input)) {
                read("-", new NonClosing(System.in), papers, problems);
                continue;
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                for (Path file : walk(path, problems)) {
                    readFile(file, papers, problems);
                }
            } else if (Files.exists(path)) {
                readFile(path, papers, problems);
            } else {
                problems.accept(new InputProblem(input, 0, "no such file or directory"));
            }
        }
    }

    /** Same for one already-open stream; {@code name} is used in problems and {@link SourceRef}s. The stream is closed. */
    public static void read(String name, InputStream in, Consumer<Paper> papers, Consumer<InputProblem> problems) {
        ReadContext ctx = new ReadContext(name, papers, problems);
        try (InputStream closing = in) {
            Reader decoded = InputDecoder.open(closing, ctx);
            if (decoded != null) {
                readText(new BufferedReader(decoded, FormatDetector.PREFIX_CHARS + 1), ctx);
            }
        } catch (ReadContext.DownstreamFailure e) {
            throw e.unwrap();
        } catch (IOException e) {
            ctx.problem(0, "could not read further (" + e.getMessage() + "); papers read before this point are kept");
        } catch (RuntimeException e) {
            LOG.warn("Unexpected failure while reading {}", name, e);
            ctx.problem(0, "could not be read (internal error: " + e + "); papers read before this point are kept");
        }
    }

    private static void readText(BufferedReader in, ReadContext ctx) throws IOException {
        in.mark(FormatDetector.PREFIX_CHARS);
        char[] head = new char[FormatDetector.PREFIX_CHARS];
        int n = 0;
        for (int r; n < head.length && (r = in.read(head, n, head.length - n)) > 0; ) {
            n += r;
        }
        in.reset();
        String prefix = new String(head, 0, n);
        if (prefix.isBlank()) {
            ctx.problem(0, "empty file (only whitespace)");
            return;
        }
        SourceFormat format = FormatDetector.detect(prefix, ctx.name());
        if (format == null) {
            ctx.problem(0, "not a recognised paper format (expected an HF Daily Papers page, HF JSON, arXiv Atom or JSONL); skipped");
            return;
        }
        LOG.debug("Reading {} as {}", ctx.name(), format);
        READERS.get(format).read(in, ctx);
        if (ctx.paperCount() == 0 && ctx.problemCount() == 0) {
            ctx.problem(0, "no papers found in this " + format + " input");
        }
    }

    private static void readFile(Path file, Consumer<Paper> papers, Consumer<InputProblem> problems) {
        String name = file.toString();
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            problems.accept(new InputProblem(name, 0, "cannot open: " + e));
            return;
        }
        read(name, in, papers, problems);
    }

    /** Input files under {@code dir}, sorted by path; unreadable parts are reported and skipped. */
    static List<Path> walk(Path dir, Consumer<InputProblem> problems) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return !d.equals(dir) && isHidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    // Links to files are read; links to directories are not followed (no cycles).
                    boolean regular = attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(f);
                    if (regular && !isHidden(f) && INPUT_NAME.matcher(f.getFileName().toString()).matches()) {
                        files.add(f);
                    } else if (regular && !isHidden(f)) {
                        LOG.info("Skipping {}: not an input file type", f);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    problems.accept(new InputProblem(f.toString(), 0, "cannot read: " + e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.accept(new InputProblem(dir.toString(), 0, "cannot walk directory: " + e));
        }
        files.sort(null);
        return files;
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** stdin belongs to the process: reading it to the end must not close it. */
    private static final class NonClosing extends FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // deliberately left open
        }
    }
}
