package org.frontierledger.search.internal.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.NumericUtils;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.search.internal.index.ClaimFields;
import org.jspecify.annotations.Nullable;

/**
 * Reads what an analyst types into a Lucene query. The classic Lucene syntax with AND between
 * words, extended for claims:
 *
 * <ul>
 *   <li>words, {@code "phrases"}, {@code AND}/{@code OR}/{@code NOT} (or {@code -word}),
 *       parentheses, {@code prefix*}; a word the analyzer splits ("GPT-4o") becomes a phrase;
 *   <li>{@code a NEAR/n b}: see {@link NearClauses};
 *   <li>text fields {@code speaker:}, {@code org:}, {@code model:}, {@code doc:} and its synonym
 *       {@code source:} (the document's title and show);
 *   <li>{@code type:capex} (a market event type, by wire name or label);
 *   <li>figures: {@code amount:>=100B}, {@code amount:[1B TO 10B]}, {@code price:<1} (USD per
 *       million tokens), read by {@link Amounts};
 *   <li>dates: {@code date:2025}, {@code date:2025-01..2025-03}, {@code date:>=2025-06-01},
 *       {@code date:[2025-01-01 TO 2025-03-31]}, read by {@link DateRanges};
 *   <li>aliases (companies and market terms such as capex): an unquoted word of the text, {@code org:} or {@code doc:} also finds its
 *       {@link Aliases}.
 * </ul>
 *
 * <p>Refused, with a message saying why and what to type instead: text over {@value #MAX_LENGTH}
 * characters, parentheses nested deeper than {@value #MAX_DEPTH}, leading wildcards, regular
 * expressions, unknown fields, unknown types, figures and dates that cannot be read, empty ranges.
 *
 * <p>Thread-safe: Lucene's parser is not, so each call builds its own.
 */
public final class ClaimQueryParser {

    /** Longer queries are refused: nobody types them, and they are costly to parse and run. */
    public static final int MAX_LENGTH = 500;

    /** Deeper nesting is refused: the grammar recurses once per level. */
    public static final int MAX_DEPTH = 10;

    private static final Map<String, String> TEXT_FIELDS = Map.of(
            ClaimFields.TEXT,
            ClaimFields.TEXT,
            "speaker",
            ClaimFields.SPEAKER,
            "doc",
            ClaimFields.DOC,
            "source",
            ClaimFields.DOC,
            "org",
            ClaimFields.ORG,
            "model",
            ClaimFields.MODEL);
    private static final List<String> SPECIAL_FIELDS = List.of("type", "date", "amount", "price");
    private static final Pattern COMPARISON = Pattern.compile("(>=|<=|>|<)(.+)");
    private static final String FIELD_LIST = "speaker:, org:, model:, type:, doc: or source:, date:, amount:, price:";

    private final Analyzer analyzer;

