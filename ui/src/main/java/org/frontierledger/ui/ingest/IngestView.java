package org.frontierledger.ui.ingest;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import org.frontierledger.curation.EventOrigins;
import org.frontierledger.eventstore.ProjectionReplayer;
import org.frontierledger.ingestion.IngestReport;
import org.frontierledger.ingestion.IngestService;
import org.frontierledger.ingestion.StorageFailedException;
import org.frontierledger.projections.timeline.TimelineEntry;
import org.frontierledger.projections.timeline.TimelineQueries;
import org.frontierledger.ui.base.DocumentLinks;
import org.frontierledger.ui.base.ExtractedEvents;
import org.frontierledger.ui.base.Tables;
import org.springframework.core.task.TaskExecutor;

/** Ingest uploaded files or an http(s) URL; each document's outcome appears as it is done. */
@Route("ingest")
@PageTitle("Ingest · Frontier Ledger")
@RolesAllowed("ANALYST")
public class IngestView extends VerticalLayout {
    final TextField url = new TextField("Web page or RSS/Atom feed");
    final Button fetch = new Button("Fetch and ingest", VaadinIcon.DOWNLOAD_ALT.create());
    final Upload upload;
    final ProgressBar progress = new ProgressBar();
    final Grid<IngestReport> reports = new Grid<>(IngestReport.class, false);

    private final transient IngestService ingest;
    private final transient TaskExecutor executor;
    private final String user;
    private final transient TimelineQueries timeline;
    private final transient ProjectionReplayer replayer;
    private final transient EventOrigins origins;
    private final List<IngestReport> done = new ArrayList<>();
    final Div extracted = new Div();

    public IngestView(
            IngestService ingest,
            TaskExecutor executor,
            AuthenticationContext authentication,
            TimelineQueries timeline,
            ProjectionReplayer replayer,
            EventOrigins origins) {
        this.ingest = ingest;
        this.timeline = timeline;
        this.replayer = replayer;
        this.origins = origins;
        this.executor = executor;
        this.user = authentication.getPrincipalName().orElse("unknown");
        this.upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                ingested(ingest.ingestContent(metadata.fileName(), metadata.contentType(), bytes, user));
            } catch (StorageFailedException e) {
                ingested(storeFailed(metadata.fileName(), e));
            }
        }));
        setWidthFull();
        extracted.addClassName("ingested-documents");
        add(
                new H2("Ingest documents"),
                createUrlForm(),
                createUpload(),
                progress,
                new H3("Results"),
                reports,
                extracted);
        configureReports();
        progress.setIndeterminate(true);
        progress.setVisible(false);
    }

    private HorizontalLayout createUrlForm() {
        url.setPlaceholder("https://example.com/article.html or …/feed.xml");
        url.setWidth("36em");
        url.setClearButtonVisible(true);
        fetch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fetch.addClickListener(click -> fetchUrl());
        HorizontalLayout form = new HorizontalLayout(url, fetch);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private VerticalLayout createUpload() {
        upload.setAcceptedFileTypes(
                ".txt",
                ".md",
                ".markdown",
                ".html",
                ".htm",
                ".csv",
                "text/plain",
                "text/html",
                "text/markdown",
                "text/csv");
        upload.setMaxFileSize(10 * 1024 * 1024);
        upload.addFileRejectedListener(e -> ingested(new IngestReport(
                e.getFileName(), IngestReport.Status.FAILED, null, null, 0, 0, e.getErrorMessage(), 0)));
        Paragraph hint = new Paragraph("Files: HTML, plain text, Markdown or a price-list CSV, up to 10 MB each. "
                + "A document ingested before (same text) records nothing new.");
        VerticalLayout box = new VerticalLayout(upload, hint);
        box.setPadding(false);
        return box;
    }

    private void configureReports() {
        reports.addColumn(r -> r.status().name().replace('_', ' ').toLowerCase())
                .setHeader("Outcome")
                .setWidth("8em")
                .setFlexGrow(0);
        Tables.textColumn(reports, r -> r.title() == null ? "" : r.title())
                .setHeader("Title")
                .setWidth("10em")
                .setFlexGrow(2);
        reports.addColumn(IngestReport::claims)
                .setHeader("Claims")
                .setWidth("5em")
                .setFlexGrow(0);
        reports.addColumn(IngestReport::marketEvents)
                .setHeader("Market events")
                .setWidth("8em")
                .setFlexGrow(0);
        Tables.textColumn(reports, r -> r.error() == null ? r.source() : r.error())
                .setHeader("Source or error")
                .setWidth("10em")
                .setFlexGrow(2);
        Tables.dense(reports);
        reports.setAllRowsVisible(true);
    }

    private void fetchUrl() {
        String location = url.getValue().trim();
        // Only web addresses: a path typed here would read files of the server, not of the analyst.
        String lower = location.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            url.setInvalid(true);
            url.setErrorMessage("Enter an http or https URL");
            return;
        }
        url.setInvalid(false);
        fetch.setEnabled(false);
        progress.setVisible(true);
        UI ui = UI.getCurrent();
        executor.execute(() -> {
            // A page records one document; a feed one per entry, each shown as it is done.
            try {
                ingest.ingest(location, user, report -> ui.access(() -> ingested(report)));
            } catch (StorageFailedException e) {
                ui.access(() -> ingested(storeFailed(location, e)));
            } finally {
                ui.access(() -> {
                    fetch.setEnabled(true);
                    progress.setVisible(false);
                });
            }
        });
    }

    /** A failing store stops the ingest; the analyst sees why, and that trying again later is safe. */
    private static IngestReport storeFailed(String source, StorageFailedException e) {
        return new IngestReport(
                source,
                IngestReport.Status.FAILED,
                null,
                null,
                0,
                0,
                "not recorded: " + e.getMessage() + "; ask an administrator, then ingest it again",
                0);
    }

    private void ingested(IngestReport report) {
        getUI().ifPresent(ui -> {
            ui.access(() -> {
                done.add(0, report);
                reports.setItems(done);
            });
            if (report.documentId() != null) {
                executor.execute(() -> {
                    List<TimelineEntry> events = eventsOf(report.documentId());
                    ui.access(() -> showExtracted(report, events));
                });
            }
        });
    }

    /** The document's market events, once the timeline has caught up with what was just recorded. */
    private List<TimelineEntry> eventsOf(String documentId) {
        try {
            replayer.awaitCaughtUp(Duration.ofSeconds(20));
        } catch (TimeoutException e) {
            // Show what the timeline has so far; the document page lists them all later.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return timeline.ofDocument(documentId);
    }

    private void showExtracted(IngestReport report, List<TimelineEntry> events) {
        H4 title = new H4();
        title.add(DocumentLinks.toDocument(
                report.title() == null ? report.source() : report.title(), report.documentId()));
        title.add(new Span(" · " + events.size() + " market events"
                + (report.status() == IngestReport.Status.ALREADY_KNOWN ? " (ingested before)" : "")));
        if (report.undatedAs() != null) {
            Span undated =
                    new Span(" · no date in the text: filed under " + report.undatedAs() + ", the day it was ingested");
            undated.addClassName("undated");
            title.add(undated);
        }
        ExtractedEvents list = new ExtractedEvents(origins);
        list.show(events);
        Div document = new Div(title, list);
        document.addClassName("ingested-document");
        extracted.addComponentAsFirst(document);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        reports.setItems(done);
    }
}
