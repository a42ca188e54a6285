package org.frontierledger.api;

import io.swagger.v3.oas.annotations.Operation;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.frontierledger.digest.DigestArchive;
import org.frontierledger.export.DigestFormat;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /digests.atom}: an Atom feed of the digests the weekly schedule wrote, newest first;
 * each entry links every format of that week's written files. Behind HTTP Basic, like the API,
 * so feed readers can log in.
 */
@RestController
@ConditionalOnWebApplication
class DigestFeedController {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final DigestArchive archive;

    DigestFeedController(DigestArchive archive) {
        this.archive = archive;
    }

    @GetMapping("/digests.atom")
    @Operation(summary = "An Atom feed of the digests the weekly schedule wrote, newest first")
    ResponseEntity<String> feed() throws XMLStreamException {
        String base =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        List<DigestArchive.Written> written = archive.written();
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        text(xml, "id", "urn:frontier-ledger:digests");
        text(xml, "title", "Frontier Ledger weekly digests");
        text(
                xml,
                "updated",
                (written.isEmpty() ? Instant.EPOCH : written.getFirst().writtenAt()).toString());
        link(xml, "self", base + "/digests.atom", "application/atom+xml", null);
        xml.writeStartElement("author");
        text(xml, "name", "Frontier Ledger");
        xml.writeEndElement();
        for (DigestArchive.Written digest : written) {
            entry(xml, base, digest);
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/atom+xml; charset=UTF-8"))
                .body(out.toString());
    }

    private static void entry(XMLStreamWriter xml, String base, DigestArchive.Written digest)
            throws XMLStreamException {
        String week = digest.week().toString();
        xml.writeStartElement("entry");
        text(xml, "id", "urn:frontier-ledger:digest:" + week);
        text(
                xml,
                "title",
                "Weekly digest " + week + " (" + digest.week().monday() + " to "
                        + digest.week().sunday() + ")");
        text(xml, "updated", digest.writtenAt().toString());
        text(
                xml,
                "summary",
                "What was reported in the AI market in " + week + ", every item cited; in Markdown, HTML,"
                        + " PDF, CSV and JSON.");
        link(xml, "alternate", base + "/api/digest/archive/" + week + ".html", "text/html", null);
        for (DigestFormat format : DigestFormat.values()) {
            link(
                    xml,
                    "enclosure",
                    base + "/api/digest/archive/" + week + "." + format.extension(),
                    format.mediaType().split(";")[0],
                    format.fileName(digest.week()));
        }
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type, String title)
            throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
        if (title != null) {
            xml.writeAttribute("title", title);
        }
    }
}
