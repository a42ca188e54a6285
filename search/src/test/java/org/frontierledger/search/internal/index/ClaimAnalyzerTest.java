package org.frontierledger.search.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class ClaimAnalyzerTest {

    private final Analyzer analyzer = ClaimAnalyzer.forIndex();

    @Test
    void modelNamesAndNumbersSurviveAnalysis() throws IOException {
        assertThat(tokens("OpenAI's GPT-4o, o3-mini and DeepSeek V3.2 cost $80 billion in 2026"))
                .containsExactly(
                        "openai",
                        "gpt",
                        "4o",
                        "o3",
                        "mini",
                        "and",
                        "deepseek",
                        "v3.2",
                        "v3",
                        "cost",
                        "80",
                        "billion",
                        "in",
                        "2026");
    }

    @Test
    void dottedVersionsGainTheirLeadingPartButFiguresDoNot() throws IOException {
        assertThat(tokens("DeepSeek V3.2 for $3.5 billion"))
                .containsExactly("deepseek", "v3.2", "v3", "for", "3.5", "billion");
        assertThat(tokens(ClaimAnalyzer.forQueries(), "DeepSeek V3.2")).containsExactly("deepseek", "v3.2");
    }

    @Test
    void wordsAreStemmedButNotDropped() throws IOException {
        assertThat(tokens("Meta is not spending less")).containsExactly("meta", "is", "not", "spend", "less");
    }

    @Test
    void prefixesAreOnlyLowerCased() {
        assertThat(analyzer.normalize(ClaimFields.TEXT, "Spending").utf8ToString())
                .isEqualTo("spending");
    }

    private List<String> tokens(String text) throws IOException {
        return tokens(analyzer, text);
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(ClaimFields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
