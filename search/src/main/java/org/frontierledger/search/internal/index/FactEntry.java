package org.frontierledger.search.internal.index;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.frontierledger.eventstore.event.CapexReported;
import org.frontierledger.eventstore.event.ComputeCommitmentReported;
import org.frontierledger.eventstore.event.FieldChange;
import org.frontierledger.eventstore.event.FundingReported;
import org.frontierledger.eventstore.event.MarketEvent;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.eventstore.event.ModelReleaseReported;
import org.frontierledger.eventstore.event.PriceRatioReported;
import org.frontierledger.eventstore.event.PriceReported;
import org.frontierledger.eventstore.event.RevenueReported;
import org.frontierledger.eventstore.event.TrainingCostReported;
import org.frontierledger.eventstore.event.UsdAmount;
import org.frontierledger.eventstore.event.ValuationReported;
import org.jspecify.annotations.Nullable;

/**
 * The facts of one market event that a claim carries into search: its type, company, model, USD
 * amount and token prices, and where its quote sits in the document (to find the claim it belongs
 * to). Curation changes these values; nothing else of the event is indexed.
 *
 * @param eventId the market event's id
 * @param documentId the document it was reported in
 * @param start offset of its quote's first character in the document's text
 * @param end offset just past its quote
 * @param type its kind
 * @param org the company, where known
 * @param model the model, where known
 * @param amountUsd the USD amount (or the low end of a range), whole dollars; null when none
 * @param amountUsdHigh the high end of a range, whole dollars; null for a single figure
 * @param inputUsdPerMTok USD per million input tokens; null when none
 * @param outputUsdPerMTok USD per million output tokens; null when none
 */
