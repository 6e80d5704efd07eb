package id.wilayah.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The importer's test corpus, from its test-jar on the class path: small valid and broken editions as CSV files. */
public final class Corpus {
    private Corpus() {
    }

    public static boolean has(String corpusCase, String file) {
        return Corpus.class.getResource(resource(corpusCase, file)) != null;
    }

    public static byte[] read(String corpusCase, String file) {
        try (InputStream in = Corpus.class.getResourceAsStream(resource(corpusCase, file))) {
            if (in == null) {
                throw new IllegalArgumentException("no corpus file " + resource(corpusCase, file));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String corpusCase, String file) {
        return "/corpus/" + corpusCase + "/" + file + ".csv";
    }
}
