package org.frontierledger.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.frontierledger.projections.digest.Citation;
import org.frontierledger.projections.digest.DigestItem;
import org.frontierledger.projections.digest.PriceMove;
import org.frontierledger.projections.digest.SavedSearchHits;
import org.frontierledger.projections.digest.TokenPrice;
import org.frontierledger.projections.digest.WeeklyDigest;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.jspecify.annotations.Nullable;

/**
 * One row per market event of the week, then one row per saved-search hit (type {@code CLAIM},
 * with the search's owner, name and query in the last three columns, empty in event rows);
 * Apache Commons CSV, RFC 4180, every cell quoted. Cells
 * that a spreadsheet would read as a formula (starting with {@code = + - @}, tab or carriage
 * return) get a leading apostrophe, as OWASP advises against CSV injection. No generation
 * timestamp: the same week from the same events is always the same file.
 */
final class CsvDigestExporter implements DigestExporter {
    static final List<String> HEADER = List.of(
            "week",
            "event_id",
            "type",
            "subject",
            "org",
            "model",
            "figure",
            "amount_usd",
            "amount_usd_high",
            "input_usd_per_1m_tokens",
            "output_usd_per_1m_tokens",
            "blended_usd_per_1m_tokens_3to1",
            "period",
            "detail",
            "in_conflict",
            "reported_on",
            "speaker",
            "quote",
            "document_title",
            "source",
            "show",
            "document_id",
            "saved_search_owner",
            "saved_search",
            "saved_search_query");
    /** The type of a saved-search hit's row: a claim, not a market event. */
    static final String CLAIM = "CLAIM";

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

    @Override
    public DigestFormat format() {
        return DigestFormat.CSV;
    }

    @Override
    public byte[] export(WeeklyDigest digest) {
        Map<String, TokenPrice> prices = new HashMap<>();
        for (PriceMove move : digest.priceMoves()) {
            prices.put(move.item().event().eventId(), move.price());
        }
        Set<String> conflicting = new HashSet<>();
        digest.conflicts()
                .forEach(c -> c.items().forEach(i -> conflicting.add(i.event().eventId())));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            csv.printRecord(HEADER);
            for (DigestItem item : digest.events()) {
                csv.printRecord(
                        row(
                                        digest,
                                        item,
                                        prices.get(item.event().eventId()),
                                        conflicting.contains(item.event().eventId()))
                                .stream()
                                .map(CsvDigestExporter::neutralise)
                                .toList());
            }
            for (SavedSearchHits.Section search : digest.savedSearches()) {
                for (Citation hit : search.hits()) {
                    csv.printRecord(hit(digest, search, hit).stream()
                            .map(CsvDigestExporter::neutralise)
                            .toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> row(
            WeeklyDigest digest, DigestItem item, @Nullable TokenPrice price, boolean inConflict) {
        TimelineEntry e = item.event();
        return List.of(
                digest.week().toString(),
                e.eventId(),
                e.type().name(),
                e.subject(),
                text(e.org()),
                text(e.model()),
                e.figure(),
                number(e.amountUsd()),
                number(e.amountUsdHigh()),
                number(price == null ? null : price.input()),
                number(price == null ? null : price.output()),
                number(price == null ? null : price.blended()),
                text(e.period()),
                text(e.detail()),
                inConflict ? "yes" : "no",
                e.reportedOn().toString(),
                text(e.speaker()),
                e.quote(),
                item.citation().title(),
                item.citation().source(),
                text(item.citation().show()),
                e.documentId(),
                "",
                "",
                "");
    }

    private static List<String> hit(WeeklyDigest digest, SavedSearchHits.Section search, Citation hit) {
        List<String> row = new ArrayList<>(Collections.nCopies(HEADER.size(), ""));
        row.set(HEADER.indexOf("week"), digest.week().toString());
        row.set(HEADER.indexOf("type"), CLAIM);
        row.set(HEADER.indexOf("reported_on"), hit.reportedOn().toString());
        row.set(HEADER.indexOf("speaker"), text(hit.speaker()));
        row.set(HEADER.indexOf("quote"), hit.quote());
        row.set(HEADER.indexOf("document_title"), hit.title());
        row.set(HEADER.indexOf("source"), hit.source());
        row.set(HEADER.indexOf("show"), text(hit.show()));
        row.set(HEADER.indexOf("document_id"), hit.documentId());
        row.set(HEADER.indexOf("saved_search_owner"), search.owner());
        row.set(HEADER.indexOf("saved_search"), search.name());
        row.set(HEADER.indexOf("saved_search_query"), search.query());
        return row;
    }

    /** A cell a spreadsheet cannot run: a leading apostrophe before any formula trigger. */
    static String neutralise(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static String number(@Nullable BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
