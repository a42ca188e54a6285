package org.frontierledger.search.internal.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English analysis for claims: {@link StandardTokenizer}, possessives dropped, lower case, Porter
 * stems. There is deliberately no stop-word filter: "no" and "not" matter in a claim, and numbers
 * are kept as tokens.
 *
 * <p>Model names survive as written because the tokenizer follows Unicode word rules: "V3.2" stays
 * one token, and "GPT-4o" or "o3-mini" become adjacent tokens ("gpt", "4o"), which the query
 * parser turns back into a phrase when they are typed as one word; each part alone finds them
 * too. A dotted version also yields its leading part at the same position ({@link
 * ModelNamePartsFilter}: "v3.2" and "v3"), so "V3" finds "V3.2". Porter leaves such mixed
 * letter-digit tokens alone.
 *
 * <p>Thread-safe, like every Lucene {@link Analyzer}: token streams are reused per thread.
 */
public final class ClaimAnalyzer extends Analyzer {

    private final boolean forIndex;

    private ClaimAnalyzer(boolean forIndex) {
        this.forIndex = forIndex;
    }

    /** The analyzer that writes the index: it adds the leading parts of dotted versions. */
    public static ClaimAnalyzer forIndex() {
        return new ClaimAnalyzer(true);
    }

    /**
     * The analyzer for query text: the same chain without the added parts, so "V3.1" does not
     * turn into "V3.1 or V3" and find "V3.2".
     */
    public static ClaimAnalyzer forQueries() {
        return new ClaimAnalyzer(false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(tokenizer);
        stream = new LowerCaseFilter(stream);
        if (forIndex) {
            stream = new ModelNamePartsFilter(stream);
        }
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /** Wildcard and prefix terms are only lower-cased: stemming a fragment would change it. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
