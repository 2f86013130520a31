package org.papergraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a paper coins for its own work in ways that do not depend on the name's shape: a quoted term after
 * "we call" / "named" ("we call the results "fruit salads""), and any short phrase after a first-person
 * naming verb ("which we call KV folding,"). Lower-case and even well-known words count here, because
 * the sentence itself says the paper gives the name; so do the items of an announced count, named between
 * commas ("we further present three new methods. First, foo search, ..."). Used by {@link ProposalRecognizer};
 * stateless.
 */
final class CoinedNames {
    // the naming cue, then an optional object ("it", "the results"), then a quoted phrase
    private static final Pattern QUOTED = Pattern.compile(
            "(?:\\b(?:[Ww]e (?:call|term|name|dub)|which we (?:call|term|name|dub)|refer(?:red)? to (?:[\\w-]+ ){0,6}?as"
                    + "|called|named|termed|dubbed|coined)(?: (?:it|this|them|these|the [\\w-]+|our [\\w-]+))?"
                    + "|\\((?:the|a|an|our)) [\"“‘]([^\"“”‘’]{2,40}?)[.,]?[\"”’]");
    // first-person naming without quotes: the name runs to the next punctuation
    private static final Pattern WE_CALL = Pattern.compile(
            "\\b(?:which we (?:call|term|dub|name)(?: as)?|which we refer to as|[Ww]e refer to (?:[\\w-]+ ){0,6}?as"
                    + "|[Ww]e (?:call|term|dub|name) (?:it|them|these|(?:this|the|our) [\\w-]+|this)) (?:an? |the )?(?![\"“‘])"
                    + "([\\p{L}\\p{N}][\\p{L}\\p{N}+.-]*(?: [\\p{L}\\p{N}][\\p{L}\\p{N}+.-]*){0,3}?)(?=[,;:.)]| \\()");
    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\bwe\\b");
    // "a new research problem, which we call X", "a new task, called X": a problem or setting gets the name
    private static final Pattern PROBLEM_BEFORE = Pattern.compile(
            "\\b(?:direction|problem|phenomenon|setting|task|scenario|effect|issue|question|regime)s?,?"
                    + "(?: which| that)?(?: we)?(?: also)? ?$");
    // "we further present three new methods": an announced number of things of one kind
    private static final Pattern ANNOUNCED_COUNT = Pattern.compile("\\b[Ww]e (?:also |further )?(?:propose|introduce|present"
            + "|develop|design)s?d? (?:two|three|four) (?:new |novel )?(?:[\\w-]+ )?([a-z]+s)\\b");
    // "One, foo bar search, can ...", "The other, baz decoding, allows ...": the items, each set off by commas
    private static final Pattern ENUMERATED = Pattern.compile(
            "^(?:One|The (?:first|second|third|other|last)|First|Second|Third|Finally),\\s+"
                    + "(?:called |named |dubbed )?((?!(?:the|a|an|we|it|its|this|these|that|which|as|in|for|with|by|on|at|to|of"
                    + "|like|unlike|when|while|after|before|although|however|instead|based|using|given|existing|previous|prior|most"
                    + "|many|some|all|each|both|such|our|their)\\b)"
                    + "[\\p{L}][\\p{L}\\p{N}-]*(?: [\\p{L}][\\p{L}\\p{N}-]*){0,3}),\\s");

    private CoinedNames() {
    }

