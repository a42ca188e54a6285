package org.frontierledger.ui.search;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.frontierledger.search.ClaimQuery;
import org.frontierledger.search.SavedSearch;
import org.frontierledger.search.SavedSearches;

/**
 * The user's saved searches, each with its count of claims new since its last run, and a form to
 * save the current search under a name. Running one resets its count.
 */
final class SavedSearchPanel extends Div {

    final TextField name = new TextField();
    final Button save = new Button("Save search", VaadinIcon.BOOKMARK.create());
    final Span message = new Span();
    final Div list = new Div();

    private final transient SavedSearches savedSearches;
    private final String user;
    private final transient Supplier<ClaimQuery> currentQuery;
    private final transient Consumer<ClaimQuery> run;

    SavedSearchPanel(
            SavedSearches savedSearches, String user, Supplier<ClaimQuery> currentQuery, Consumer<ClaimQuery> run) {
        this.savedSearches = savedSearches;
        this.user = user;
        this.currentQuery = currentQuery;
        this.run = run;
        addClassName("saved-searches");
        name.setPlaceholder("Name this search");
        name.setWidthFull();
        name.addKeyPressListener(Key.ENTER, e -> saveCurrent());
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        save.addClickListener(click -> saveCurrent());
        message.getStyle().set("font-size", "var(--lumo-font-size-xs)");
        H4 title = new H4("Saved searches");
        title.getStyle().set("margin", "0");
        add(title, list, name, save, message);
        refresh();
    }

    private void saveCurrent() {
        message.getStyle().remove("color");
        try {
            SavedSearch saved = savedSearches.save(user, name.getValue(), currentQuery.get());
            message.setText("Saved as '" + saved.name() + "'.");
            name.clear();
            refresh();
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage());
            message.getStyle().set("color", "var(--lumo-error-text-color)");
        }
    }

    void refresh() {
        list.removeAll();
        for (SavedSearch saved : savedSearches.list(user)) {
            Button open = new Button(saved.name(), click -> {
                savedSearches.markRun(user, saved.id());
                run.accept(saved.query());
                refresh();
            });
            open.addClassName("saved-search");
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            HorizontalLayout row = new HorizontalLayout(open);
            row.setSpacing(false);
            row.setAlignItems(HorizontalLayout.Alignment.CENTER);
            if (saved.newSinceLastRun() > 0) {
                Span fresh = new Span(saved.newSinceLastRun() + " new");
                fresh.addClassName("new-count");
                fresh.getElement().getThemeList().add("badge success small pill");
                row.add(fresh);
            }
            Button delete = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                savedSearches.delete(user, saved.id());
                refresh();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            delete.setAriaLabel("Delete " + saved.name());
            row.add(delete);
            list.add(row);
        }
    }
}
