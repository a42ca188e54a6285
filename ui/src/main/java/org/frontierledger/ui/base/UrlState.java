package org.frontierledger.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Filters kept in the browser's address, so that a filtered view can be bookmarked and shared. */
public final class UrlState {
    private final Map<String, List<String>> parameters = new LinkedHashMap<>();

    private UrlState() {}

    /** An empty set of parameters. */
    public static UrlState create() {
        return new UrlState();
    }

    /** Adds a parameter unless its value is null or blank. */
    public UrlState put(String name, @Nullable Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isBlank()) {
            parameters.put(name, List.of(text));
        }
        return this;
    }

    /** Adds a parameter once per value, sorted, unless there is none. */
    public UrlState putAll(String name, Collection<?> values) {
        List<String> texts = values.stream()
                .map(String::valueOf)
                .filter(v -> !v.isBlank())
                .sorted()
                .toList();
        if (!texts.isEmpty()) {
            parameters.put(name, texts);
        }
        return this;
    }

    /** Replaces the address of the view's page (no navigation, no history entry). */
    public void replace(Component view) {
        view.getUI().ifPresent(ui -> {
            String path = ui.getInternals().getActiveViewLocation().getPath();
            ui.getPage().getHistory().replaceState(null, new Location(path, new QueryParameters(parameters)));
        });
    }

    /** The first value of a parameter, or "" when there is none. */
    public static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }
}
