package org.frontierledger.ui.review;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.frontierledger.curation.CurationService;
import org.frontierledger.eventstore.ProjectionReplayer;
import org.frontierledger.eventstore.event.FieldChange;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.frontierledger.projections.timeline.TimelineQueries;
import org.frontierledger.ui.base.DocumentLinks;
import org.jspecify.annotations.Nullable;

/**
 * The review queue: extracted events no analyst has decided on. Pick one, check its sentence, then
 * confirm, reject (with a reason) or correct the fields of its type (a capex figure's org, amount,
 * period and basis; a price's model, org and per-token prices; ...); every decision is an event
 * with who, when, what and why. {@code ?event=ID} opens any event, reviewed or not, with its history.
 */
@Route("review")
@PageTitle("Review queue · Frontier Ledger")
@RolesAllowed("ANALYST")
public class ReviewView extends HorizontalLayout implements BeforeEnterObserver {
    final Grid<TimelineEntry> queue = new Grid<>(TimelineEntry.class, false);
    final Paragraph queueStatus = new Paragraph();
    final com.vaadin.flow.component.select.Select<String> type = new com.vaadin.flow.component.select.Select<>();
    final H3 selectedTitle = new H3("Select an event");
    final Div quote = new Div();
    final CorrectionForm form = new CorrectionForm();
    final TextField reason = new TextField("Reason or note");
    final Button confirm = new Button("Confirm");
    final Button reject = new Button("Reject");
    final Button correct = new Button("Save correction");
    final EventHistory history = new EventHistory();

    private final transient TimelineQueries timeline;
    private final transient CurationService curation;
    private final transient ProjectionReplayer replayer;
    private final String user;
    private @Nullable TimelineEntry selected;

    public ReviewView(TimelineQueries timeline, CurationService curation, ProjectionReplayer replayer,
            AuthenticationContext authentication) {
        this.timeline = timeline;
        this.curation = curation;
        this.replayer = replayer;
        this.user = authentication.getPrincipalName().orElse("unknown");
        setSizeFull();
        type.setLabel("Type");
        type.setItems(typeChoices());
        type.setValue(ALL_TYPES);
        type.addValueChangeListener(e -> refreshQueue());
        VerticalLayout left = new VerticalLayout(new H2("Review queue"), type, queueStatus, queue);
        left.setWidth("55%");
        VerticalLayout right = new VerticalLayout(selectedTitle, quote, createForm(), createActions(), history);
        right.setWidth("45%");
        add(left, right);
        configureQueue();
        showSelected(null);
    }

    private void configureQueue() {
        queue.addColumn(TimelineEntry::reportedOn).setHeader("Reported").setWidth("7.5em").setFlexGrow(0);
        queue.addColumn(e -> e.type().label()).setHeader("Type").setWidth("9em").setFlexGrow(0);
        queue.addColumn(TimelineEntry::subject).setHeader("Subject").setFlexGrow(1);
        queue.addColumn(TimelineEntry::figure).setHeader("Figure").setFlexGrow(1);
        queue.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        queue.setSizeFull();
        queue.asSingleSelect().addValueChangeListener(e -> showSelected(e.getValue()));
    }

    private VerticalLayout createForm() {
        reason.setWidthFull();
        VerticalLayout layout = new VerticalLayout(form, reason);
        layout.setPadding(false);
        return layout;
    }

    private HorizontalLayout createActions() {
        confirm.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(click -> decide(() -> curation.confirm(selected, user, reason.getValue()),
                "Confirmed"));
        reject.addClickListener(click -> decide(() -> curation.reject(selected, user, reason.getValue()),
                "Rejected"));
        correct.addClickListener(click -> decide(this::saveCorrection, "Corrected"));
        return new HorizontalLayout(confirm, reject, correct);
    }

    private void saveCorrection() {
        List<String> problems = form.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Fix the marked fields first: " + String.join("; ", problems));
        }
        List<FieldChange> changes = curation.correct(selected, user, form.values(), reason.getValue());
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("Nothing to correct: no field differs from the event.");
        }
    }

    private void decide(Runnable action, String done) {
        if (selected == null) {
            return;
        }
        try {
            action.run();
            awaitReadModels();
            String id = selected.eventId();
            refreshQueue();
            showSelected(timeline.find(id).orElse(null));
            Notification.show(done + ": " + selected.subject() + " " + selected.figure())
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (IllegalArgumentException | IllegalStateException e) {
            Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void awaitReadModels() {
        try {
            replayer.awaitCaughtUp(java.time.Duration.ofSeconds(10));
        } catch (java.util.concurrent.TimeoutException e) {
            Notification.show("Recorded; the views will show it in a moment.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void showSelected(@Nullable TimelineEntry entry) {
        selected = entry;
        boolean present = entry != null;
        confirm.setEnabled(present);
        reject.setEnabled(present);
        correct.setEnabled(present);
        quote.removeAll();
        history.setVisible(present);
        form.show(entry);
        if (!present) {
            selectedTitle.setText("Select an event to review it");
            return;
        }
        selectedTitle.setText(entry.type().label() + ": " + entry.subject() + " " + entry.figure()
                + " (" + entry.status().name().toLowerCase() + ")");
        quote.add(DocumentLinks.toSentence("“" + entry.quote() + "”", entry.documentId(), entry.quoteStart(),
                entry.quoteEnd()));
        reason.clear();
        history.show(entry, timeline.history(entry.eventId()));
    }

    private static final String ALL_TYPES = "All types";

    private static List<String> typeChoices() {
        List<String> choices = new java.util.ArrayList<>(List.of(ALL_TYPES));
        for (org.frontierledger.eventstore.event.MarketEventType t
                : org.frontierledger.eventstore.event.MarketEventType.values()) {
            choices.add(t.label());
        }
        return choices;
    }

    private void refreshQueue() {
        List<TimelineEntry> waiting = timeline.reviewQueue(5000).stream()
                .filter(e -> ALL_TYPES.equals(type.getValue()) || e.type().label().equals(type.getValue()))
                .limit(500).toList();
        queue.setItems(waiting);
        long total = timeline.reviewCount();
        queueStatus.setText(total == 0 ? "Nothing to review: every extracted event has been decided on."
                : total + " events wait for review; " + waiting.size() + " shown"
                        + (ALL_TYPES.equals(type.getValue()) ? "" : " of type " + type.getValue()) + ".");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("type").ifPresent(t -> {
            try {
                type.setValue(org.frontierledger.eventstore.event.MarketEventType.parse(t).label());
            } catch (IllegalArgumentException ignored) {
                // an unknown type in a hand-edited URL shows every type
            }
        });
        refreshQueue();
        event.getLocation().getQueryParameters().getSingleParameter("event")
                .flatMap(timeline::find).ifPresent(this::showSelected);
    }
}