    public ClaimQueryParser(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * The query for {@code text}, which must not be blank.
     *
     * @throws QueryRejected when the text cannot be run, with a message saying why
     */
    public Query parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new QueryRejected("The query is " + text.length() + " characters long; the limit is " + MAX_LENGTH
                    + ". Shorten it to the words that matter.");
        }
        requireShallowNesting(text);
        NearClauses near = NearClauses.extract(text, analyzer);
        try {
            return new Parser(analyzer, near).parse(near.text());
        } catch (ParseException e) {
            throw rejection(text, e);
        }
    }

    /** The message for a query that expands to more clauses than {@link IndexSearcher} allows. */
    public static String tooManyClausesMessage() {
        return "The query expands to more than " + IndexSearcher.getMaxClauseCount()
                + " terms. Make short prefixes such as 'a*' longer, or use fewer OR terms.";
    }

    private static void requireShallowNesting(String text) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(' && ++depth > MAX_DEPTH) {
                throw new QueryRejected(
                        "The parentheses are nested more than " + MAX_DEPTH + " deep. Write the query flatter.");
            } else if (!quoted && c == ')') {
                depth--;
            }
        }
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

    /** The classic parser with the fields, figures, dates, aliases and refusals of claims. */
    private static final class Parser extends QueryParser {
        private final NearClauses near;

        Parser(Analyzer analyzer, NearClauses near) {
            super(ClaimFields.TEXT, analyzer);
            this.near = near;
            setDefaultOperator(QueryParser.Operator.AND);
            // Each white-space separated word is analysed alone, and a word the analyzer splits
            // ("GPT-4o" into "gpt", "4o") becomes a phrase rather than two unrelated terms.
            setSplitOnWhitespace(true);
            setAutoGeneratePhraseQueries(true);
            // Prefixes expand to one scored clause per term, so a prefix that matches too much is
            // refused with TooManyClauses instead of silently matching everything at constant score.
            setMultiTermRewriteMethod(MultiTermQuery.SCORING_BOOLEAN_REWRITE);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            Query nearQuery = near.query(queryText);
            if (nearQuery != null) {
                return nearQuery;
            }
            return switch (field) {
                case "type" -> type(queryText);
                case "date" -> date(queryText);
                case "amount", "price" -> figure(field, queryText);
                default -> text(textField(field), queryText, quoted);
            };
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            if (SPECIAL_FIELDS.contains(field)) {
                if (slop != 0) {
                    throw new QueryRejected(field + ": takes no ~ distance. Write " + field + ":value.");
                }
                return getFieldQuery(field, queryText, true);
            }
            return super.getFieldQuery(textField(field), queryText, slop);
        }

        @Override
        protected Query getRangeQuery(
                String field,
                @Nullable String part1,
                @Nullable String part2,
                boolean startInclusive,
                boolean endInclusive)
                throws ParseException {
            return switch (field) {
                case "date" -> dateRange(open(part1), open(part2), startInclusive, endInclusive);
                case "amount" -> amountRange(open(part1), open(part2), startInclusive, endInclusive);
                case "price" -> priceRange(open(part1), open(part2), startInclusive, endInclusive);
                default -> {
                    textField(field);
                    throw new QueryRejected("Ranges work on date:, amount: and price: only, not on " + field
                            + ":. Search words there instead.");
                }
            };
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            return super.getPrefixQuery(multiTermField(field, termStr + "*"), termStr);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            if ("*".equals(field) && "*".equals(termStr)) {
                return new MatchAllDocsQuery();
            }
            if (termStr.startsWith("*") || termStr.startsWith("?")) {
                throw new LeadingWildcard(termStr);
            }
            return super.getWildcardQuery(multiTermField(field, termStr), termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            return super.getFuzzyQuery(multiTermField(field, termStr + "~"), termStr, minSimilarity);
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            throw new QueryRejected("Regular expressions (/" + termStr + "/) are not supported: they can scan the"
                    + " whole index. Use words, a prefix* or put a \\ before each /.");
        }

        private Query text(String field, String queryText, boolean quoted) throws ParseException {
            List<String> aliases = quoted || ClaimFields.SPEAKER.equals(field) ? List.of() : Aliases.of(queryText);
            if (aliases.isEmpty()) {
                return super.getFieldQuery(field, queryText, quoted);
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String alias : aliases) {
                Query query = super.getFieldQuery(field, alias, false);
                if (query != null) {
                    any.add(query, Occur.SHOULD);
                }
            }
            return any.build();
        }

        private static String multiTermField(String field, String term) {
            if (SPECIAL_FIELDS.contains(field)) {
                throw new QueryRejected(field + ":" + term + " has a wildcard; " + field
                        + ": takes whole values, as in type:capex, date:2025-03, amount:>=100B or price:<1.");
            }
            return textField(field);
        }

        private static String textField(String field) {
            String indexed = TEXT_FIELDS.get(field);
            if (indexed == null) {
                throw new QueryRejected("There is no field '" + field + ":'. Search the text, or " + FIELD_LIST
                        + "; to search for a colon, write \\: as in '" + field + "\\:'.");
            }
            return indexed;
        }

        private static @Nullable String open(@Nullable String bound) {
            return bound == null || "*".equals(bound) ? null : bound;
        }

        private static Query type(String text) {
            try {
                return new TermQuery(new Term(
                        ClaimFields.FACET_TYPE, MarketEventType.parse(text).name()));
            } catch (IllegalArgumentException e) {
                throw new QueryRejected("'" + text + "' is not a market event type. Use one of: "
                        + Arrays.stream(MarketEventType.values())
                                .map(t -> t.name().toLowerCase(Locale.ROOT))
                                .toList()
                        + ", as in type:capex.");
            }
        }

        private static Query date(String text) {
            Matcher comparison = COMPARISON.matcher(text);
            if (comparison.matches()) {
                String op = comparison.group(1);
                String value = comparison.group(2);
                return op.startsWith(">")
                        ? dateRange(value, null, op.length() == 2, true)
                        : dateRange(null, value, true, op.length() == 2);
            }
            int dots = text.indexOf("..");
            if (dots >= 0) {
                String from = text.substring(0, dots);
                String to = text.substring(dots + 2);
                return dateRange(from.isEmpty() ? null : from, to.isEmpty() ? null : to, true, true);
            }
            DateRanges.Period period = DateRanges.parse(text);
            return days(period.first(), period.last());
        }

        private static Query dateRange(
                @Nullable String from, @Nullable String to, boolean fromIncluded, boolean toIncluded) {
            LocalDate first = LocalDate.MIN;
            LocalDate last = LocalDate.MAX;
            if (from != null) {
                DateRanges.Period period = DateRanges.parse(from);
                first = fromIncluded ? period.first() : period.last().plusDays(1);
            }
            if (to != null) {
                DateRanges.Period period = DateRanges.parse(to);
                last = toIncluded ? period.last() : period.first().minusDays(1);
            }
            if (first.isAfter(last)) {
                throw new QueryRejected("The dates " + (from == null ? "" : from) + ".." + (to == null ? "" : to)
                        + " hold no day: the start is after the end.");
            }
            return days(first, last);
        }

        private static Query days(LocalDate first, LocalDate last) {
            long from = first == LocalDate.MIN ? Long.MIN_VALUE : first.toEpochDay();
            long to = last == LocalDate.MAX ? Long.MAX_VALUE : last.toEpochDay();
            return new IndexOrDocValuesQuery(
                    LongPoint.newRangeQuery(ClaimFields.REPORTED_ON, from, to),
                    NumericDocValuesField.newSlowRangeQuery(ClaimFields.REPORTED_ON, from, to));
        }

        private static Query figure(String field, String text) {
            Matcher comparison = COMPARISON.matcher(text);
            String from = text;
            String to = text;
            boolean fromIncluded = true;
            boolean toIncluded = true;
            if (comparison.matches()) {
                String op = comparison.group(1);
                boolean greater = op.startsWith(">");
                from = greater ? comparison.group(2) : null;
                to = greater ? null : comparison.group(2);
                fromIncluded = !greater || op.length() == 2;
                toIncluded = greater || op.length() == 2;
            } else if (text.contains("..")) {
                int dots = text.indexOf("..");
                from = dots == 0 ? null : text.substring(0, dots);
                to = dots + 2 == text.length() ? null : text.substring(dots + 2);
            }
            return "amount".equals(field)
                    ? amountRange(from, to, fromIncluded, toIncluded)
                    : priceRange(from, to, fromIncluded, toIncluded);
        }

        private static Query amountRange(
                @Nullable String from, @Nullable String to, boolean fromIncluded, boolean toIncluded) {
            long low = Long.MIN_VALUE;
            long high = Long.MAX_VALUE;
            if (from != null) {
                BigDecimal usd = Amounts.usd(from, "amount:");
                low = fromIncluded ? dollars(usd, RoundingMode.CEILING) : dollars(usd, RoundingMode.FLOOR) + 1;
            }
            if (to != null) {
                BigDecimal usd = Amounts.usd(to, "amount:");
                high = toIncluded ? dollars(usd, RoundingMode.FLOOR) : dollars(usd, RoundingMode.CEILING) - 1;
            }
            if (low > high) {
                throw emptyRange("amount:", from, to);
            }
            return new IndexOrDocValuesQuery(
                    LongPoint.newRangeQuery(ClaimFields.AMOUNT, low, high),
                    SortedNumericDocValuesField.newSlowRangeQuery(ClaimFields.AMOUNT, low, high));
        }

        private static Query priceRange(
                @Nullable String from, @Nullable String to, boolean fromIncluded, boolean toIncluded) {
            double low = Double.NEGATIVE_INFINITY;
            double high = Double.POSITIVE_INFINITY;
            if (from != null) {
                double usd = Amounts.usd(from, "price:").doubleValue();
                low = fromIncluded ? usd : Math.nextUp(usd);
            }
            if (to != null) {
                double usd = Amounts.usd(to, "price:").doubleValue();
                high = toIncluded ? usd : Math.nextDown(usd);
            }
            if (low > high) {
                throw emptyRange("price:", from, to);
            }
            return new IndexOrDocValuesQuery(
                    DoublePoint.newRangeQuery(ClaimFields.PRICE, low, high),
                    SortedNumericDocValuesField.newSlowRangeQuery(
                            ClaimFields.PRICE,
                            NumericUtils.doubleToSortableLong(low),
                            NumericUtils.doubleToSortableLong(high)));
        }

        private static long dollars(BigDecimal usd, RoundingMode rounding) {
            BigDecimal whole = usd.setScale(0, rounding);
            if (whole.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 2)) > 0) {
                throw new QueryRejected("The amount " + usd.toPlainString() + " is larger than any on record.");
            }
            return whole.longValueExact();
        }

        private static QueryRejected emptyRange(String field, @Nullable String from, @Nullable String to) {
            return new QueryRejected(
                    "The range " + field + "[" + from + " TO " + to + "] is empty: its start is" + " above its end.");
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
