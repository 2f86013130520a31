package org.papergraph.extract;

import java.util.List;
import java.util.Objects;

/**
 * A named thing a paper mentions, resolved to its canonical identity.
 *
 * @param key        resolution key shared by every spelling of the same entity (drives its IRI);
 *                   see {@link Names#key(String)}
 * @param name       canonical name (lexicon name, else the short form / acronym as written)
 * @param type       what kind of thing it is
 * @param aliases    other spellings and long forms seen (never contains {@code name})
 * @param familyKey  key of the family this is a size/version variant of ({@code LLaMA-2-7B -> llama2}), or null
 * @param externalId an external identifier (e.g. a Papers with Code or Wikidata id) when known, or null
 */
public record Entity(String key, String name, EntityType type, List<String> aliases, String familyKey, String externalId) {
    public Entity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = aliases == null ? List.of() : aliases.stream().filter(a -> !a.equals(name)).distinct().toList();
    }

    /** An entity known only by the name written in the text. */
    public static Entity of(String name, EntityType type) {
        return new Entity(Names.key(name), name, type, List.of(), null, null);
    }
}
