package org.frontierledger.export;

import java.util.EnumMap;
import java.util.Map;
import org.frontierledger.projections.digest.WeeklyDigest;
import org.springframework.stereotype.Component;

/** All exporters, by format. Thread-safe. */
@Component
public class DigestExporters {
    private final Map<DigestFormat, DigestExporter> exporters = new EnumMap<>(DigestFormat.class);

    /** The five standard exporters. */
    public DigestExporters() {
        HtmlDigestExporter html = new HtmlDigestExporter();
        for (DigestExporter exporter : new DigestExporter[] {
            new MarkdownDigestExporter(),
            html,
            new PdfDigestExporter(html),
            new CsvDigestExporter(),
            new JsonDigestExporter()
        }) {
            exporters.put(exporter.format(), exporter);
        }
    }

    /** The digest in this format. */
    public byte[] export(WeeklyDigest digest, DigestFormat format) {
        return exporters.get(format).export(digest);
    }
}
