package org.frontierledger.ingestion.config;

import org.frontierledger.ingestion.LexiconException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells the administrator which lexicon file and line stopped the server, instead of a stack trace. */
class LexiconFailureAnalyzer extends AbstractFailureAnalyzer<LexiconException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, LexiconException cause) {
        return new FailureAnalysis(
                "The lexicon in " + cause.folder() + " cannot be used: " + cause.getMessage(),
                "Fix or remove that file (each shipped list's header comment gives its format; see the README's "
                        + "\"Extending the lexicon\"), then start again.",
                cause);
    }
}
