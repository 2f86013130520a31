package org.papergraph.extract;

/**
 * One proposal cue's find, before {@link ProposalRecognizer} merges it with the others: the name, an alias
 * (or null), where it stands, the rule that found it and the type it suggests (or null).
 */
record NameHit(String name, String alias, Sentence sentence, int start, int end, String rule, double confidence,
               EntityType type) {
}
