package org.frontierledger.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.frontierledger.api.AsOfParameter;
import org.frontierledger.api.SearchHit;
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
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code search QUERY [--limit N] [--offset N] [--sort relevance|newest|oldest] [--type T] [--org O]
 * [--model M] [--speaker S] [--source S] [--year Y] [--as-of DATE|INSTANT] [--json]}: the claims matching a
 * query, in the search view's syntax, from the index as last committed. It opens the index
 * read-only and starts no application, so it answers in about a second and works while the server
 * runs. A query the parser refuses is bad input (exit code 1), not a usage error.
 */
@Command(
        name = "search",
        description = {
            "the claims matching a query, in the search view's syntax, with their facts,"
                    + " from the index as last committed; works while the server runs"
        })
final class SearchCommand implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;

    @Parameters(
            paramLabel = "QUERY",
            arity = "1..*",
            description = "words, \"phrases\", AND/OR/NOT, field:value, ...;" + " in quotes when it has spaces")
    List<String> words = new ArrayList<>();

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "20",
            description = "hits to print, 1 to " + ClaimQuery.MAX_LIMIT + " (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "hits to skip (default: 0)")
    int offset;

    @Option(
            names = "--sort",
            paramLabel = "ORDER",
            defaultValue = "relevance",
            converter = SortConverter.class,
            description = "relevance, newest or oldest (default: ${DEFAULT-VALUE})")
    SortOrder sort = SortOrder.RELEVANCE;

    @Option(
            names = "--type",
            paramLabel = "TYPE",
            description = "only claims reporting a market event of this type," + " e.g. CAPEX (repeat for several)")
    List<String> types = new ArrayList<>();

    @Option(names = "--org", paramLabel = "COMPANY", description = "only claims naming this company")
    List<String> orgs = new ArrayList<>();

    @Option(names = "--model", paramLabel = "MODEL", description = "only claims naming this model")
    List<String> models = new ArrayList<>();

    @Option(names = "--speaker", paramLabel = "NAME", description = "only claims by this speaker")
    List<String> speakers = new ArrayList<>();

    @Option(names = "--source", paramLabel = "SOURCE", description = "only claims from this show or site")
    List<String> sources = new ArrayList<>();

    @Option(names = "--year", paramLabel = "YEAR", description = "only claims reported in this year")
    List<String> years = new ArrayList<>();

    @Option(
            names = "--as-of",
            paramLabel = "DATE|INSTANT",
            converter = AsOfConverter.class,
            description = "only claims recorded by the end of that day (2025-03-01) or by that instant")
    @Nullable
    Instant asOf;

    @Option(names = "--json", description = "one hit per line, as the REST API's /api/search gives it")
    boolean json;

    @Spec
    CommandSpec spec;

    SearchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        ClaimQuery query;
        try {
            Map<FacetDimension, Set<String>> filters = new EnumMap<>(FacetDimension.class);
            filter(filters, FacetDimension.TYPE, types);
            filter(filters, FacetDimension.COMPANY, orgs);
            filter(filters, FacetDimension.MODEL, models);
            filter(filters, FacetDimension.SPEAKER, speakers);
            filter(filters, FacetDimension.SOURCE, sources);
            filter(filters, FacetDimension.YEAR, years);
            query = new ClaimQuery(String.join(" ", words), offset, limit, filters, sort, false).recordedBy(asOf);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
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
        } catch (InvalidQueryException | IllegalStateException e) {
            err.println(e.getMessage());
            return LedgerCommandLine.FAILED;
        }
    }

    private static void filter(
            Map<FacetDimension, Set<String>> filters, FacetDimension dimension, List<String> values) {
        for (String value : values) {
            filters.computeIfAbsent(dimension, d -> new LinkedHashSet<>()).add(dimension.checkValue(value));
        }
    }

    /** Where the server keeps its index: the application's settings, environment variables included. */
    static Path indexFolder() {
        StandardEnvironment environment = new StandardEnvironment();
        try {
            environment
                    .getPropertySources()
                    .addLast(new ResourcePropertySource(new ClassPathResource("application.properties")));
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
        for (ClaimHit hit : result.hits()) {
            out.println(SearchHit.of(hit).toJson());
        }
        err.printf(Locale.ROOT, "%,d %s%n", result.total(), result.total() == 1 ? "claim" : "claims");
    }

    /** {@code --sort}: the REST API's names. */
    static final class SortConverter implements ITypeConverter<SortOrder> {
        @Override
        public SortOrder convert(String value) {
            try {
                return SortOrder.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code --as-of}: a date (its end) or an instant, as the views' as-of field takes them. */
    static final class AsOfConverter implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return AsOfParameter.parse(value, "--as-of");
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
