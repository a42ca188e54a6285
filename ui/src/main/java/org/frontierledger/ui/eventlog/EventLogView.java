package org.frontierledger.ui.eventlog;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.frontierledger.eventstore.EventLog;

/** Every stored event, newest first, filterable by type and text; select one to see its payload. */
@Route("event-log")
@PageTitle("Event log · Frontier Ledger")
@RolesAllowed("ADMIN")
public class EventLogView extends VerticalLayout {
    static final int PAGE = 200;

    final TextField type = new TextField("Event type");
    final TextField text = new TextField("Payload contains");
    final Grid<EventLog.Entry> grid = new Grid<>(EventLog.Entry.class, false);
    final Pre payload = new Pre();
    final Button older = new Button("Older");
    final Paragraph status = new Paragraph();

    private final transient EventLog log;
    private List<EventLog.Entry> page = List.of();

    public EventLogView(EventLog log) {
        this.log = log;
        setWidthFull();
        type.setPlaceholder("CapexReported");
        type.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        type.addValueChangeListener(e -> load(null));
        text.addValueChangeListener(e -> load(null));
        older.addClickListener(
                e -> load(page.isEmpty() ? null : page.get(page.size() - 1).position()));
        HorizontalLayout filters = new HorizontalLayout(type, text, older);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        configureGrid();
        payload.getStyle()
                .set("white-space", "pre-wrap")
                .set("max-height", "20em")
                .set("overflow", "auto");
        add(new H2("Event log"), filters, status, grid, payload);
        load(null);
    }

    private void configureGrid() {
        grid.addColumn(EventLog.Entry::position).setHeader("#").setWidth("5em").setFlexGrow(0);
        grid.addColumn(EventLog.Entry::recordedAt)
                .setHeader("Recorded (UTC)")
                .setWidth("15em")
                .setFlexGrow(0);
        grid.addColumn(EventLog.Entry::type).setHeader("Type").setWidth("14em").setFlexGrow(0);
        grid.addColumn(e -> e.stream() + " #" + e.sequence())
                .setHeader("Stream")
                .setFlexGrow(1);
        grid.addColumn(e -> e.metadata()
                        .replaceAll(".*\"user\":\"([^\"]*)\".*", "$1")
                        .replaceAll("^\\{.*", ""))
                .setHeader("User")
                .setWidth("9em")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("28em");
        grid.asSingleSelect()
                .addValueChangeListener(e ->
                        payload.setText(e.getValue() == null ? "" : e.getValue().payload()));
    }

    private void load(Long before) {
        page = log.page(before, type.getValue(), text.getValue(), PAGE);
        grid.setItems(page);
        older.setEnabled(page.size() == PAGE);
        status.setText(log.count() + " events in the store; showing " + page.size()
                + (before == null ? " newest" : " older than #" + before) + ".");
    }
}
