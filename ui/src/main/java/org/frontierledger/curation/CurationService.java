package org.frontierledger.curation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.frontierledger.eventstore.command.CurateMarketEvent;
import org.frontierledger.eventstore.config.EventStoreConfiguration;
import org.frontierledger.eventstore.event.FieldChange;
import org.frontierledger.eventstore.id.DocumentId;
import org.frontierledger.eventstore.id.MarketEventId;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Sends analysts' decisions as commands; the read models follow the resulting events. Validation
 * errors (a missing reason, a value that is not a number, a field the event's type does not have,
 * a capex basis other than guidance or reported) come back as {@link IllegalArgumentException}
 * with a message for people, and record nothing.
 */
@Service
public class CurationService {
    private final CommandGateway commands;

    CurationService(CommandGateway commands) {
        this.commands = commands;
    }

    /** Confirms that the event says what its source says. */
    public void confirm(TimelineEntry entry, String curator, @Nullable String note) {
        send(entry, CurateMarketEvent.Decision.CONFIRM, curator, List.of(), blankToNull(note));
    }

    /** Rejects the event; {@code reason} is required. */
    public void reject(TimelineEntry entry, String curator, String reason) {
        send(entry, CurateMarketEvent.Decision.REJECT, curator, List.of(), reason);
    }

    /**
     * Corrects fields of the event. Only fields whose value differs from the entry's are recorded.
     *
     * @param values new values by field name, of the entry's type's fields ({@link FieldChange#fieldsOf});
     *     blank clears a field
     * @return the changes recorded; empty when nothing differed (and nothing was sent)
     */
    public List<FieldChange> correct(
            TimelineEntry entry, String curator, Map<String, String> values, @Nullable String reason) {
        Map<String, String> current = currentValues(entry);
        List<FieldChange> changes = new ArrayList<>();
        values.forEach((field, value) -> {
            String before = current.get(field);
            String after = blankToNull(value);
            if (!Objects.equals(normalise(before), normalise(after))) {
                FieldChange.problem(entry.type(), field, after).ifPresent(problem -> {
                    throw new IllegalArgumentException(problem);
                });
                changes.add(new FieldChange(field, before, after));
            }
        });
        if (!changes.isEmpty()) {
            send(entry, CurateMarketEvent.Decision.CORRECT, curator, changes, blankToNull(reason));
        }
        return changes;
    }

    /**
     * The entry's correctable values as text, by field name: the fields of its type
     * ({@link FieldChange#fieldsOf}), in the order a form shows them; null where it has no value.
     */
    public static Map<String, @Nullable String> currentValues(TimelineEntry e) {
        Map<String, @Nullable String> all = new HashMap<>();
        all.put("org", e.org());
        all.put("model", e.model());
        all.put("subject", e.subject());
        all.put("amountUsd", plain(e.amountUsd()));
        all.put("amountUsdHigh", plain(e.amountUsdHigh()));
        all.put("inputUsdPerMTok", plain(e.inputUsdPerMTok()));
        all.put("outputUsdPerMTok", plain(e.outputUsdPerMTok()));
        all.put("ratio", plain(e.ratio()));
        all.put("gpus", e.gpus() == null ? null : e.gpus().toString());
        all.put("period", e.period());
        all.put("speaker", e.speaker());
        all.put("reportedOn", e.reportedOn().toString());
        // The timeline keeps the type's one detail in one column; name it by the type's field.
        String detail = e.detail();
        switch (e.type()) {
            case CAPEX, VALUATION -> all.put("basis", detail);
            case REVENUE -> all.put("metric", detail);
            case PRICE_RATIO -> all.put("baseline", detail == null ? null : detail.replaceFirst("^vs ", ""));
            case MODEL_RELEASE -> {
                all.put("license", detail);
                all.put("openWeights", "open weights".equals(e.figure()) ? "true" : null);
            }
            default -> {}
        }
        Map<String, @Nullable String> values = new LinkedHashMap<>();
        FieldChange.fieldsOf(e.type()).forEach(field -> values.put(field, all.get(field)));
        return values;
    }

    private void send(
            TimelineEntry entry,
            CurateMarketEvent.Decision decision,
            String curator,
            List<FieldChange> changes,
            @Nullable String reason) {
        commands.sendAndWait(
                new CurateMarketEvent(
                        new DocumentId(entry.documentId()),
                        new MarketEventId(entry.eventId()),
                        decision,
                        curator,
                        changes,
                        reason),
                MetaData.with(EventStoreConfiguration.USER_METADATA, curator));
    }

    private static @Nullable String plain(@Nullable BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static @Nullable String normalise(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.trim()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return value.trim();
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
