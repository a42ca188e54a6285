package org.frontierledger.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.frontierledger.projections.digest.WeeklyDigest;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/** Sources that try to inject script, links, markup or formulas get nowhere in any format. */
class DigestInjectionTest {
    private static final Set<String> OUR_ELEMENTS =
            Set.of("html", "head", "meta", "title", "style", "body", "div", "h1", "h2", "p", "strong", "ul", "li", "a");

    private final DigestExporters exporters = new DigestExporters();
    private final WeeklyDigest hostile = DigestSamples.hostile();

    private String text(DigestFormat format) {
        return new String(exporters.export(hostile, format), StandardCharsets.UTF_8);
    }

    @Test
    void htmlEscapesEverySourceTextAndLinksOnlyToHttp() throws Exception {
        String html = text(DigestFormat.HTML);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        Document document =
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));

        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            assertThat(OUR_ELEMENTS).as("element <%s>", element.getTagName()).contains(element.getTagName());
            NamedNodeMap attributes = element.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                assertThat(attributes.item(a).getNodeName()).doesNotStartWithIgnoringCase("on");
            }
        }
        NodeList links = document.getElementsByTagName("a");
        assertThat(links.getLength()).isPositive();
        for (int i = 0; i < links.getLength(); i++) {
            assertThat(((Element) links.item(i)).getAttribute("href")).startsWith("https://evil.example/a)");
        }
        String body = document.getDocumentElement().getTextContent();
        assertThat(body)
                .contains(
                        "=cmd|' /C calc'!A0 <script>alert(1)</script> (-evil@x)",
                        "<script>alert('hit')</script> [hit](javascript:alert(3))");
        assertThat(body)
                .contains(
                        "<script>alert('x')</script>",
                        "<img src=x onerror=alert(1)>",
                        "<iframe src=\"https://evil.example\"></iframe>",
                        "file javascript:alert(document.cookie)");
        assertThat(html).doesNotContain("<script", "<img", "<iframe", "<b>", "href=\"javascript");
    }

    @Test
    void markdownKeepsSourceTextAsTextWithoutRawHtmlOrForeignLinks() {
        String markdown = text(DigestFormat.MD);
        Node document = Parser.builder().build().parse(markdown);
        List<String> problems = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline html) {
                problems.add("inline HTML " + html.getLiteral());
            }

            @Override
            public void visit(HtmlBlock html) {
                problems.add("HTML block " + html.getLiteral());
            }

            @Override
            public void visit(Link link) {
                if (!link.getDestination().startsWith("https://evil.example/a)")) {
                    problems.add("link to " + link.getDestination());
                }
                visitChildren(link);
            }

            @Override
            public void visit(Heading heading) {
                headings.add(heading.getLevel() + ":" + ((Text) heading.getFirstChild()).getLiteral());
                visitChildren(heading);
            }
        });

        assertThat(problems).isEmpty();
        assertThat(headings)
                .containsExactly(
                        "1:Frontier Ledger weekly digest: 2026-W19",
                        "2:Headline figures",
                        "2:New models",
                        "2:Price moves",
                        "2:Capex",
                        "2:Valuations",
                        "2:Conflicts",
                        "2:Notable quotes",
                        "2:Saved searches");
        String rendered = HtmlRenderer.builder().build().render(document);
        assertThat(rendered)
                .doesNotContain("<script", "<iframe", "<img", "href=\"javascript")
                .contains("&lt;script&gt;alert('x')&lt;/script&gt;")
                .contains("=cmd|' /C calc'!A0 &lt;script&gt;alert(1)&lt;/script&gt; (-evil@x)")
                .contains("+[x](javascript:alert(1)) &lt;img src=x onerror=alert(2)&gt;");
    }

    @Test
    void csvNeutralisesEveryCellThatASpreadsheetWouldRun() throws IOException {
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text(DigestFormat.CSV)))
                .getRecords();

        assertThat(rows).hasSize(3);
        for (CSVRecord row : rows) {
            for (String cell : row) {
                assertThat(cell)
                        .doesNotStartWith("=")
                        .doesNotStartWith("+")
                        .doesNotStartWith("-")
                        .doesNotStartWith("@")
                        .doesNotStartWith("\t")
                        .doesNotStartWith("\r");
            }
        }
        CSVRecord capex = rows.getFirst();
        assertThat(capex.get("subject")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
        assertThat(capex.get("period")).isEqualTo("'+2026");
        assertThat(capex.get("detail")).isEqualTo("'@SUM(1+1)");
        assertThat(capex.get("speaker")).isEqualTo("'-1+2");
        assertThat(capex.get("quote")).startsWith("<script>").contains("\n# Heading");
        assertThat(rows.get(1).get("subject")).isEqualTo("'\tTabbed");
        assertThat(rows.get(1).get("detail")).isEqualTo("'\rreturn");
        CSVRecord hit = rows.get(2);
        assertThat(hit.get("saved_search")).isEqualTo("'=cmd|' /C calc'!A0 <script>alert(1)</script>");
        assertThat(hit.get("saved_search_owner")).isEqualTo("'-evil@x");
        assertThat(hit.get("saved_search_query")).startsWith("'+[x](javascript:alert(1))");
        assertThat(hit.get("speaker")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
    }

    @Test
    void pdfShowsHostileTextAsTextAndLinksOnlyToHttp() throws IOException {
        byte[] pdf = exporters.export(hostile, DigestFormat.PDF);

        assertThat(DigestExportersTest.pdfText(pdf))
                .contains("<script>alert('x')</script>", "=cmd|' /C calc'!A0 <script>alert(1)</script> (-evil@x)");
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1))
                .doesNotContain("/JavaScript")
                .doesNotContain("/JS ");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        assertThat(uri.getURI()).startsWith("https://");
                    }
                }
            }
        }
    }

    @Test
    void jsonKeepsHostileTextExactlyAsData() throws IOException {
        var json = new ObjectMapper().readTree(text(DigestFormat.JSON));

        assertThat(json.at("/digest/events/0/event/quote").asText())
                .isEqualTo("<script>alert('x')</script> ]]> spent $1 billion\n# Heading\n<!-- c -->");
        assertThat(json.at("/digest/quotes/0/citation/speaker").asText()).isEqualTo("=cmd|' /C calc'!A0");
        assertThat(json.at("/digest/savedSearches/0/name").asText())
                .isEqualTo("=cmd|' /C calc'!A0 <script>alert(1)</script>");
    }
}
