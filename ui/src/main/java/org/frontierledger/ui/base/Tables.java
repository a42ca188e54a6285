package org.frontierledger.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.function.Function;
import org.frontierledger.curation.EventOrigins;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.jspecify.annotations.Nullable;

/**
 * Dense tables: one line per row, long text cut with an ellipsis (the whole of it in a tooltip and
 * in the row's detail panel, opened by a click), and never wider than the view.
 */
public final class Tables {
    private Tables() {}

    /** Makes a grid dense: compact, striped, one line per row, as wide as its container. */
    public static void dense(Grid<?> grid) {
        grid.removeThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setWidthFull();
        grid.getStyle().set("max-width", "100%").set("box-sizing", "border-box");
        grid.addClassName("dense-table");
    }

    /** Cuts a component's text to one line with an ellipsis; the whole text shows on hover. */
    public static <C extends Component & HasStyle> C oneLine(C component, String fullText) {
        component
                .getStyle()
                .set("display", "block")
                .set("white-space", "nowrap")
                .set("overflow", "hidden")
                .set("text-overflow", "ellipsis");
        component.getElement().setAttribute("title", fullText);
        return component;
    }

    /** A text cut to one line with an ellipsis. */
    public static Span oneLine(String text) {
        return oneLine(new Span(text), text);
    }

    /** The market event's sentence as a one-line link to it in its document (a price row read as prices). */
    public static Component quote(TimelineEntry e) {
        String text = Readable.quote(e);
        return oneLine(DocumentLinks.toSentence(text, e.documentId(), e.quoteStart(), e.quoteEnd()), text);
    }

    /** A column of text cut to one line. */
    public static <T> Grid.Column<T> textColumn(Grid<T> grid, Function<T, String> text) {
        return grid.addComponentColumn(item -> oneLine(text.apply(item)));
    }

    /** Opens a panel under a clicked row with everything about its market event and why it is there. */
    public static void eventDetails(Grid<TimelineEntry> grid, @Nullable EventOrigins origins) {
        grid.setItemDetailsRenderer(new ComponentRenderer<>(e -> new EventDetails(e, origins)));
        grid.setDetailsVisibleOnClick(true);
    }
}
