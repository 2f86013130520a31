package org.papergraph.extract;

import java.text.Normalizer;
import java.util.Locale;

/** Name normalisation shared by entity resolution and IRI minting. */
public final class Names {
    private Names() {
    }

    /**
     * The resolution key of a name: accents stripped, lower case, letters and digits only
     * ({@code ResNet-50}, {@code ResNet50} and {@code resnet 50} share {@code resnet50}).
     */
    public static String key(String name) {
        String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
