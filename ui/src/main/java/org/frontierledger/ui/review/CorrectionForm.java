package org.frontierledger.ui.review;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.frontierledger.curation.CurationService;
import org.frontierledger.eventstore.event.CapexBasis;
import org.frontierledger.eventstore.event.FieldChange;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.frontierledger.ui.base.Readable;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one market event's type, filled with its current values, each checked as it is
 * typed: a bad value marks its field with a message saying what would do. Closed vocabularies
 * (a capex basis, open weights) are choices, not free text.
 */
class CorrectionForm extends FormLayout {
    private static final Map<String, String> HELP = Map.of(
            "amountUsd", "e.g. $1.5B, 1.5 billion, $750M or 1500000000",
            "amountUsdHigh", "the high end of a range, e.g. $65B; empty for one figure",
            "inputUsdPerMTok", "US dollars per 1M input tokens, e.g. $2.50",
            "outputUsdPerMTok", "US dollars per 1M output tokens, e.g. $10.00",
            "ratio", "a plain number: 0.2 for 20% of the price",
            "period", "as written or ISO: 2025, 2025-Q4, FY2026",
            "reportedOn", "a date like 2025-02-07");

    final Map<String, AbstractField<?, String>> fields = new LinkedHashMap<>();
    private @Nullable MarketEventType type;

    CorrectionForm() {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("24em", 2));
    }

    /** Shows the fields of the entry's type with its values; none when there is no entry. */
    void show(@Nullable TimelineEntry entry) {
        removeAll();
        fields.clear();
        type = entry == null ? null : entry.type();
        if (entry == null) {
            return;
        }
        CurationService.currentValues(entry).forEach((name, value) -> {
            AbstractField<?, String> input = input(entry.type(), name);
            input.setValue(value == null ? empty(input) : FieldLabels.shown(name, value));
            input.addValueChangeListener(change -> check(name, input));
            fields.put(name, input);
            add((Component) input);
        });
    }

    /**
     * The values as entered, by field name, dollars as plain numbers ("$1.5B" is 1500000000); blank
     * where a field was cleared.
     */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((name, input) -> values.put(name, value(name, input)));
        return values;
    }

    private static String value(String name, AbstractField<?, String> input) {
        String typed = Objects.requireNonNullElse(input.getValue(), "").strip();
        if (FieldLabels.DOLLARS.contains(name) && !typed.isEmpty()) {
            return Readable.parseUsd(typed).map(BigDecimal::toPlainString).orElse(typed);
        }
        return typed;
    }

    /** Checks every field, marking the bad ones; returns their messages, "field: message", in form order. */
    List<String> problems() {
        return fields.entrySet().stream()
                .map(e -> check(e.getKey(), e.getValue()))
                .filter(Objects::nonNull)
                .toList();
    }

    private @Nullable String check(String name, AbstractField<?, String> input) {
        String typed = Objects.requireNonNullElse(input.getValue(), "").strip();
        String problem;
        if (type == null) {
            problem = null;
        } else if (FieldLabels.DOLLARS.contains(name)
                && !typed.isEmpty()
                && Readable.parseUsd(typed).isEmpty()) {
            problem = "Type an amount of dollars like $1.5B, 1.5 billion, $2.50 or 1500000000";
        } else {
            problem = FieldChange.problem(type, name, value(name, input)).orElse(null);
        }
        HasValidationProperties validated = (HasValidationProperties) input;
        validated.setInvalid(problem != null);
        validated.setErrorMessage(problem);
        return problem == null ? null : FieldLabels.label(name) + ": " + problem;
    }

    private static AbstractField<?, String> input(MarketEventType type, String name) {
        if (type == MarketEventType.CAPEX && name.equals("basis")) {
            return choice(
                    FieldLabels.label(name),
                    "not stated",
                    Arrays.stream(CapexBasis.values()).map(CapexBasis::wireName).toList());
        }
        if (name.equals("openWeights")) {
            return choice(FieldLabels.label(name), "not stated", List.of("true", "false"));
        }
        TextField text = new TextField(FieldLabels.label(name));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        if (HELP.containsKey(name)) {
            text.setHelperText(HELP.get(name));
        }
        return text;
    }

    private static Select<String> choice(String name, String emptyCaption, List<String> items) {
        Select<String> select = new Select<>();
        select.setLabel(name);
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(emptyCaption);
        return select;
    }

    private static @Nullable String empty(HasValue<?, String> input) {
        return input instanceof Select ? null : "";
    }
}