    /**
     * The coined names of one sentence.
     *
     * @param novel   whether it calls something new
     * @param lexicon known names, which only the paper's own words ("we call ...") can claim
     */
    static List<NameHit> find(Sentence s, boolean novel, Lexicon lexicon) {
        List<NameHit> out = new ArrayList<>();
        String t = s.text();
        if ((t.indexOf('"') >= 0 || t.indexOf('“') >= 0 || t.indexOf('‘') >= 0) && Prefilter.mayMatch(QUOTED, t)) {
            Matcher m = QUOTED.matcher(t);
            while (m.find()) {
                String cue = t.substring(m.start(), m.start(1));
                String name = m.group(1).strip();
                boolean ours = FIRST_PERSON.matcher(cue).find()
                        || cue.startsWith("(") && novel
                        // "a network named "X"": a described artifact ("directions (termed "X")" may be a mere concept),
                        // unless it is a name everyone knows ("the chatbot called "ChatGPT"")
                        || !cue.startsWith("(") && ProposalRecognizer.typeBefore(t, Math.max(0, m.start() - 60), m.start()) != null
                        && !EntityRecognizer.isKnown(name, lexicon);
                if (ours && !loosely(t, m.start()) && !namesProblem(t, m.start()) && phrase(name)) {
                    out.add(hit(s, name, m.start(1)));
                }
            }
        }
        if ((t.contains("we ") || t.startsWith("We ")) && Prefilter.mayMatch(WE_CALL, t)) {
            Matcher m = WE_CALL.matcher(t);
            while (m.find()) {
                String name = m.group(1);
                int space = name.indexOf(' ');
                String[] object = t.substring(m.start(), m.start(1)).strip().split(" ");
                // "we call the resulting framework foollm": a head noun the object still lacks is its end, whatever
                // the name's shape ("we call the method model soups" keeps its own head)
                boolean headless = NameShapes.typeOfHead(object[object.length - 1]) == null;
                if (space > 0 && NameShapes.typeOfHead(name.substring(0, space)) != null && Character.isLowerCase(name.charAt(0))
                        && (headless || NameShapes.isNameLike(name.substring(space + 1)))) {
                    // "we call the resulting model FooNet": the head noun belongs to the object, not the name
                    out.add(hit(s, name.substring(space + 1), m.start(1) + space + 1));
                    continue;
                }
                if (phrase(name) && !namesProblem(t, m.start())) {
                    out.add(hit(s, name, m.start(1)));
                }
            }
        }
        return out;
    }

    /** The hit for a coined phrase, typed by the noun before it or its own last word. */
    private static NameHit hit(Sentence s, String name, int start) {
        EntityType before = ProposalRecognizer.typeBefore(s.text(), Math.max(0, start - 80), start);
        String[] words = name.split(" ");
        EntityType head = NameShapes.typeOfHead(words[words.length - 1]);
        if (words.length == 2 && head != null && NameShapes.isNameLike(words[0])) {
            // "named "FooNet architecture"": the name is FooNet, the phrase its alias
            return new NameHit(words[0], name, s, start, start + words[0].length(), "proposes.coined", 0.8, head);
        }
        return new NameHit(name, null, s, start, start + name.length(), "proposes.coined", 0.8, before != null ? before : head);
    }

    /** The naming cue at {@code at} follows a problem or setting: "a new research problem, which we call X". */
    static boolean namesProblem(String t, int at) {
        return PROBLEM_BEFORE.matcher(t).region(Math.max(0, at - 30), at).find();
    }

    private static boolean loosely(String t, int at) {
        return ProposalRecognizer.LOOSELY.matcher(t).region(Math.max(0, at - 16), at).find();  // "collectively known as"
    }

    /**
     * A phrase that can be a name: up to five words, and not a single plain lower-case word ("the best
     * layer (or "cell")" glosses a word, it names nothing).
     */
    private static boolean phrase(String name) {
        String[] words = name.split("\\s+");
        if (words.length > 5 || words[0].isEmpty()) {
            return false;
        }
        boolean plainWord = words.length == 1 && name.chars().allMatch(Character::isLowerCase);
        return !plainWord && !NameShapes.isCommon(name);
    }

    /**
     * "We further present three new methods. First, foo search, cuts ... . The second, bar decoding, avoids ...":
     * the items of an announced count of artifacts, each named between commas at the start of one of the next
     * sentences.
     */
    static List<NameHit> enumerated(List<Sentence> sentences, Lexicon lexicon) {
        List<NameHit> out = new ArrayList<>();
        for (int si = 0; si < sentences.size(); si++) {
            String text = sentences.get(si).text();
            if (sentences.get(si).section().equals("title") || !Prefilter.mayMatch(ANNOUNCED_COUNT, text)) {
                continue;
            }
            Matcher announced = ANNOUNCED_COUNT.matcher(text);
            if (!announced.find()) {
                continue;
            }
            EntityType type = NameShapes.typeOfHead(announced.group(1));
            for (int next = si + 1; type != null && next < Math.min(sentences.size(), si + 4); next++) {
                Sentence s = sentences.get(next);
                Matcher item = ENUMERATED.matcher(s.text());
                if (item.lookingAt() && !EntityRecognizer.isKnown(item.group(1), lexicon)) {
                    out.add(new NameHit(item.group(1), null, s, item.start(1), item.end(1), "proposes.enumerated", 0.65, type));
                }
            }
        }
        return out;
    }
}
