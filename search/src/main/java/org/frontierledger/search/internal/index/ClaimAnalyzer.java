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
 * parser turns back into a phrase when they are typed as one word. Porter leaves such mixed
 * letter-digit tokens alone.
 *
 * <p>Thread-safe, like every Lucene {@link Analyzer}: token streams are reused per thread.
 */
public final class ClaimAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(tokenizer);
        stream = new LowerCaseFilter(stream);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /** Wildcard and prefix terms are only lower-cased: stemming a fragment would change it. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
