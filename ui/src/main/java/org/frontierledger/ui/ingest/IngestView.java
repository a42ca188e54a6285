package org.frontierledger.ui.ingest;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
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
import java.util.ArrayList;
import java.util.List;
import org.frontierledger.ingestion.IngestReport;
import org.frontierledger.ingestion.IngestService;
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
    private final List<IngestReport> done = new ArrayList<>();

    public IngestView(IngestService ingest, TaskExecutor executor, AuthenticationContext authentication) {
        this.ingest = ingest;
        this.executor = executor;
        this.user = authentication.getPrincipalName().orElse("unknown");
        this.upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                ingested(ingest.ingestContent(metadata.fileName(), metadata.contentType(), bytes, user))));
        setWidthFull();
        add(new H2("Ingest documents"), createUrlForm(), createUpload(), progress, new H3("Results"), reports);
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
        upload.setAcceptedFileTypes(".txt", ".md", ".markdown", ".html", ".htm", ".csv", "text/plain", "text/html",
                "text/markdown", "text/csv");
        upload.setMaxFileSize(10 * 1024 * 1024);
        upload.addFileRejectedListener(e -> ingested(new IngestReport(e.getFileName(), IngestReport.Status.FAILED,
                null, null, 0, 0, e.getErrorMessage())));
        Paragraph hint = new Paragraph("Files: HTML, plain text, Markdown or a price-list CSV, up to 10 MB each. "
                + "A document ingested before (same text) records nothing new.");
        VerticalLayout box = new VerticalLayout(upload, hint);
        box.setPadding(false);
        return box;
    }

    private void configureReports() {
        reports.addColumn(r -> r.status().name().replace('_', ' ').toLowerCase()).setHeader("Outcome")
                .setAutoWidth(true);
        reports.addColumn(r -> r.title() == null ? "" : r.title()).setHeader("Title").setFlexGrow(1);
        reports.addColumn(IngestReport::claims).setHeader("Claims").setAutoWidth(true);
        reports.addColumn(IngestReport::marketEvents).setHeader("Market events").setAutoWidth(true);
        reports.addColumn(r -> r.error() == null ? r.source() : r.error()).setHeader("Source or error")
                .setFlexGrow(2);
        reports.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        reports.setAllRowsVisible(true);
    }

    private void fetchUrl() {
        String location = url.getValue().trim();
        // Only web addresses: a path typed here would read files of the server, not of the analyst.
        String lower = location.toLowerCase(java.util.Locale.ROOT);
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
            } finally {
                ui.access(() -> {
                    fetch.setEnabled(true);
                    progress.setVisible(false);
                });
            }
        });
    }

    private void ingested(IngestReport report) {
        getUI().ifPresent(ui -> ui.access(() -> {
            done.add(0, report);
            reports.setItems(done);
        }));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        reports.setItems(done);
    }
}