public record FactEntry(
        String eventId,
        String documentId,
        int start,
        int end,
        MarketEventType type,
        @Nullable String org,
        @Nullable String model,
        @Nullable Long amountUsd,
        @Nullable Long amountUsdHigh,
        @Nullable Double inputUsdPerMTok,
        @Nullable Double outputUsdPerMTok)
        implements Entry {

    /** Separates the values of {@link #encode()}; a control character no name contains. */
    private static final char SEPARATOR = '\u001F';

    public FactEntry {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        org = blankToNull(org);
        model = blankToNull(model);
    }

    /** The key of a fact entry: prefixed, so it can never collide with a claim or document id. */
    static String idOf(String eventId) {
        return "fact:" + eventId;
    }

    @Override
    public String id() {
        return idOf(eventId);
    }

    /** The facts of a market event as extracted. */
    public static FactEntry of(MarketEvent event) {
        Figures f = switch (event) {
            case ModelReleaseReported e -> new Figures(e.model(), null, null, null);
            case CapexReported e -> Figures.money(e.amount());
            case PriceReported e -> new Figures(e.model(), null, e.inputUsdPerMTok(), e.outputUsdPerMTok());
            case PriceRatioReported e -> new Figures(null, null, null, null);
            case ValuationReported e -> Figures.money(e.amount());
            case FundingReported e -> Figures.money(e.amount());
            case RevenueReported e -> Figures.money(e.amount());
            case TrainingCostReported e -> new Figures(e.model(), e.amount(), null, null);
            case ComputeCommitmentReported e -> Figures.money(e.amount());
        };
        UsdAmount amount = f.amount();
        return new FactEntry(
                event.id().value(),
                event.documentId().value(),
                event.provenance().start(),
                event.provenance().end(),
                event.type(),
                event.org(),
                f.model(),
                amount == null ? null : dollars(amount.usd()),
                amount == null || amount.usdHigh() == null ? null : dollars(amount.usdHigh()),
                price(f.input()),
                price(f.output()));
    }

    /**
     * These facts with an analyst's corrections applied. Fields search does not index (period,
     * basis, licence, ...) are ignored; {@code subject} changes the model where the event has one,
     * else the company. A value that is not a number where one is expected leaves the field as it
     * was, since the curation side validated it already.
     */
    FactEntry corrected(List<FieldChange> changes) {
        FactEntry fact = this;
        for (FieldChange change : changes) {
            fact = fact.with(change.field(), change.to());
        }
        return fact;
    }

    private FactEntry with(String field, @Nullable String to) {
        return switch (field) {
            case "org" ->
                new FactEntry(
                        eventId,
                        documentId,
                        start,
                        end,
                        type,
                        to,
                        model,
                        amountUsd,
                        amountUsdHigh,
                        inputUsdPerMTok,
                        outputUsdPerMTok);
            case "model" -> withModel(to);
            case "subject" ->
                model != null
                        ? withModel(to)
                        : new FactEntry(
                                eventId,
                                documentId,
                                start,
                                end,
                                type,
                                to,
                                model,
                                amountUsd,
                                amountUsdHigh,
                                inputUsdPerMTok,
                                outputUsdPerMTok);
            case "amountUsd" ->
                new FactEntry(
                        eventId,
                        documentId,
                        start,
                        end,
                        type,
                        org,
                        model,
                        number(to, amountUsd, FactEntry::dollars),
                        amountUsdHigh,
                        inputUsdPerMTok,
                        outputUsdPerMTok);
            case "amountUsdHigh" ->
                new FactEntry(
                        eventId,
                        documentId,
                        start,
                        end,
                        type,
                        org,
                        model,
                        amountUsd,
                        number(to, amountUsdHigh, FactEntry::dollars),
                        inputUsdPerMTok,
                        outputUsdPerMTok);
            case "inputUsdPerMTok" ->
                new FactEntry(
                        eventId,
                        documentId,
                        start,
                        end,
                        type,
                        org,
                        model,
                        amountUsd,
                        amountUsdHigh,
                        number(to, inputUsdPerMTok, BigDecimal::doubleValue),
                        outputUsdPerMTok);
            case "outputUsdPerMTok" ->
                new FactEntry(
                        eventId,
                        documentId,
                        start,
                        end,
                        type,
                        org,
                        model,
                        amountUsd,
                        amountUsdHigh,
                        inputUsdPerMTok,
                        number(to, outputUsdPerMTok, BigDecimal::doubleValue));
            default -> this;
        };
    }

    private FactEntry withModel(@Nullable String to) {
        return new FactEntry(
                eventId,
                documentId,
                start,
                end,
                type,
                org,
                to,
                amountUsd,
                amountUsdHigh,
                inputUsdPerMTok,
                outputUsdPerMTok);
    }

    private static <T> @Nullable T number(@Nullable String text, @Nullable T before, Function<BigDecimal, T> convert) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return convert.apply(new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            return before;
        }
    }

    /** Whether this event's quote overlaps the range [from, to) of the same document. */
    boolean overlaps(String otherDocumentId, int from, int to) {
        return documentId.equals(otherDocumentId) && start < to && from < end;
    }

    /** The USD values to index as amounts: the figure, and the high end of a range. */
    List<Long> amounts() {
        List<Long> amounts = new ArrayList<>(2);
        if (amountUsd != null) {
            amounts.add(amountUsd);
        }
        if (amountUsdHigh != null) {
            amounts.add(amountUsdHigh);
        }
        return amounts;
    }

    /** The token prices to index: input and output, USD per million tokens. */
    List<Double> prices() {
        List<Double> prices = new ArrayList<>(2);
        if (inputUsdPerMTok != null) {
            prices.add(inputUsdPerMTok);
        }
        if (outputUsdPerMTok != null) {
            prices.add(outputUsdPerMTok);
        }
        return prices;
    }

    /** One line holding every component, for a stored field; {@link #decode(String)} reads it back. */
    String encode() {
        StringBuilder line = new StringBuilder(96);
        Object[] values = {
            eventId,
            documentId,
            start,
            end,
            type.name(),
            org,
            model,
            amountUsd,
            amountUsdHigh,
            inputUsdPerMTok,
            outputUsdPerMTok
        };
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(SEPARATOR);
            }
            if (values[i] != null) {
                line.append(String.valueOf(values[i]).replace(SEPARATOR, ' '));
            }
        }
        return line.toString();
    }

    /** The facts {@link #encode()} wrote. */
    public static FactEntry decode(String line) {
        String[] v = line.split(String.valueOf(SEPARATOR), -1);
        if (v.length != 11) {
            throw new IllegalArgumentException("not an encoded fact: " + line);
        }
        return new FactEntry(
                v[0],
                v[1],
                Integer.parseInt(v[2]),
                Integer.parseInt(v[3]),
                MarketEventType.valueOf(v[4]),
                v[5],
                v[6],
                v[7].isEmpty() ? null : Long.valueOf(v[7]),
                v[8].isEmpty() ? null : Long.valueOf(v[8]),
                v[9].isEmpty() ? null : Double.valueOf(v[9]),
                v[10].isEmpty() ? null : Double.valueOf(v[10]));
    }

    private static long dollars(BigDecimal usd) {
        return usd.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static @Nullable Double price(@Nullable BigDecimal usdPerMTok) {
        return usdPerMTok == null ? null : usdPerMTok.doubleValue();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private record Figures(
            @Nullable String model,
            @Nullable UsdAmount amount,
            @Nullable BigDecimal input,
            @Nullable BigDecimal output) {
        static Figures money(UsdAmount amount) {
            return new Figures(null, amount, null, null);
        }
    }
}
