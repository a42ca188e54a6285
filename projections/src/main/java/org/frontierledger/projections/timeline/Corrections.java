package org.frontierledger.projections.timeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.frontierledger.eventstore.event.CapexBasis;
import org.frontierledger.eventstore.event.FieldChange;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.eventstore.event.UsdAmount;
import org.jspecify.annotations.Nullable;

/**
 * Analysts' corrections applied to a timeline entry, and the figure derived from its numbers. Pure:
 * the SQL projection and the as-of replay use the same functions, so they agree.
 */
final class Corrections {
    private Corrections() {}

    /** The entry with the corrected fields, its figure derived again, and status CORRECTED. */
    static TimelineEntry apply(TimelineEntry e, List<FieldChange> changes, String curator, Instant at) {
        Builder b = new Builder(e);
        for (FieldChange change : changes) {
            b.set(change.field(), change.to());
        }
        TimelineEntry corrected = b.build();
        String figure = e.type() == MarketEventType.MODEL_RELEASE ? b.releaseFigure : null;
        return withFigure(corrected, figure).withStatus(CurationStatus.CORRECTED, curator, at);
    }

    /** The entry with {@code explicit} as its figure, or the figure derived from its numbers. */
    static TimelineEntry withFigure(TimelineEntry e, @Nullable String explicit) {
        String figure = explicit != null
                ? explicit
                : switch (e.type()) {
                    case MODEL_RELEASE -> e.figure().isEmpty() ? "released" : e.figure();
                    case PRICE -> Figures.tokenPrice(e.inputUsdPerMTok(), e.outputUsdPerMTok());
                    case PRICE_RATIO -> e.ratio() == null ? "" : Figures.ratio(e.ratio());
                    case TRAINING_COST -> trainingFigure(e);
                    default ->
                        e.amountUsd() == null ? "" : Figures.usd(new UsdAmount(e.amountUsd(), e.amountUsdHigh()));
                };
        return new TimelineEntry(
                e.eventId(),
                e.documentId(),
                e.type(),
                e.subject(),
                e.org(),
                e.model(),
                e.amountUsd(),
                e.amountUsdHigh(),
                e.inputUsdPerMTok(),
                e.outputUsdPerMTok(),
                e.ratio(),
                e.gpus(),
                e.provider(),
                figure,
                e.period(),
                e.detail(),
                e.reportedOn(),
                e.recordedAt(),
                e.speaker(),
                e.quote(),
                e.quoteStart(),
                e.quoteEnd(),
                e.status(),
                e.curatedBy(),
                e.curatedAt());
    }

    private static String trainingFigure(TimelineEntry e) {
        String money = e.amountUsd() == null ? "" : Figures.usd(e.amountUsd());
        String gpus = e.gpus() == null ? "" : Figures.gpus(e.gpus());
        return money.isEmpty() || gpus.isEmpty() ? money + gpus : money + ", " + gpus;
    }

    /** A mutable copy of an entry's correctable fields. */
    private static final class Builder {
        private final TimelineEntry e;
        private String subject;
        private @Nullable String org;
        private @Nullable String model;
        private @Nullable BigDecimal amount;
        private @Nullable BigDecimal amountHigh;
        private @Nullable BigDecimal input;
        private @Nullable BigDecimal output;
        private @Nullable BigDecimal ratio;
        private @Nullable Long gpus;
        private @Nullable String period;
        private @Nullable String detail;
        private @Nullable String speaker;
        private LocalDate reportedOn;
        private @Nullable String releaseFigure;

        Builder(TimelineEntry e) {
            this.e = e;
            subject = e.subject();
            org = e.org();
            model = e.model();
            amount = e.amountUsd();
            amountHigh = e.amountUsdHigh();
            input = e.inputUsdPerMTok();
            output = e.outputUsdPerMTok();
            ratio = e.ratio();
            gpus = e.gpus();
            period = e.period();
            detail = e.detail();
            speaker = e.speaker();
            reportedOn = e.reportedOn();
            releaseFigure = e.figure();
        }

        void set(String field, @Nullable String value) {
            switch (field) {
                case "org" -> {
                    if (Objects.equals(subject, org)) {
                        subject = value == null ? subject : value;
                    }
                    org = value;
                }
                case "model" -> {
                    if (Objects.equals(subject, model)) {
                        subject = value == null ? subject : value;
                    }
                    model = value;
                }
                case "subject" -> subject = value == null ? subject : value;
                case "amountUsd" -> amount = number(field, value);
                case "amountUsdHigh" -> amountHigh = number(field, value);
                case "inputUsdPerMTok" -> input = number(field, value);
                case "outputUsdPerMTok" -> output = number(field, value);
                case "ratio" -> ratio = number(field, value);
                case "gpus" ->
                    gpus = value == null ? null : number(field, value).longValueExact();
                case "period" -> period = value;
                case "baseline" -> detail = value == null ? null : "vs " + value;
                case "basis" ->
                    detail = e.type() == MarketEventType.CAPEX && value != null
                            ? CapexBasis.find(value).map(CapexBasis::wireName).orElse(value)
                            : value;
                case "metric", "license" -> detail = value;
                case "openWeights" -> releaseFigure = Boolean.parseBoolean(value) ? "open weights" : "released";
                case "speaker" -> speaker = value;
                case "reportedOn" -> reportedOn = value == null ? reportedOn : LocalDate.parse(value);
                default -> throw new IllegalArgumentException("no timeline field for '" + field + "'");
            }
        }

        private static @Nullable BigDecimal number(String field, @Nullable String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return new BigDecimal(value.trim());
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException(field + " must be a plain number, got '" + value + "'", ex);
            }
        }

        TimelineEntry build() {
            return new TimelineEntry(
                    e.eventId(),
                    e.documentId(),
                    e.type(),
                    subject,
                    org,
                    model,
                    amount,
                    amountHigh,
                    input,
                    output,
                    ratio,
                    gpus,
                    e.provider(),
                    e.figure(),
                    period,
                    detail,
                    reportedOn,
                    e.recordedAt(),
                    speaker,
                    e.quote(),
                    e.quoteStart(),
                    e.quoteEnd(),
                    e.status(),
                    e.curatedBy(),
                    e.curatedAt());
        }
    }
}
