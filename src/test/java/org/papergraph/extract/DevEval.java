package org.papergraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.papergraph.source.Paper;

/**
 * Dev harness (not a test): runs {@link RuleExtractor} over the dev papers, writes the facts as the
 * {@code extraction-facts.rq} CSV and scores them with {@code score.py}. Run it with
 * {@code scripts/dev-eval.sh}.
 * <p>
 * Arguments: {@code [--eval DIR] [--out FILE] [--misses N] [--dump ID]} — {@code --dump} also prints every
 * fact of the papers whose id starts with ID, with rule, confidence and evidence.
 */
public final class DevEval {
    private DevEval() {
    }

    /** One input record of the dev set. */
    record DevPaper(String id, String title, String abstractText) {
        Paper toPaper() {
            return Paper.builder().key("dev:" + id).sourceId(id).title(title).abstractText(abstractText).build();
        }
    }

    public static void main(String[] args) throws Exception {
        Path eval = Path.of("../shared/eval");
        Path out = Path.of(System.getProperty("java.io.tmpdir"), "papergraph-dev-facts.csv");
        int misses = 30;
        String dump = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--eval" -> eval = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--misses" -> misses = Integer.parseInt(args[++i]);
                case "--dump" -> dump = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        List<Path> paperFiles = jsonl(eval.resolve("papers"));
        List<Path> goldFiles = jsonl(eval.resolve("gold"));
        if (paperFiles.isEmpty()) {
            System.err.println("no dev papers under " + eval.toAbsolutePath() + "/papers");
            System.exit(2);
        }
        List<DevPaper> papers = new ArrayList<>();
        for (Path f : paperFiles) {
            papers.addAll(read(f));
        }
        RuleExtractor extractor = RuleExtractor.create();
        long t0 = System.nanoTime();
        List<Extraction> extractions = papers.stream().map(p -> extractor.extract(p.toPaper())).toList();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long t1 = System.nanoTime();
        papers.forEach(p -> extractor.extract(p.toPaper()));
        long warm = (System.nanoTime() - t1) / 1_000_000;
        System.out.printf("extracted %d papers in %d ms cold (loads the models), %d ms warm (%.0f papers/s, 1 thread)%n",
                papers.size(), ms, warm, papers.size() * 1000.0 / Math.max(1, warm));
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            // rule and confidence are extra columns (score.py ignores them) for per-rule error analysis
            w.print("paper,id,relation,value,type,dataset,rule,confidence\r\n");
            for (int i = 0; i < papers.size(); i++) {
                for (Fact f : extractions.get(i).facts()) {
                    String[] row = FactRows.row(f);
                    if (row != null) {
                        w.print(String.join(",", csv(papers.get(i).title()), csv(papers.get(i).id()), csv(row[0]),
                                csv(row[1]), csv(row[2]), csv(row[3]), csv(f.evidence().rule()),
                                String.valueOf(f.evidence().confidence())) + "\r\n");
                    }
                }
            }
        }
        if (dump != null) {
            for (int i = 0; i < papers.size(); i++) {
                if (papers.get(i).id().startsWith(dump)) {
                    System.out.println("== " + papers.get(i).id() + " " + papers.get(i).title());
                    extractions.get(i).facts().forEach(f -> System.out.println("  " + FactRows.describe(f)));
                }
            }
        }
        System.exit(score(eval, paperFiles, goldFiles, out, misses));
    }

    /** Runs {@code score.py} on a facts CSV and returns its exit code; the table goes to this process's output. */
    static int score(Path eval, List<Path> paperFiles, List<Path> goldFiles, Path facts, int misses)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3", eval.resolve("score.py").toString(), "--papers"));
        paperFiles.forEach(p -> cmd.add(p.toString()));
        cmd.add("--gold");
        goldFiles.forEach(p -> cmd.add(p.toString()));
        cmd.addAll(List.of("--facts", facts.toString(), "--misses", String.valueOf(misses)));
        ProcessBuilder scorer = new ProcessBuilder(cmd).inheritIO();
        scorer.environment().put("PYTHONHASHSEED", "0");  // score.py's greedy matching iterates a set: same figures every run
        return scorer.start().waitFor();
    }

    private static List<Path> jsonl(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
    }

    static List<DevPaper> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<DevPaper> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode o = json.readTree(line);
                    out.add(new DevPaper(o.path("id").asText(), o.path("title").asText(), o.path("abstract").asText()));
                } catch (IOException e) {
                    throw new IOException(file + ":" + n + ": not a JSON paper record: " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    private static String csv(String s) {
        String v = s == null ? "" : s;
        return v.matches(".*[\",\\r\\n].*") || v.contains(",") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
