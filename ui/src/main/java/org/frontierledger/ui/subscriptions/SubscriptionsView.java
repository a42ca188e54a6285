package org.frontierledger.ui.subscriptions;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontierledger.eventstore.event.SourceKind;
import org.frontierledger.eventstore.id.SourceId;
import org.frontierledger.ingestion.SourceException;
import org.frontierledger.ingestion.SourceRunProgress;
import org.frontierledger.ingestion.SourceService;
import org.frontierledger.projections.subscriptions.Subscription;
import org.frontierledger.projections.subscriptions.SubscriptionQueries;
import org.frontierledger.ui.base.Tables;
import org.jspecify.annotations.Nullable;

/**
 * Subscriptions: feeds, pages watched for changes and folders watched on disk, each with its
 * schedule, status, last and next run, counts and last error; add, pause, resume, remove, run now.
 * The list refreshes every two seconds while the view is open, so runs show their progress.
 */
@Route("subscriptions")
@PageTitle("Subscriptions · Frontier Ledger")
@RolesAllowed("ANALYST")
public class SubscriptionsView extends VerticalLayout {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private static final Map<String, Duration> SCHEDULES = schedules();

    final Select<SourceKind> kind = new Select<>();
    final TextField location = new TextField("Feed URL, page URL or folder");
    final Select<String> schedule = new Select<>();
    final Button add = new Button("Subscribe", VaadinIcon.PLUS.create());
    final Grid<Subscription> grid = new Grid<>(Subscription.class, false);
    final Paragraph empty = new Paragraph("No subscriptions yet. Add a news or podcast feed, a pricing page to watch,"
            + " or a folder on the server.");

    private final transient SourceService sources;
    private final transient SubscriptionQueries subscriptions;
    private final String user;
    private @Nullable Registration polling;

    public SubscriptionsView(
            SourceService sources, SubscriptionQueries subscriptions, AuthenticationContext authentication) {
        this.sources = sources;
        this.subscriptions = subscriptions;
        this.user = authentication.getPrincipalName().orElse("unknown");
        setSizeFull();
        configureGrid();
        add(new H2("Subscriptions"), createForm(), empty, grid);
        refresh();
    }

    private HorizontalLayout createForm() {
        kind.setLabel("Kind");
        kind.setItems(SourceKind.values());
        kind.setItemLabelGenerator(SubscriptionsView::kindLabel);
        kind.setValue(SourceKind.FEED);
        location.setPlaceholder("https://example.com/feed.xml");
        location.setWidth("32em");
        location.setClearButtonVisible(true);
        schedule.setLabel("Read");
        schedule.setItems(SCHEDULES.keySet());
        schedule.setValue("default");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> subscribe());
        HorizontalLayout form = new HorizontalLayout(kind, location, schedule, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void configureGrid() {
        grid.addColumn(s -> kindLabel(s.kind()))
                .setHeader("Kind")
                .setWidth("6em")
                .setFlexGrow(0);
        Tables.textColumn(grid, Subscription::location)
                .setHeader("URL or folder")
                .setWidth("10em")
                .setFlexGrow(3);
        grid.addColumn(s -> every(s.interval()))
                .setHeader("Schedule")
                .setWidth("6em")
                .setFlexGrow(0);
        grid.addComponentColumn(this::status)
                .setHeader("Status")
                .setWidth("7em")
                .setFlexGrow(1);
        Tables.textColumn(
                        grid,
                        s -> "last " + (s.lastRunAt() == null ? "never" : time(s.lastRunAt()))
                                + (s.paused() ? "" : ", next " + time(s.nextRunAt())))
                .setHeader("Runs")
                .setWidth("9em")
                .setFlexGrow(0);
        Tables.textColumn(grid, s -> s.documentsRecorded() + " documents, " + s.marketEvents() + " market events")
                .setHeader("Found")
                .setWidth("8em")
                .setFlexGrow(0);
        Tables.textColumn(
                        grid,
                        s -> s.lastError() == null ? (s.lastOutcome() == null ? "" : s.lastOutcome()) : s.lastError())
                .setHeader("Last outcome or error")
                .setWidth("8em")
                .setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader("").setWidth("7.5em").setFlexGrow(0);
        Tables.dense(grid);
        grid.setSizeFull();
    }

    private Span status(Subscription subscription) {
        Optional<SourceRunProgress> progress = sources.progress(new SourceId(subscription.sourceId()));
        Span status = new Span(progress.map(p -> "running: " + p.summary()).orElse(subscription.status()));
        status.addClassName("subscription-status");
        status.getElement()
                .getThemeList()
                .add("badge"
                        + switch (subscription.status()) {
                            case "failing" -> " error";
                            case "paused" -> " contrast";
                            case "running" -> "";
                            default -> " success";
                        });
        return status;
    }

    private VerticalLayout actions(Subscription subscription) {
        SourceId id = new SourceId(subscription.sourceId());
        Button run = small("Run now", VaadinIcon.PLAY, () -> {
            sources.runNow(id, user);
            notify("Reading " + subscription.location() + " now", false);
        });
        Button pause = subscription.paused()
                ? small("Resume", VaadinIcon.REFRESH, () -> sources.resume(id, user))
                : small("Pause", VaadinIcon.PAUSE, () -> sources.pause(id, user));
        Button remove = small("Remove", VaadinIcon.TRASH, () -> sources.remove(id, user));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        VerticalLayout buttons = new VerticalLayout(run, pause, remove);
        buttons.setPadding(false);
        buttons.setSpacing(false);
        return buttons;
    }

    private Button small(String label, VaadinIcon icon, Runnable action) {
        Button button = new Button(label, icon.create(), click -> act(action));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void subscribe() {
        String where = location.getValue().trim();
        if (where.isEmpty()) {
            location.setInvalid(true);
            location.setErrorMessage("Enter a feed or page URL, or a folder");
            return;
        }
        try {
            sources.add(kind.getValue(), where, SCHEDULES.get(schedule.getValue()), user);
            location.setInvalid(false);
            location.clear();
            notify("Subscribed; the first run starts within a minute", false);
            refresh();
        } catch (SourceException e) {
            location.setInvalid(true);
            location.setErrorMessage(e.getMessage());
        }
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (SourceException e) {
            notify(e.getMessage(), true);
        }
        refresh();
    }

    /** Reloads the list from the read model. */
    void refresh() {
        List<Subscription> all = subscriptions.all();
        grid.setItems(all);
        empty.setVisible(all.isEmpty());
    }

    private static void notify(String message, boolean error) {
        Notification notification = Notification.show(message, 5000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().setPollInterval(2000);
        polling = attachEvent.getUI().addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        super.onDetach(detachEvent);
    }

    private static String kindLabel(SourceKind kind) {
        return switch (kind) {
            case FEED -> "feed";
            case PAGE -> "page";
            case FOLDER -> "folder";
        };
    }

    private static String time(@Nullable Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    private static String every(Duration interval) {
        return SCHEDULES.entrySet().stream()
                .filter(e -> interval.equals(e.getValue()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse("every " + interval.toMinutes() + " min");
    }

    private static Map<String, Duration> schedules() {
        Map<String, Duration> schedules = new LinkedHashMap<>();
        schedules.put("default", null);
        schedules.put("every 15 minutes", Duration.ofMinutes(15));
        schedules.put("hourly", Duration.ofHours(1));
        schedules.put("every 6 hours", Duration.ofHours(6));
        schedules.put("daily", Duration.ofDays(1));
        schedules.put("weekly", Duration.ofDays(7));
        return schedules;
    }
}
