package org.frontierledger.ui.digest;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.frontierledger.export.DigestFormat;
import org.frontierledger.export.DigestRendering;
import org.frontierledger.projections.digest.IsoWeek;

/**
 * A week's digest: a picker (the week is in the URL, {@code ?week=2026-W19}), a preview of the
 * e-mail HTML in a sandboxed frame (no script, no navigation), and a download link per format.
 */
@Route("digest")
@PageTitle("Weekly digest · Frontier Ledger")
@PermitAll
public class DigestView extends VerticalLayout implements BeforeEnterObserver {
    final ComboBox<IsoWeek> week = new ComboBox<>("Week");
    final IFrame preview = new IFrame();
    final Map<DigestFormat, Anchor> downloads = new EnumMap<>(DigestFormat.class);

    private final transient DigestRendering rendering;

    public DigestView(DigestRendering rendering) {
        this.rendering = rendering;
        setSizeFull();
        add(new H2("Weekly digest"), createToolbar(), createPreview());
    }

    private HorizontalLayout createToolbar() {
        week.setItems(rendering.weeksToOffer());
        week.setItemLabelGenerator(w -> w + " (" + w.monday() + " to " + w.sunday() + ")");
        week.setAllowCustomValue(true);
        week.setHelperText("Any ISO week, like 2026-W19");
        week.addCustomValueSetListener(e -> parse(e.getDetail())
                .ifPresentOrElse(
                        w -> getUI().ifPresent(
                                        ui -> ui.navigate(DigestView.class, QueryParameters.of("week", w.toString()))),
                        () -> {
                            week.setErrorMessage("'" + e.getDetail() + "' is not an ISO week; write it like 2026-W19");
                            week.setInvalid(true);
                        }));
        week.addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                getUI().ifPresent(ui -> ui.navigate(
                        DigestView.class,
                        QueryParameters.of("week", e.getValue().toString())));
            }
        });
        HorizontalLayout bar = new HorizontalLayout(week, new Span("Download:"));
        for (DigestFormat format : DigestFormat.values()) {
            Anchor anchor = new Anchor();
            anchor.setText(format.extension().toUpperCase(Locale.ROOT));
            anchor.getElement().setAttribute("data-format", format.extension());
            downloads.put(format, anchor);
            bar.add(anchor);
        }
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private IFrame createPreview() {
        // An empty sandbox: the preview may run nothing, submit nothing and navigate nowhere.
        preview.getElement().setAttribute("sandbox", "");
        preview.getElement().setAttribute("title", "Digest preview");
        preview.setWidthFull();
        preview.getStyle()
                .set("flex-grow", "1")
                .set("min-height", "480px")
                .set("border", "1px solid var(--lumo-contrast-20pct)");
        return preview;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        IsoWeek selected = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("week")
                .flatMap(DigestView::parse)
                .orElseGet(rendering::lastCompleteWeek);
        show(selected);
    }

    void show(IsoWeek selected) {
        week.setValue(selected);
        preview.setSrcdoc(new String(rendering.render(selected, DigestFormat.HTML, null), StandardCharsets.UTF_8));
        downloads.forEach((format, anchor) -> anchor.setHref(download(selected, format)));
    }

    private DownloadHandler download(IsoWeek selected, DigestFormat format) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = rendering.render(selected, format, null);
            return new DownloadResponse(
                    new ByteArrayInputStream(bytes), format.fileName(selected), format.mediaType(), bytes.length);
        });
    }

    private static Optional<IsoWeek> parse(String text) {
        try {
            return Optional.of(IsoWeek.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
