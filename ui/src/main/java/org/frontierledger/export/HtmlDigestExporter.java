package org.frontierledger.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.frontierledger.projections.digest.Citation;
import org.frontierledger.projections.digest.WeeklyDigest;

/**
 * Self-contained XHTML for e-mail: inline styles only (mail clients drop style sheets), no
 * script, no image, no external resource; links only to http(s) sources. Every text from a
 * source is escaped. The same document is what the PDF exporter renders.
 */
final class HtmlDigestExporter implements DigestExporter {
    static final String GENERATED_CLASS = "generated-at";

    private static final String BODY = "margin:0;padding:0;background:#ffffff;color:#1b1b1b;"
            + "font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:1.45";
    private static final String PAGE = "max-width:720px;margin:0 auto;padding:20px 24px";
    private static final String H1 = "font-size:22px;margin:0 0 8px;color:#0b2540";
    private static final String H2 =
            "font-size:17px;margin:22px 0 8px;padding-bottom:3px;color:#0b2540;" + "border-bottom:1px solid #d0d7de";
    private static final String FIELD = "font-size:12px;color:#555555;margin:0";
    private static final String LIST = "margin:0;padding-left:20px";
    private static final String ITEM = "margin:0 0 12px";
    private static final String QUOTE =
            "margin:4px 0 2px;padding:2px 10px;border-left:3px solid #c8ccd0;" + "color:#333333;font-style:italic";
    private static final String SOURCE = "font-size:12px;color:#555555";
    private static final String LINK = "color:#0b57d0";
    private static final String KEEP_TOGETHER = "page-break-inside:avoid";
    private static final String MUTED = "color:#555555;margin:4px 0";

    @Override
    public DigestFormat format() {
        return DigestFormat.HTML;
    }

    @Override
    public byte[] export(WeeklyDigest digest) {
        return xhtml(digest).getBytes(StandardCharsets.UTF_8);
    }

    /** The document as text. */
    String xhtml(WeeklyDigest digest) {
        DigestOutline outline = DigestOutline.of(digest);
        Xhtml html = new Xhtml();
        html.raw("<!DOCTYPE html>")
                .newline()
                .open("html", "", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en")
                .newline()
                .open("head", "")
                .raw("<meta charset=\"utf-8\" />")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />")
                .element("title", "", outline.title())
                // Read by the PDF renderer only; mail clients ignore @page.
                .raw("<style>@page { size: A4; margin: 16mm 14mm 18mm; @bottom-right { content: \""
                        + Xhtml.escape(outline.title()) + " · page \" counter(page) \" of \" counter(pages);"
                        + " font-family: Helvetica, Arial, sans-serif; font-size: 8pt; color: #777777; } }</style>")
                .close("head")
                .newline()
                .open("body", BODY)
                .open("div", PAGE)
                .newline()
                .element("h1", H1, outline.title())
                .newline();
        for (DigestOutline.Field field : outline.fields()) {
            html.open("p", FIELD, field.generated() ? new String[] {"class", GENERATED_CLASS} : new String[0])
                    .element("strong", "", field.name() + ": ")
                    .text(field.value())
                    .close("p")
                    .newline();
        }
        if (outline.emptyWeek() != null) {
            html.element("p", "margin:16px 0", outline.emptyWeek()).newline();
        }
        outline.sections().forEach(section -> section(html, section));
        html.element(
                        "p",
                        "font-size:11px;color:#777777;margin:24px 0 0",
                        "Every item cites its source and quote."
                                + " Figures are as the sources reported them; USD unless stated.")
                .newline();
        return html.close("div").close("body").close("html").newline().toString();
    }

    private static void section(Xhtml html, DigestOutline.Section section) {
        html.element("h2", H2, section.heading()).newline();
        if (section.intro() != null) {
            html.element("p", MUTED, section.intro()).newline();
        }
        if (section.entries().isEmpty()) {
            html.element("p", MUTED, DigestOutline.NONE).newline();
        } else {
            list(html, section.entries());
        }
    }

    private static void list(Xhtml html, List<DigestOutline.Entry> entries) {
        html.open("ul", LIST);
        for (DigestOutline.Entry entry : entries) {
            // The PDF keeps an item's lead, quote and source on one page; mail clients ignore this.
            html.open("li", ITEM)
                    .open("div", KEEP_TOGETHER)
                    .element("strong", "", entry.lead().isEmpty() ? "Unattributed" : entry.lead());
            if (!entry.text().isEmpty()) {
                html.text(": " + entry.text());
            }
            if (entry.citation() != null) {
                citation(html, entry.citation(), entry.quoteSpeaker());
            }
            html.close("div");
            if (!entry.sides().isEmpty()) {
                list(html, entry.sides());
            }
            html.close("li").newline();
        }
        html.close("ul").newline();
    }

    private static void citation(Xhtml html, Citation citation, String speaker) {
        html.element(
                "div",
                QUOTE,
                "“" + DigestText.clean(citation.quote()) + "”" + (speaker.isEmpty() ? "" : " (" + speaker + ")"));
        html.open("div", SOURCE).text("Source: ");
        if (citation.isWebLink()) {
            html.open("a", LINK, "href", citation.source().strip())
                    .text(DigestText.clean(citation.title()))
                    .close("a");
        } else {
            html.text(DigestText.clean(citation.title()));
        }
        html.text(" · "
                        + DigestText.join(
                                citation.show(),
                                citation.isWebLink() ? null : "file " + citation.source(),
                                "reported " + citation.reportedOn()))
                .close("div");
    }
}
