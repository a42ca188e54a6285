package org.frontierledger.api;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.frontierledger.digest.DigestArchive;
import org.frontierledger.export.DigestFormat;
import org.frontierledger.export.DigestRendering;
import org.frontierledger.projections.digest.IsoWeek;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/digest/{week}.{md|html|pdf|csv|json}[?asOf=INSTANT]}: a week's digest rendered
 * now (as of now, or of an earlier instant); {@code GET /api/digest/archive/{week}.{format}}: the
 * file the weekly schedule wrote. HTML is served with a policy that forbids script and every
 * external load.
 */
@RestController
@ConditionalOnWebApplication
class DigestController {
    /** Defence in depth: the HTML is escaped, and even so may run nothing and load nothing. */
    static final String HTML_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    private final DigestRendering rendering;
    private final DigestArchive archive;

    DigestController(DigestRendering rendering, DigestArchive archive) {
        this.rendering = rendering;
        this.archive = archive;
    }

    @GetMapping("/api/digest/{week}.{format}")
    @Operation(
            summary = "A week's digest, rendered now",
            description = "week: an ISO week like 2026-W19; format: md, html, pdf, csv or json; asOf: an instant, for"
                    + " the digest as the ledger knew it then.")
    ResponseEntity<byte[]> digest(
            @PathVariable String week,
            @PathVariable String format,
            @RequestParam(required = false) @Nullable String asOf) {
        IsoWeek isoWeek = IsoWeek.parse(week);
        DigestFormat digestFormat = DigestFormat.parse(format);
        byte[] body = rendering.render(isoWeek, digestFormat, asOf == null ? null : DigestRendering.parseInstant(asOf));
        return file(isoWeek, digestFormat, body);
    }

    @GetMapping("/api/digest/archive/{week}.{format}")
    @Operation(
            summary = "The digest file the weekly schedule wrote",
            description = "week: an ISO week like 2026-W19; format: md, html, pdf, csv or json.")
    @NotFoundResponse("the schedule has written no digest of this week")
    ResponseEntity<?> archived(@PathVariable String week, @PathVariable String format) throws IOException {
        IsoWeek isoWeek = IsoWeek.parse(week);
        DigestFormat digestFormat = DigestFormat.parse(format);
        var file = archive.file(isoWeek, digestFormat);
        if (file.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(Map.of("error", "no digest of " + isoWeek + " has been written by the schedule"));
        }
        return file(isoWeek, digestFormat, Files.readAllBytes(file.get()));
    }

    private static ResponseEntity<byte[]> file(IsoWeek week, DigestFormat format, byte[] body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(format.mediaType()));
        headers.setContentDisposition(
                ContentDisposition.attachment().filename(format.fileName(week)).build());
        if (format == DigestFormat.HTML) {
            headers.set("Content-Security-Policy", HTML_POLICY);
        }
        headers.set("X-Content-Type-Options", "nosniff");
        return new ResponseEntity<>(body, headers, HttpStatus.OK);
    }
}
