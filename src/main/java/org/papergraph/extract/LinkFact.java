package org.papergraph.extract;

import java.util.Objects;

/**
 * A URL the paper gives.
 *
 * @param relation CODE for a code repository (GitHub, GitLab, Bitbucket, Hugging Face repos), else LINK
 * @param url      the cleaned URL (trailing punctuation and {@code .git} removed, mirror hosts mapped)
 * @param written  the URL as written in the text
 */
public record LinkFact(Relation relation, String url, String written, Evidence evidence) implements Fact {
    public LinkFact {
        Objects.requireNonNull(url);
        if (relation != Relation.CODE && relation != Relation.LINK) {
            throw new IllegalArgumentException("a link fact is CODE or LINK: " + relation);
        }
    }
}
