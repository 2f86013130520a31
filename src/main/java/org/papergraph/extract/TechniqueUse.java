package org.papergraph.extract;

import java.util.regex.Pattern;

/**
 * Whether a known technique name stands for a method the paper uses, or only for the kind of the paper's
 * own artifact ("a novel meta-learning framework"), the name it gives its own technique ("which we refer
 * to as self-distillation"), what it does without ("no pseudo-labeling") or an ability of models ("in-context
 * learning abilities"). Stateless.
 */
final class TechniqueUse {
    private TechniqueUse() {
    }

    /** False when the mention at [start, end) of {@code t} is no use of the technique. */
    static boolean uses(String t, int start, int end, String surface) {
        if (NEGATED_BEFORE.matcher(t.substring(Math.max(0, start - 30), start)).find()
                || ABILITY_AFTER.matcher(t.substring(end, Math.min(t.length(), end + 16))).find()) {
            return false;
        }
        return !Character.isLowerCase(surface.charAt(0)) || !ownArtifactModifier(t, start, end);
    }

    private static final Pattern NEGATED_BEFORE = Pattern.compile(
            "(?:\\b[Nn]o|\\b[Ww]ithout|\\b[Uu]nlike|\\binstead of|\\brather than)\\s+(?:(?:the|any|existing|additional|standard)\\s+)?$");

    // "in-context learning abilities": what a model can do, not a technique the paper applies
    private static final Pattern ABILITY_AFTER = Pattern.compile(
            "^\\)?\\s+(?:capabilit(?:y|ies)|abilit(?:y|ies)|phenomen(?:on|a))\\b", Pattern.CASE_INSENSITIVE);

    // "a novel", "our", "we propose a": the noun phrase that follows names the paper's own artifact
    private static final Pattern OWN_BEFORE = Pattern.compile(
            "(?:\\b(?:novel|new|innovative|our|proposed)|\\b(?:propose|present|introduce|develop)s?\\s+an?)\\s+(?:[a-z][\\w-]*\\s+){0,2}$");
    private static final Pattern ARTIFACT_AFTER = Pattern.compile(
            "^\\s+(?:framework|method|approach|technique|strategy|scheme|constraint|module|mechanism|pipeline|algorithm)s?\\b");
    // "which we refer to as self-distillation": the paper names its own technique with the generic words
    private static final Pattern NAMING_BEFORE = Pattern.compile(
            "\\b(?:refer to (?:it |this )?as|we term|we call|termed|dubbed|coined)\\s+$");

    /**
     * A generic technique name used as the modifier of the paper's own artifact ("we propose a novel prompt
     * tuning technique") or as the name the paper gives its own technique ("which we refer to as self-training").
     */
    private static boolean ownArtifactModifier(String t, int start, int end) {
        String before = t.substring(Math.max(0, start - 40), start);
        if (NAMING_BEFORE.matcher(before).find()) {
            return true;
        }
        return ARTIFACT_AFTER.matcher(t.substring(end, Math.min(t.length(), end + 14))).find()
                && OWN_BEFORE.matcher(before).find();
    }
}
