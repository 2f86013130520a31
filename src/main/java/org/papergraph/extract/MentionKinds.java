package org.papergraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides from the text whether a lexicon name that is both a procedure and a network (RAG, MoE, JEPA,
 * CLIP, MAE) is used as a model or as a method in one sentence; {@link EntityResolver} then lets that
 * kind hold for the whole paper. Stateless.
 */
final class MentionKinds {
    private MentionKinds() {
    }

    /** The rule of a lexicon mention whose kind the text decides: it outweighs other mentions of the name. */
    static final String CONTEXT_RULE = "entity.lexicon-context";
    private static final Pattern MODEL_AFTER = Pattern.compile("^\\)? (?:models?|architectures?)\\b");

    /**
     * The kind the text gives a lexicon name that is both a procedure and a network (RAG, MoE, JEPA, CLIP):
     * the paper's own acronym definition decides ("Joint Embedding Predictive Architecture (JEPA)",
     * "Contrastive Language-Image Pre-training (CLIP)"), so does a long form that names the procedure, and
     * a method name followed by "model(s)"/"architecture" is used as a network ("RAG models"), and a model name
     * after "the" and before "approach"/"method" as a procedure ("the FooCoder recipe").
     */
    static EntityType treatedAs(Sentence s, Lexicon.Match m, Entity e, List<AcronymDetector.Acronym> acronyms) {
        String t = s.text();
        EntityType type = e.type();
        if (type != EntityType.MODEL && type != EntityType.METHOD && type != EntityType.DATASET) {
            return type;
        }
        for (AcronymDetector.Acronym a : acronyms) {
            if (a.shortStart() == m.start() || a.longStart() == m.start()) {
                int after = Math.max(a.shortEnd(), a.longEnd()) + 1;
                if (after < t.length() && MODEL_AFTER.matcher(t.substring(after, Math.min(t.length(), after + 16))).find()) {
                    return type == EntityType.DATASET ? type : EntityType.MODEL;  // "CLIP (Contrastive ... Pretraining) model"
                }
                String head = a.longForm().substring(a.longForm().lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
                EntityType defined = ProposalRecognizer.headType(a.longForm());
                return defined == EntityType.METHOD || NETWORK_HEADS.contains(head) ? defined : type;
            }
        }
        if (type == EntityType.MODEL && !Names.key(m.surface()).equals(e.key())
                && ProposalRecognizer.headType(m.surface()) == EntityType.METHOD
                && !MODEL_AFTER.matcher(t.substring(m.end(), Math.min(t.length(), m.end() + 16))).find()) {
            return EntityType.METHOD;  // "contrastive language-image pre-training": the procedure, not the checkpoint
        }
        if (type == EntityType.MODEL && COLLECTION_AFTER.matcher(t.substring(m.end(), Math.min(t.length(), m.end() + 12))).find()) {
            return EntityType.DATASET;  // "the Video FooChat benchmark": a collection named after a model
        }
        if (type == EntityType.MODEL && METHOD_AFTER.matcher(t.substring(m.end(), Math.min(t.length(), m.end() + 16))).find()
                && THE_BEFORE.matcher(t.substring(Math.max(0, m.start() - 5), m.start())).find()) {
            return EntityType.METHOD;  // "following the FooCoder approach": the text calls the name a procedure
        }
        if (type == EntityType.METHOD && ACRONYM_LIKE.matcher(m.surface()).matches()
                && !modifiedBefore(s, m.start()) && MODEL_AFTER.matcher(t.substring(m.end(), Math.min(t.length(), m.end() + 16))).find()) {
            return EntityType.MODEL;
        }
        return type;
    }

    // a technique written out in words, "Mixture-of-Experts" or "retrieval augmented generation", not an acronym
    private static final Pattern SPELLED_OUT = Pattern.compile("\\p{L}\\p{Ll}+(?:[- ]\\p{L}\\p{Ll}*)+");

    private static final Pattern MODELS_AFTER = Pattern.compile("^ (?:models|architectures)\\b");

    /**
     * A technique spelled out in words before plural "models" ("Mixture-of-Experts models") names a class of models;
     * one "flow-matching model" is still a model trained with the technique.
     */
    static boolean classOfModels(String t, Lexicon.Match m) {
        return SPELLED_OUT.matcher(m.surface()).matches()
                && MODELS_AFTER.matcher(t.substring(m.end(), Math.min(t.length(), m.end() + 16))).find();
    }

    private static final Pattern COLLECTION_AFTER = Pattern.compile("^ (?:benchmark|dataset)\\b");
    private static final Pattern METHOD_AFTER = Pattern.compile("^ (?:approach|method|technique|algorithm|recipe)\\b");
    private static final Pattern THE_BEFORE = Pattern.compile("\\b(?:the|[Tt]his|[Tt]hat) $");

    // heads that make a definition name a network even when the lexicon lists the name as a method
    private static final java.util.Set<String> NETWORK_HEADS = java.util.Set.of("architecture", "network");
    private static final Pattern ACRONYM_LIKE = Pattern.compile("\\S*\\p{Lu}\\S*\\p{Lu}\\S*");

    // what may stand right before "X models" when X names the networks: a function word or a verb
    private static final Pattern PLAIN_BEFORE = Pattern.compile(
            "(?:^|[,;(]\\s*|\\b(?:the|a|an|by|for|of|with|and|or|our|its|their|to|in|on|from|as|via|these|those|such"
                    + "|use|study|evaluate|train|fine-tune|finetune|apply|adopt|employ|compare|build|deploy|leverage|\\w+ed)\\s)$");

    /** "long COT models": another word before "X models" makes X part of a description of the models. */
    private static boolean modifiedBefore(Sentence s, int start) {
        return !PLAIN_BEFORE.matcher(s.text().substring(Math.max(0, start - 20), start)).find();
    }

    /**
     * The name taken as the other kind: its own entity ("clip-method"), linked to the lexicon's as its family,
     * so that one IRI never carries both classes across papers.
     */
    static Entity retyped(Entity e, EntityType type) {
        return new Entity(e.key() + "-" + type.name().toLowerCase(java.util.Locale.ROOT), e.name(), type, e.aliases(),
                e.key(), null);
    }

    private static final Pattern RUN_SEPARATOR = Pattern.compile(",\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+");

    /** "ViTs (DINO, MAE, DeiT-III, CLIP)": a lone method name in a list of models is the checkpoint of that method. */
    static void modelsListedWithModels(String t, List<EntityRecognizer.Mention> out) {
        List<EntityRecognizer.Mention> sorted = new ArrayList<>(out);
        sorted.sort(java.util.Comparator.comparingInt(EntityRecognizer.Mention::start));
        int runStart = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            if (i < sorted.size() && sorted.get(i).start() >= sorted.get(i - 1).end()
                    && RUN_SEPARATOR.matcher(t.substring(sorted.get(i - 1).end(), sorted.get(i).start())).matches()) {
                continue;
            }
            List<EntityRecognizer.Mention> run = sorted.subList(runStart, i);
            runStart = i;
            long models = run.stream().filter(x -> x.entity().type() == EntityType.MODEL).count();
            List<EntityRecognizer.Mention> methods = run.stream().filter(x -> x.entity().type() == EntityType.METHOD).toList();
            if (models >= 2 && methods.size() == 1 && run.size() >= 3) {
                EntityRecognizer.Mention x = methods.get(0);
                out.set(out.indexOf(x), new EntityRecognizer.Mention(x.surface(), x.start(), x.end(), retyped(x.entity(), EntityType.MODEL),
                        CONTEXT_RULE, x.confidence()));
            }
        }
    }
}
