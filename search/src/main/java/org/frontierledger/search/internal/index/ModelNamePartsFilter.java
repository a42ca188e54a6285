package org.frontierledger.search.internal.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;
import org.jspecify.annotations.Nullable;

/**
 * Adds the leading part of a dotted model version as a second token at the same position:
 * "v3.2" also yields "v3", so "DeepSeek V3" finds "DeepSeek V3.2" while "V3.2" still finds only
 * itself. Only tokens with a letter are split: a figure such as "3.5" (billion) must not match "3".
 */
final class ModelNamePartsFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private AttributeSource.@Nullable State original;
    private @Nullable String part;

    ModelNamePartsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (part != null) {
            restoreState(original);
            term.setEmpty().append(part);
            position.setPositionIncrement(0);
            part = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        part = leadingPart(term);
        if (part != null) {
            original = captureState();
        }
        return true;
    }

    /** The text before the first dot of a token with a letter and a dot inside; null otherwise. */
    private static @Nullable String leadingPart(CharSequence token) {
        int dot = -1;
        boolean letter = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '.' && dot < 0) {
                dot = i;
            } else if (Character.isLetter(c)) {
                letter = true;
            }
        }
        return letter && dot > 0 && dot < token.length() - 1
                ? token.subSequence(0, dot).toString()
                : null;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        part = null;
        original = null;
    }
}
