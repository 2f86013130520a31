package org.papergraph.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a proper name of an ML artifact looks like, and what kind of artifact a head noun announces.
 * Shared by the proposal and entity recognisers. Stateless.
 */
final class NameShapes {
    /** One name token: letters/digits with inner hyphens, dots, slashes, plus signs ({@code LLaMA-2-7B}, {@code GPT-3.5}). */
    static final String TOKEN = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}+]|[-./·_'](?=[\\p{L}\\p{N}]))*\\+?";
    static final Pattern TOKEN_PATTERN = Pattern.compile(TOKEN);

    /** Capitalised words that start sentences or titles and are never names on their own. */
    private static final Set<String> COMMON = Set.of(
            "A", "An", "The", "We", "Our", "In", "On", "For", "To", "Of", "And", "With", "By", "This", "That",
            "These", "Those", "It", "Its", "As", "At", "From", "Into", "Via", "Is", "Are", "Be", "Can", "How",
            "Why", "What", "When", "Where", "Which", "While", "However", "Moreover", "Furthermore", "Finally",
            "Specifically", "Additionally", "Experiments", "Results", "Extensive", "Code", "Data", "AI", "ML",
            "NLP", "CV", "LLM", "LLMs", "VLM", "VLMs", "MLLM", "MLLMs", "LM", "LMs", "DNN", "DNNs", "CNN",
            "CNNs", "RNN", "RNNs", "GNN", "GNNs", "SOTA", "SoTA", "API", "APIs", "GPU", "GPUs", "CPU", "TPU",
            "TPUs", "FLOPs", "FLOP", "RGB", "RGB-D", "3D", "2D", "4D", "1D", "US", "UK", "EU", "PhD", "II", "III",
            "IV", "URL", "HTML", "JSON", "PDF", "ID", "IDs", "OOD", "IID", "iid", "Q&A", "QA", "FPS", "NN", "MLP",
            "MLPs", "ViTs", "LVLM", "LVLMs", "LRM", "LRMs", "SLM", "SLMs", "PLM", "PLMs", "T2I", "I2V", "T2V",
            "TTS", "ASR", "NER", "KG", "KGs", "RL", "SSL", "DL", "NLU", "NLG", "HPC", "IoT", "AGI", "GenAI",
            "VQA", "OCR", "MT", "CoT", "SFT", "DPO", "RAG", "MoE", "PEFT", "KD", "NAS", "LoRA", "BN", "Vs", "vs",
            "Table", "Figure", "Section", "Appendix", "Eq", "Fig", "Transformer", "Transformers");

    // "7B", "20B", "v2", "LLM-empowered", "CLIP-based": sizes, versions and compound adjectives, not names
    private static final Pattern SIZE_OR_ADJECTIVE = Pattern.compile(
            "^(?:\\d[\\d.,]*[A-Za-z]{0,2}|v\\d[\\d.]*)$|-(?:[a-z]+ed|based|like|style|level|only|free|specific|aware|driven|centric|wise)$");

    // "FP32", "BF16", "INT8", "W4A16": number formats a paper quantizes to or compares with, never a system's name
    private static final Pattern NUMBER_FORMAT = Pattern.compile("(?:FP|BF|TF|INT|UINT|NF)\\d{1,2}|W\\d{1,2}A\\d{1,2}");

    private static final Pattern PLAIN_COMPOUND = Pattern.compile("[A-Za-z][a-z]+(?:-[A-Za-z][a-z]+)+");
    private static final Pattern ALL_CAPS_SHORT = Pattern.compile("[A-Z]{2}");

    private NameShapes() {
    }

    /**
     * A token that reads as a proper name rather than an English word: inner capitals ({@code UnMix},
     * {@code ProX}), letters with digits ({@code T5}, {@code K2}), or an all-capital acronym ({@code OPTIN}).
     */
    static boolean isNameLike(String token) {
        if (token.length() < 2 || COMMON.contains(token) || token.contains("/") && token.contains(".")
                || token.startsWith("github") || token.startsWith("http") || SIZE_OR_ADJECTIVE.matcher(token).find()
                || NUMBER_FORMAT.matcher(token).matches()) {
            return false;
        }
        boolean letter = false;
        boolean digit = false;
        int upper = 0;
        boolean innerUpper = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (Character.isUpperCase(c)) {
                    upper++;
                    if (i > 0) {
                        innerUpper = true;
                    }
                }
            } else if (Character.isDigit(c)) {
                digit = true;
            }
        }
        if (!letter || ALL_CAPS_SHORT.matcher(token).matches()) {
            return false;  // "Open-Set", "Label-Agnostic": hyphenated words; "CL": too short to be a name
        }
        return innerUpper || (digit && upper > 0) || (digit && token.length() <= 6 && Character.isLetter(token.charAt(0)));
    }

    /** A capitalised word that starts sentences and is never a name on its own ("The", "LLMs"). */
    static boolean isCommon(String token) {
        return COMMON.contains(token);
    }

    /** The kind of artifact a head noun announces ("framework" -> Framework), or null. */
    static EntityType typeOfHead(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        if (n.endsWith("ies")) {
            n = n.substring(0, n.length() - 3) + "y";  // "strategies"
        } else if (n.endsWith("ches") || n.endsWith("sses")) {
            n = n.substring(0, n.length() - 2);  // "approaches", "losses"
        } else if (n.endsWith("s") && !n.endsWith("ss") && !n.equals("corpus") && !n.equals("bias")) {
            n = n.substring(0, n.length() - 1);
        }
        return switch (n) {
            case "model", "network", "architecture", "transformer", "llm", "backbone", "encoder", "decoder",
                 "detector", "generator", "classifier", "agent", "policy", "tokenizer", "segmenter", "vlm",
                 "mllm", "lm", "net", "checkpoint", "autoencoder", "retriever", "embedder", "reranker",
                 "foundation", "family", "suite of model" -> EntityType.MODEL;
            case "dataset", "corpus", "corpora", "collection", "data", "database", "resource", "set", "bank",
                 "treebank" -> EntityType.DATASET;
            case "benchmark", "testbed", "leaderboard", "arena", "challenge", "suite", "evaluation", "test",
                 "task" -> EntityType.BENCHMARK;
            case "framework", "pipeline", "system", "paradigm", "platform", "engine", "environment",
                 "simulator" -> EntityType.FRAMEWORK;
            case "tool", "toolkit", "library", "package", "software", "interface", "toolbox", "app",
                 "application", "plugin", "codebase", "code", "repository" -> EntityType.TOOL;
            case "metric", "measure", "score", "criterion", "index" -> EntityType.METRIC;
            case "method", "approach", "algorithm", "technique", "strategy", "mechanism", "module", "loss",
                 "scheme", "procedure", "objective", "recipe", "attention", "layer", "optimizer", "regularizer",
                 "regularization", "training", "learning", "tuning", "distillation", "prompting", "decoding",
                 "sampling", "search", "solver", "estimator", "operator", "block", "unit", "trick", "protocol",
                 "formulation", "adapter", "initialization", "pruning", "quantization", "augmentation",
                 "alignment", "inference", "fine-tuning", "finetuning", "pretraining", "pre-training", "head",
                 "representation", "embedding", "encoding", "transformation", "process", "policy optimization",
                 "paradigm shift", "routing", "merging", "compression" -> EntityType.METHOD;
            default -> null;
        };
    }

    /** A type guessed from how a name ends ({@code ...Net} is a model, {@code ...Bench} a benchmark), or null. */
    static EntityType typeOfName(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (n.endsWith("bench") || n.endsWith("benchmark") || n.endsWith("eval") || n.endsWith("arena")) {
            return EntityType.BENCHMARK;
        }
        if (n.endsWith("corpus") || n.endsWith("dataset") || n.endsWith("data") || n.endsWith("set")
                || n.endsWith("qa") && !n.endsWith("gqa")) {
            return EntityType.DATASET;
        }
        if (n.endsWith("net") || n.endsWith("bert") || n.endsWith("gpt") || n.endsWith("former")
                || n.endsWith("vit") || n.endsWith("llm") || n.endsWith("lm") || n.endsWith("model")
                || n.matches(".*\\d+(\\.\\d+)?[bm]$")) {
            return EntityType.MODEL;
        }
        return null;
    }
}
