package org.frontierledger.search.internal.query;

import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.frontierledger.search.internal.index.ClaimFields;

/**
 * Reads the classic Lucene syntax over a claim's text: words are ANDed, {@code OR}, {@code NOT},
 * {@code "phrases"}, {@code prefix*} and the fields {@code speaker:} and {@code doc:} (the
 * document's title). A word that the analyzer splits, such as "GPT-4o", becomes a phrase, so model
 * names match as written.
 *
 * <p>Thread-safe: Lucene's parser is not, so each call builds its own.
 */
public final class ClaimQueryParser {

    /** Longer queries are refused: nobody types them, and they are costly to parse and run. */
    public static final int MAX_LENGTH = 500;

    private static final Set<String> FIELDS = Set.of(ClaimFields.TEXT, ClaimFields.SPEAKER, ClaimFields.DOC);

    private final Analyzer analyzer;

    public ClaimQueryParser(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * The query for {@code text}, which must not be blank.
     *
     * @throws QueryRejected when the text is too long, malformed, starts a term with a wildcard or
     *     names an unknown field
     */
    public Query parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new QueryRejected("The query is " + text.length() + " characters long; the limit is "
                    + MAX_LENGTH + ". Shorten it to the words that matter.");
        }
        Query query;
        try {
            query = newParser().parse(text);
        } catch (ParseException e) {
            throw rejection(text, e);
        }
        requireKnownFields(query);
        return query;
    }

    /** The message for a query that expands to more clauses than {@link IndexSearcher} allows. */
    public static String tooManyClausesMessage() {
        return "The query expands to more than " + IndexSearcher.getMaxClauseCount()
                + " terms. Make short prefixes such as 'a*' longer, or use fewer OR terms.";
    }

    private QueryParser newParser() {
        QueryParser parser = new LeadingWildcardRefusingParser(analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        // Each white-space separated word is analysed alone, and a word the analyzer splits
        // ("GPT-4o" into "gpt", "4o") becomes a phrase rather than two unrelated terms.
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        // Prefixes expand to one scored clause per term, so a prefix that matches too much is
        // refused with TooManyClauses instead of silently matching everything at constant score.
        parser.setMultiTermRewriteMethod(MultiTermQuery.SCORING_BOOLEAN_REWRITE);
        return parser;
    }

    private static QueryRejected rejection(String text, ParseException e) {
        // QueryParser.parse wraps what the grammar threw; the original is the cause.
        if (e.getCause() instanceof LeadingWildcard leading) {
            return new QueryRejected("'" + leading.term + "' starts with a wildcard, which would scan every"
                    + " word in the index. Put at least one letter before * or ?, as in 'seek*'.");
        }
        if (e.getCause() instanceof IndexSearcher.TooManyClauses) {
            return new QueryRejected(tooManyClausesMessage());
        }
        return new QueryRejected("The query could not be read: " + hint(text));
    }

    private static String hint(String text) {
        if (text.chars().filter(c -> c == '"').count() % 2 == 1) {
            return "a quotation mark is not closed. Add the closing \" or remove the opening one.";
        }
        long open = text.chars().filter(c -> c == '(').count();
        if (open != text.chars().filter(c -> c == ')').count()) {
            return "the parentheses do not pair up. Close each ( with a ).";
        }
        return "check the quotes, parentheses and operators (AND, OR, NOT need words on both sides)."
                + " To search for a special character such as : ( ) [ ] ^ ~ * ? / put a \\ before it.";
    }

    private static void requireKnownFields(Query query) {
        Set<String> unknown = new TreeSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                if (!FIELDS.contains(field)) {
                    unknown.add(field);
                }
                return false;
            }
        });
        if (!unknown.isEmpty()) {
            String field = unknown.iterator().next();
            throw new QueryRejected("There is no field '" + field + ":'. Search the text, speaker: or doc:"
                    + " (the document title); to search for a colon, write \\: as in '" + field + "\\:'.");
        }
    }

    /** The classic parser, with a leading-wildcard refusal that names the offending term. */
    private static final class LeadingWildcardRefusingParser extends QueryParser {
        LeadingWildcardRefusingParser(Analyzer analyzer) {
            super(ClaimFields.TEXT, analyzer);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            boolean matchAll = "*".equals(field) && "*".equals(termStr);
            if (!matchAll && (termStr.startsWith("*") || termStr.startsWith("?"))) {
                throw new LeadingWildcard(termStr);
            }
            return super.getWildcardQuery(field, termStr);
        }
    }

    private static final class LeadingWildcard extends ParseException {
        private static final long serialVersionUID = 1L;
        private final String term;

        LeadingWildcard(String term) {
            super("leading wildcard in " + term);
            this.term = term;
        }
    }
}
