package org.frontierledger.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.frontierledger.api.AsOfParameter;
import org.frontierledger.projections.timeline.Figures;
import org.frontierledger.search.ClaimFact;
import org.frontierledger.search.ClaimHit;
import org.frontierledger.search.ClaimQuery;
import org.frontierledger.search.ClaimSearch;
import org.frontierledger.search.FacetDimension;
import org.frontierledger.search.InvalidQueryException;
import org.frontierledger.search.SearchResult;
import org.frontierledger.search.SortOrder;
import org.frontierledger.search.config.SearchConfiguration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * {@code search QUERY [--limit N] [--offset N] [--sort relevance|newest|oldest] [--type T] [--org O]
 * [--model M] [--speaker S] [--source S] [--year Y] [--as-of DATE|INSTANT] [--json]}: the claims matching a
 * query, in the search view's syntax, from the index as last committed. It opens the index
 * read-only and starts no application, so it answers in about a second and works while the server
 * runs.
 */
final class SearchCommand {
    static final String USAGE = "usage: search QUERY [--limit N (default 20, at most " + ClaimQuery.MAX_LIMIT
            + ")] [--offset N] [--sort relevance|newest|oldest] [--type T] [--org O] [--model M] [--speaker S]"
            + " [--source S] [--year Y] [--as-of YYYY-MM-DD or an instant] [--json]";

    private final PrintStream out;
    private final PrintStream err;

    SearchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        ClaimQuery query;
        boolean json = false;
        try {
            List<String> words = new ArrayList<>();
            int limit = 20;
            int offset = 0;
            SortOrder sort = SortOrder.RELEVANCE;
            Instant asOf = null;
            Map<FacetDimension, Set<String>> filters = new EnumMap<>(FacetDimension.class);
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (arg.equals("--json")) {
                    json = true;
                    continue;
                }
                if (!arg.startsWith("--")) {
                    words.add(arg);
                    continue;
                }
                if (++i >= args.size()) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                String value = args.get(i);
                switch (arg) {
                    case "--limit" -> limit = number(arg, value);
                    case "--offset" -> offset = number(arg, value);
                    case "--sort" -> sort = SortOrder.parse(value);
                    case "--as-of" -> asOf = AsOfParameter.parse(value, "--as-of");
                    default -> filters.computeIfAbsent(FacetDimension.ofParameter(arg.substring(2)),
                            d -> new LinkedHashSet<>()).add(value);
                }
            }
            if (words.isEmpty()) {
                throw new IllegalArgumentException("search needs a query (in quotes when it has spaces)");
            }
            query = new ClaimQuery(String.join(" ", words), offset, limit, filters, sort, false).recordedBy(asOf);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "\n" + USAGE);
            return LedgerCommandLine.USAGE;
        }
        Path index = indexFolder();
        try {
            SearchResult result = ClaimSearch.readOnly(index, search -> search.search(query));
            if (json) {
                printJson(result);
            } else {
                printText(query, result);
            }
            return LedgerCommandLine.OK;
        } catch (InvalidQueryException e) {
            err.println(e.getMessage());
            return LedgerCommandLine.USAGE;
        } catch (IllegalStateException e) {
            err.println(e.getMessage());
            return LedgerCommandLine.FAILED;
        }
    }

    /** Where the server keeps its index: the application's settings, environment variables included. */
    static Path indexFolder() {
        StandardEnvironment environment = new StandardEnvironment();
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource(
                    new ClassPathResource("application.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the packaged application.properties", e);
        }
        return SearchConfiguration.indexFolder(environment);
    }

    private void printText(ClaimQuery query, SearchResult result) {
        int first = query.offset() + 1;
        int last = query.offset() + result.hits().size();
        String total = String.format(Locale.ROOT, "%,d %s", result.total(), result.total() == 1 ? "claim" : "claims");
        out.println(result.hits().isEmpty() ? total : total + "; " + first + " to " + last + ":");
        for (ClaimHit hit : result.hits()) {
            out.println();
            out.println(hit.reportedOn() + "  " + hit.quote());
            String facts = hit.facts().stream().map(SearchCommand::fact).collect(Collectors.joining("; "));
            out.println("            " + (hit.speaker() == null ? "" : hit.speaker() + " · ") + hit.documentTitle()
                    + (facts.isEmpty() ? "" : " · " + facts));
        }
    }

    private static String fact(ClaimFact fact) {
        StringBuilder text = new StringBuilder(fact.type().name().toLowerCase(Locale.ROOT));
        if (fact.org() != null) {
            text.append(' ').append(fact.org());
        }
        if (fact.model() != null) {
            text.append(' ').append(fact.model());
        }
        if (fact.amountUsd() != null) {
            text.append(' ').append(Figures.usd(BigDecimal.valueOf(fact.amountUsd())));
            if (fact.amountUsdHigh() != null) {
                text.append('–').append(Figures.usd(BigDecimal.valueOf(fact.amountUsdHigh())));
            }
        }
        return text.toString();
    }

    private void printJson(SearchResult result) {
        ObjectMapper mapper = new ObjectMapper();
        try {
            for (ClaimHit hit : result.hits()) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("id", hit.claimId());
                line.put("quote", hit.quote());
                line.put("speaker", hit.speaker());
                line.put("date", hit.reportedOn().toString());
                line.put("document", hit.documentId());
                line.put("documentTitle", hit.documentTitle());
                line.put("source", hit.source());
                line.put("score", hit.score());
                line.put("facts", hit.facts());
                out.println(mapper.writeValueAsString(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        err.printf(Locale.ROOT, "%,d %s%n", result.total(), result.total() == 1 ? "claim" : "claims");
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, got '" + value + "'");
        }
    }
}
