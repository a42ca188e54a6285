package org.frontierledger.search;

import java.util.Arrays;
import java.util.Locale;
import org.frontierledger.eventstore.event.MarketEventType;

/**
 * What claims can be counted and narrowed by. Each value of a dimension counts the claims that
 * carry it; a claim can carry several values of the type, company and model dimensions (one per
 * market event in its sentence) and at most one of the others.
 */
public enum FacetDimension {
    /** The market event types reported in the claim's sentence, by wire name ({@code CAPEX}). */
    TYPE("type", "Type"),
    /** The companies of those market events, as the extractor or a curator wrote them. */
    COMPANY("org", "Company"),
    /** The models of those market events, as written. */
    MODEL("model", "Model"),
    /** Who said it, as written; claims with no named speaker have no value. */
    SPEAKER("speaker", "Speaker"),
    /** The document's show (podcast, newsletter, site) where known, else its title. */
    SOURCE("source", "Source"),
    /** The year of the reported date ("2025"). */
    YEAR("year", "Year");

    private final String parameter;
    private final String label;

    FacetDimension(String parameter, String label) {
        this.parameter = parameter;
        this.label = label;
    }

    /** The name used in URLs and the REST API ({@code type}, {@code org}, {@code model}, ...). */
    public String parameter() {
        return parameter;
    }

    /** A human label: "Company". */
    public String label() {
        return label;
    }

    /**
     * Checks a value chosen to narrow by: the market event types and years are closed vocabularies,
     * so a value outside them is refused, naming the allowed ones; the other dimensions are free
     * text (companies, models, speakers, sources as written), where an unknown value simply matches
     * nothing.
     *
     * @return the value as the index holds it (a type's wire name, {@code CAPEX})
     * @throws IllegalArgumentException when the value cannot occur in this dimension
     */
    public String checkValue(String value) {
        String trimmed = value.strip();
        return switch (this) {
            case TYPE -> {
                try {
                    yield MarketEventType.parse(trimmed).name();
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(
                            "unknown value '" + value + "' for facet type; expected one of "
                                    + Arrays.toString(MarketEventType.values()),
                            e);
                }
            }
            case YEAR -> {
                if (!trimmed.matches("\\d{4}")) {
                    throw new IllegalArgumentException(
                            "unknown value '" + value + "' for facet year; expected a year" + " such as 2025");
                }
                yield trimmed;
            }
            default -> trimmed;
        };
    }

    /**
     * The dimension named by a URL parameter.
     *
     * @throws IllegalArgumentException when no dimension has that name
     */
    public static FacetDimension ofParameter(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(d -> d.parameter.equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown facet '" + name + "'; expected one of "
                        + Arrays.stream(values()).map(FacetDimension::parameter).toList()));
    }
}
