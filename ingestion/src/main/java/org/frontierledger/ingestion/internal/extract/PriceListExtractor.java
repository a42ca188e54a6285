package org.frontierledger.ingestion.internal.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.frontierledger.eventstore.event.MarketEvent;
import org.frontierledger.eventstore.event.PriceReported;
import org.frontierledger.eventstore.event.Provenance;
import org.frontierledger.eventstore.id.DocumentId;
import org.frontierledger.eventstore.id.EntityKey;
import org.frontierledger.eventstore.id.MarketEventId;
import org.frontierledger.ingestion.internal.read.PriceListReader;
import org.frontierledger.ingestion.internal.read.PriceRow;

/**
 * A price list's rows as {@link PriceReported} events: each row is the quote of its price, and its own
 * date (not the list's) is the date the price was reported. Rows are data, not statements, so they
 * are not recorded as searchable claims.
 */
final class PriceListExtractor {
    /** The rule name a price list's events carry in their provenance. */
    static final String RULE = "price-list.row";

    private PriceListExtractor() {}

    static Extraction extract(String title, String text, DocumentId documentId) {
        List<MarketEvent> events = new ArrayList<>();
        for (PriceRow row : PriceListReader.rows(title, text)) {
            Provenance provenance = new Provenance(
                    documentId,
                    text.substring(row.start(), row.end()),
                    row.start(),
                    row.end(),
                    null,
                    row.date(),
                    RuleBasedExtractor.NAME,
                    RuleBasedExtractor.VERSION,
                    RULE);
            MarketEventId id = MarketEventId.derive(
                    documentId,
                    "PRICE",
                    EntityKey.normal(row.model()),
                    plain(row.inputUsdPerMTok()) + "/" + plain(row.outputUsdPerMTok()) + "/" + row.provider(),
                    String.valueOf(row.start()));
            events.add(new PriceReported(
                    id,
                    provenance,
                    row.org(),
                    row.model(),
                    row.inputUsdPerMTok(),
                    row.outputUsdPerMTok(),
                    row.provider()));
        }
        return new Extraction(List.of(), events);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }
}
