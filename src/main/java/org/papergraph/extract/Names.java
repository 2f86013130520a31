package org.papergraph.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Name normalisation shared by entity resolution and IRI minting. */
public final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Names() {
    }

    /**
     * The resolution key of a name: accents stripped, lower case, letters and digits only
     * ({@code ResNet-50}, {@code ResNet50} and {@code resnet 50} share {@code resnet50}).
     */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        // a name that is its own key (most tokens: "learning", "2024") is returned as is, without a copy
        int same = 0;
        while (same < name.length() && (name.charAt(same) >= 'a' && name.charAt(same) <= 'z'
                || name.charAt(same) >= '0' && name.charAt(same) <= '9')) {
            same++;
        }
        if (same == name.length()) {
            return name;
        }
        // fast path, same result: ASCII has no accents to strip, so only A-Z, a-z, 0-9 survive, lower-cased
        char[] out = new char[name.length()];
        name.getChars(0, same, out, 0);
        int n = same;
        for (int i = same; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80) {
                return unicodeKey(name);
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out[n++] = c;
            } else if (c >= 'A' && c <= 'Z') {
                out[n++] = (char) (c + ('a' - 'A'));
            }
        }
        return new String(out, 0, n);
    }

    /** A key without a closing "s": "adapters" and "adapter" fold together (so do "class" and "clas"). */
    static String singular(String key) {
        return key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
    }

    private static String unicodeKey(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        return NOT_LETTER_OR_DIGIT.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
