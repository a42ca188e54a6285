package org.frontierledger.search;

import java.util.Objects;

/**
 * One value of a facet and how many matching claims carry it.
 *
 * @param value the value as indexed (a type's wire name, a company or model as written, a year)
 * @param count the number of matching claims with this value, counted exactly
 */
public record FacetValue(String value, long count) {
    public FacetValue {
        Objects.requireNonNull(value, "value");
    }
}
