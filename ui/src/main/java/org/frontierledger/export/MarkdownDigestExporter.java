package org.frontierledger.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.renderer.markdown.MarkdownRenderer;
import org.frontierledger.projections.digest.Citation;
import org.frontierledger.projections.digest.WeeklyDigest;

/**
 * Markdown (CommonMark) built as a commonmark-java syntax tree and rendered by its
 * {@link MarkdownRenderer}, which escapes every character of source text that Markdown would
 * read as syntax: a quote cannot open a link, raw HTML or a heading. Links are made only for
 * http(s) sources.
 */
final class MarkdownDigestExporter implements DigestExporter {
    private final MarkdownRenderer renderer = MarkdownRenderer.builder().build();

    @Override
    public DigestFormat format() {
        return DigestFormat.MD;
    }

    @Override
    public byte[] export(WeeklyDigest digest) {
        return renderer.render(document(DigestOutline.of(digest))).getBytes(StandardCharsets.UTF_8);
    }

    private static Document document(DigestOutline outline) {
        Document document = new Document();
        document.appendChild(heading(1, outline.title()));
        Paragraph fields = new Paragraph();
        for (DigestOutline.Field field : outline.fields()) {
            if (fields.getFirstChild() != null) {
                fields.appendChild(new HardLineBreak());
            }
            fields.appendChild(strong(field.name() + ":"));
            fields.appendChild(new Text(" " + field.value()));
        }
        document.appendChild(fields);
        if (outline.emptyWeek() != null) {
            document.appendChild(paragraph(new Text(outline.emptyWeek())));
        }
        for (DigestOutline.Section section : outline.sections()) {
            document.appendChild(heading(2, section.heading()));
            if (section.intro() != null) {
                document.appendChild(paragraph(new Text(section.intro())));
            }
            document.appendChild(
                    section.entries().isEmpty() ? paragraph(new Text(DigestOutline.NONE)) : list(section.entries()));
        }
        return document;
    }

    private static BulletList list(List<DigestOutline.Entry> entries) {
        BulletList list = new BulletList();
        list.setMarker("-");
        list.setTight(false);
        for (DigestOutline.Entry entry : entries) {
            ListItem item = new ListItem();
            Paragraph lead = paragraph(strong(entry.lead().isEmpty() ? "Unattributed" : entry.lead()));
            if (!entry.text().isEmpty()) {
                lead.appendChild(new Text(": " + entry.text()));
            }
            item.appendChild(lead);
            if (entry.citation() != null) {
                citation(item, entry.citation(), entry.quoteSpeaker());
            }
            if (!entry.sides().isEmpty()) {
                item.appendChild(list(entry.sides()));
            }
            list.appendChild(item);
        }
        return list;
    }

    private static void citation(Node parent, Citation citation, String speaker) {
        BlockQuote quote = new BlockQuote();
        quote.appendChild(paragraph(new Text(
                "“" + DigestText.clean(citation.quote()) + "”" + (speaker.isEmpty() ? "" : " (" + speaker + ")"))));
        parent.appendChild(quote);
        Paragraph source = paragraph(new Text("Source: "));
        if (citation.isWebLink()) {
            Link link = new Link(citation.source().strip(), null);
            link.appendChild(new Text(DigestText.clean(citation.title())));
            source.appendChild(link);
        } else {
            source.appendChild(new Text(DigestText.clean(citation.title())));
        }
        source.appendChild(new Text(" · "
                + DigestText.join(
                        citation.show(),
                        citation.isWebLink() ? null : "file " + citation.source(),
                        "reported " + citation.reportedOn())));
        parent.appendChild(source);
    }

    private static Heading heading(int level, String text) {
        Heading heading = new Heading();
        heading.setLevel(level);
        heading.appendChild(new Text(text));
        return heading;
    }

    private static StrongEmphasis strong(String text) {
        StrongEmphasis strong = new StrongEmphasis();
        strong.appendChild(new Text(text));
        return strong;
    }

    private static Paragraph paragraph(Node first) {
        Paragraph paragraph = new Paragraph();
        paragraph.appendChild(first);
        return paragraph;
    }
}
