package org.papergraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Sentence splitting, tokenisation and part-of-speech tagging with Apache OpenNLP and the English UD
 * models of {@code opennlp-models-*-en} (read from the classpath, never downloaded).
 * <p>
 * The models are loaded once per JVM and shared; the {@code *ME} front ends keep per-call state, so each
 * thread gets its own through a {@link ThreadLocal}. Thread-safe.
 */
public final class NlpPipeline {
    // the model jars put the .bin at their root; names as in each jar's model.properties
    static final String SENT_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static final class Models {
        static final SentenceModel SENT = load(SENT_MODEL, SentenceModel::new);
        static final TokenizerModel TOKEN = load(TOKEN_MODEL, TokenizerModel::new);
        static final POSModel POS = load(POS_MODEL, POSModel::new);
    }

    private static final NlpPipeline SHARED = new NlpPipeline();

    private final ThreadLocal<SentenceDetectorME> sentences =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(Models.SENT));
    private final ThreadLocal<TokenizerME> tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(Models.TOKEN));
    // Penn Treebank tags: the rules test NN*/JJ/VB* prefixes
    private final ThreadLocal<POSTaggerME> tagger =
            ThreadLocal.withInitial(() -> new POSTaggerME(Models.POS, POSTagFormat.PENN));

    private NlpPipeline() {
    }

    /** The pipeline over the bundled models (loaded on first use). */
    public static NlpPipeline shared() {
        return SHARED;
    }

    /** Splits normalised text into sentences of one section, each tokenised and tagged. */
    public List<Sentence> process(String section, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Sentence> out = new ArrayList<>();
        Span[] spans = section.equals("title") ? new Span[] {new Span(0, text.length())}
                : sentences.get().sentPosDetect(text);
        for (Span span : spans) {
            String s = text.substring(span.getStart(), span.getEnd()).strip();
            if (!s.isEmpty()) {
                out.add(sentence(section, out.size(), s));
            }
        }
        return out;
    }

    /** Tokenises and tags one sentence. */
    public Sentence sentence(String section, int index, String text) {
        Span[] tokenSpans = tokenizer.get().tokenizePos(text);
        String[] tokens = new String[tokenSpans.length];
        Integer[] starts = new Integer[tokenSpans.length];
        for (int i = 0; i < tokenSpans.length; i++) {
            tokens[i] = text.substring(tokenSpans[i].getStart(), tokenSpans[i].getEnd());
            starts[i] = tokenSpans[i].getStart();
        }
        String[] tags = tokens.length == 0 ? new String[0] : tagger.get().tag(tokens);
        return new Sentence(section, index, text, Arrays.asList(tokens), Arrays.asList(starts), Arrays.asList(tags));
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, ModelReader<T> reader) {
        try (InputStream in = NlpPipeline.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource
                        + " is not on the classpath (opennlp-models-*-en 1.3.0 jars)");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}
