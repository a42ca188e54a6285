package org.frontierledger.ui.review;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.frontierledger.curation.CurationService;
import org.frontierledger.curation.EventOrigins;
import org.frontierledger.eventstore.ProjectionReplayer;
import org.frontierledger.eventstore.event.FieldChange;
import org.frontierledger.eventstore.event.MarketEventType;
import org.frontierledger.projections.sources.SourceDocument;
import org.frontierledger.projections.sources.SourceQueries;
import org.frontierledger.projections.timeline.CurationStatus;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.frontierledger.projections.timeline.TimelineQueries;
import org.frontierledger.ui.base.EventDetails;
import org.frontierledger.ui.base.Readable;
import org.frontierledger.ui.base.Tables;
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
    final Select<String> type = new Select<>();
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
    private final transient SourceQueries sources;
    private final transient EventOrigins origins;
    private Map<String, String> titles = Map.of();
    private final String user;
    private @Nullable TimelineEntry selected;

    public ReviewView(
            TimelineQueries timeline,
            CurationService curation,
            ProjectionReplayer replayer,
            SourceQueries sources,
            EventOrigins origins,
            AuthenticationContext authentication) {
        this.timeline = timeline;
        this.sources = sources;
        this.origins = origins;
        this.curation = curation;
        this.replayer = replayer;
        this.user = authentication.getPrincipalName().orElse("unknown");
        setSizeFull();
        type.setLabel("Type");
        type.setItems(typeChoices());
        type.setValue(ALL_TYPES);
        type.addValueChangeListener(e -> refreshQueue());
        VerticalLayout left = new VerticalLayout(new H2("Review queue"), type, queueStatus, queue);
        left.setWidth("58%");
        left.setMinWidth("0");
        VerticalLayout right = new VerticalLayout(selectedTitle, quote, createForm(), createActions(), history);
        right.setWidth("42%");
        right.setMinWidth("0");
        add(left, right);
        configureQueue();
        showSelected(null);
    }

    private void configureQueue() {
        queue.addColumn(TimelineEntry::reportedOn)
                .setHeader("Reported")
                .setWidth("6.2em")
                .setFlexGrow(0);
        Tables.textColumn(queue, e -> e.type().label())
                .setHeader("Type")
                .setWidth("4.5em")
                .setFlexGrow(0);
        Tables.textColumn(queue, TimelineEntry::subject)
                .setHeader("Subject")
                .setWidth("5em")
                .setFlexGrow(1);
        Tables.textColumn(queue, Readable::figure)
                .setHeader("Figure")
                .setWidth("5em")
                .setFlexGrow(1);
        Tables.textColumn(queue, Readable::quote)
                .setHeader("Quote")
                .setWidth("6em")
                .setFlexGrow(3);
        Tables.textColumn(queue, e -> titles.getOrDefault(e.documentId(), ""))
                .setHeader("Source")
                .setWidth("4.5em")
                .setFlexGrow(1);
        Tables.dense(queue);
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
        confirm.addClickListener(
                click -> decide(() -> curation.confirm(selected, user, reason.getValue()), "Confirmed"));
        reject.addClickListener(click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage("Say why it is rejected: a reason is required to reject");
                reason.focus();
                return;
            }
            decide(() -> curation.reject(selected, user, reason.getValue()), "Rejected");
        });
        reason.addValueChangeListener(change -> reason.setInvalid(false));
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
            replayer.awaitCaughtUp(Duration.ofSeconds(10));
        } catch (TimeoutException e) {
            Notification.show("Recorded; the views will show it in a moment.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void showSelected(@Nullable TimelineEntry entry) {
        selected = entry;
        boolean present = entry != null;
        confirm.setEnabled(present && entry.status() != CurationStatus.REJECTED);
        confirm.getElement()
                .setAttribute(
                        "title",
                        present && entry.status() == CurationStatus.REJECTED
                                ? "A rejected event cannot be confirmed; correct it to bring it back"
                                : "");
        reject.setEnabled(present && entry.status() != CurationStatus.REJECTED);
        correct.setEnabled(present);
        quote.removeAll();
        history.setVisible(present);
        form.show(entry);
        if (!present) {
            selectedTitle.setText("Select an event to review it");
            return;
        }
        selectedTitle.setText(entry.type().label() + ": " + entry.subject() + " " + entry.figure() + " ("
                + entry.status().name().toLowerCase() + ")");
        quote.add(new EventDetails(entry, origins));
        reason.clear();
        reason.setInvalid(false);
        history.show(
                entry,
                timeline.history(entry.eventId()),
                origins.of(entry.documentId(), entry.eventId()).orElse(null));
    }

    private static final String ALL_TYPES = "All types";
    /** Newest report first; of one day, the most recently recorded first, then in document order. */
    private static final Comparator<TimelineEntry> NEWEST_FIRST = Comparator.comparing(TimelineEntry::reportedOn)
            .thenComparing(TimelineEntry::recordedAt)
            .reversed()
            .thenComparing(TimelineEntry::documentId)
            .thenComparingInt(TimelineEntry::quoteStart);

    private static List<String> typeChoices() {
        List<String> choices = new ArrayList<>(List.of(ALL_TYPES));
        for (MarketEventType t : MarketEventType.values()) {
            choices.add(t.label());
        }
        return choices;
    }

    private void refreshQueue() {
        titles = sources.all().stream()
                .collect(Collectors.toMap(SourceDocument::documentId, SourceDocument::title, (a, b) -> a));
        List<TimelineEntry> waiting = timeline.reviewQueue(5000).stream()
                .filter(e ->
                        ALL_TYPES.equals(type.getValue()) || e.type().label().equals(type.getValue()))
                .sorted(NEWEST_FIRST)
                .limit(500)
                .toList();
        queue.setItems(waiting);
        long total = timeline.reviewCount();
        queueStatus.setText(
                total == 0
                        ? "Nothing to review: every extracted event has been decided on."
                        : total + " events wait for review; " + waiting.size() + " shown"
                                + (ALL_TYPES.equals(type.getValue()) ? "" : " of type " + type.getValue()) + ".");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("type").ifPresent(t -> {
            try {
                type.setValue(MarketEventType.parse(t).label());
            } catch (IllegalArgumentException ignored) {
                // an unknown type in a hand-edited URL shows every type
            }
        });
        refreshQueue();
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("event")
                .flatMap(timeline::find)
                .ifPresent(this::showSelected);
    }
}
