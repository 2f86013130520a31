package org.papergraph.extract;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.papergraph.source.Paper;

/**
 * Dev harness (not a test) for the link, task and result recognisers alone: runs them over the dev papers
 * without the rest of the extractor and scores with {@code score.py} (only code, links, tasks and results are
 * meaningful in its table). Arguments: {@code [--eval DIR] [--misses N] [--dump ID-PREFIX] [--all-tasks]};
 * {@code --features FILE} writes each task candidate's ranking features (to fit the weights), and
 * {@code --all-tasks} reports every task candidate (to see what the ranking throws away), and the facts
 * CSV carries each task's rule and confidence in its type column.
 */
public final class TaskDevEval {
    private TaskDevEval() {
    }

    public static void main(String[] args) throws Exception {
        Path eval = Path.of("../shared/eval");
        int misses = 40;
        String dump = null;
        boolean allTasks = false;
        Path featureFile = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--eval" -> eval = Path.of(args[++i]);
                case "--misses" -> misses = Integer.parseInt(args[++i]);
                case "--dump" -> dump = args[++i];
                case "--all-tasks" -> allTasks = true;
                case "--features" -> featureFile = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        List<Path> paperFiles;
        try (var s = Files.list(eval.resolve("papers"))) {
            paperFiles = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        List<Path> goldFiles;
        try (var s = Files.list(eval.resolve("gold"))) {
            goldFiles = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        NlpPipeline nlp = NlpPipeline.shared();
        LinkRecognizer links = new LinkRecognizer();
        TaskRecognizer tasks = new TaskRecognizer();
        ResultRecognizer results = new ResultRecognizer();
        Path out = Path.of(System.getProperty("java.io.tmpdir"), "papergraph-h2b-facts.csv");
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8));
             PrintWriter features = featureFile == null ? null
                     : new PrintWriter(Files.newBufferedWriter(featureFile, StandardCharsets.UTF_8))) {
            w.print("paper,id,relation,value,type,dataset\r\n");
            for (Path f : paperFiles) {
                for (DevEval.DevPaper p : DevEval.read(f)) {
                    Paper paper = p.toPaper();
                    List<Sentence> sentences = new ArrayList<>(nlp.process("title", TextNormalizer.normalize(p.title())));
                    sentences.addAll(nlp.process("abstract", TextNormalizer.normalize(p.abstractText())));
                    List<Fact> facts = new ArrayList<>();
                    for (Sentence s : sentences) {
                        facts.addAll(links.find(s));
                        facts.addAll(results.find(s, List.of(), null));
                    }
                    facts.addAll(allTasks ? tasks.candidates(sentences) : tasks.find(sentences, paper));
                    if (features != null) {
                        for (var e : tasks.features(sentences).entrySet()) {
                            features.println(p.id() + "\t" + e.getKey() + "\t" + java.util.Arrays.toString(e.getValue()));
                        }
                    }
                    boolean show = dump != null && p.id().startsWith(dump);
                    if (show) {
                        System.out.println("== " + p.id() + " " + p.title());
                    }
                    for (Fact fact : facts) {
                        String[] row = FactRows.row(fact);
                        if (row != null && fact.relation() == Relation.TASK) {
                            // rule and confidence in the type column: score.py ignores it for tasks
                            row[2] = fact.evidence().rule() + " " + fact.evidence().confidence();
                        }
                        if (row != null) {
                            w.print(String.join(",", csv(p.title()), csv(p.id()), csv(row[0]), csv(row[1]),
                                    csv(row[2]), csv(row[3])) + "\r\n");
                        }
                        if (show) {
                            System.out.println("  " + FactRows.describe(fact));
                        }
                    }
                }
            }
        }
        System.exit(DevEval.score(eval, paperFiles, goldFiles, out, misses));
    }

    private static String csv(String s) {
        String v = s == null ? "" : s;
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
