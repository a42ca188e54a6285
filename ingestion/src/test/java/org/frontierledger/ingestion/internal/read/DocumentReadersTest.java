package org.frontierledger.ingestion.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocumentReadersTest {

    @Test
    void readsMainTextOfHtmlWithoutNavigationAdsOrAppBanners() {
        ParsedDocument doc =
                DocumentReaders.read("market-news.html", "text/html; charset=utf-8", resource("market-news.html"));

        assertThat(doc.format()).isEqualTo("html");
        assertThat(doc.title()).isEqualTo("Hyperscalers lift their data center budgets");
        assertThat(doc.date()).isEqualTo(LocalDate.of(2025, 2, 7));
        assertThat(doc.show()).isEqualTo("Example Wire");
        assertThat(doc.text())
                .contains("Meta guided 2025 capital expenditures of $60 billion to $65 billion.")
                .contains("\n- Microsoft expects to spend $80 billion on AI data centers in fiscal 2025.\n")
                .doesNotContain("Markets", "laptop", "Get the app", "tracking", "font-family", "gadgets", "Copyright");
    }

    @Test
    void readsMarkdownBulletsAsDashLinesAndDropsMarkup() {
        ParsedDocument doc = DocumentReaders.read("pricing-notes.md", null, resource("pricing-notes.md"));

        assertThat(doc.format()).isEqualTo("markdown");
        assertThat(doc.title()).isEqualTo("Model pricing notes");
        assertThat(doc.text())
                .contains("- GPT-4o: $2.50 per 1M input tokens, $10.00 per 1M output tokens.")
                .contains("- The original GPT-4 cost $0.03 per 1K input tokens.")
                .contains("in US dollars.")
                .doesNotContain("**", "](", "#");
    }

    @Test
    void normalisesPlainTextAndFindsTitleAndDate() {
        ParsedDocument doc = DocumentReaders.read("funding-briefing.txt", null, resource("funding-briefing.txt"));

        assertThat(doc.format()).isEqualTo("text");
        assertThat(doc.title()).isEqualTo("AI Funding Briefing");
        assertThat(doc.date()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(doc.text())
                .contains("Anthropic released Claude 3.7 Sonnet in February.")
                .doesNotContain("\n\n\n", "  ", "\t")
                .doesNotEndWith("\n");
    }

    @Test
    void keepsTimestampedTranscriptLines() {
        ParsedDocument doc = DocumentReaders.read("earnings-call.txt", "text/plain", resource("earnings-call.txt"));

        assertThat(doc.text().lines()).contains("0:41", "Lisa Su: We do not break that out.");
        assertThat(doc.date()).isNull();
        assertThat(doc.show()).isNull();
    }

    @Test
    void readsDatesWrittenInSeveralWays() {
        assertThat(DocumentDates.find("Digest\nMonday, March 2, 2026 · four shows"))
                .isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(DocumentDates.find("Filed 2024-11-30 by staff")).isEqualTo(LocalDate.of(2024, 11, 30));
        assertThat(DocumentDates.find("Seen on 5 May 2026")).isEqualTo(LocalDate.of(2026, 5, 5));
        assertThat(DocumentDates.find("No date here, only May 5")).isNull();
    }

    @Test
    void recognisesThePodcastNamedInTheFirstLines() {
        ParsedDocument doc = DocumentReaders.read("x.txt", null, "All-In PodcastAI chips and more\nA summary follows.");

        assertThat(doc.show()).isEqualTo("All-In Podcast");
    }

    @Test
    void sniffsHtmlInAFileWithoutExtension() {
        ParsedDocument doc = DocumentReaders.read("page", null, "<html><body><p>One line of text.</p></body></html>");

        assertThat(doc.format()).isEqualTo("html");
        assertThat(doc.text()).isEqualTo("One line of text.");
    }

    @Test
    void refusesPdfWithAMessageNamingTheFormat() {
        assertThatThrownBy(() -> DocumentReaders.read("report.pdf", "application/pdf", "%PDF-1.7 binary"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("report.pdf: unsupported format application/pdf; Frontier Ledger reads HTML, plain text,"
                        + " Markdown and price-list CSV");
    }

    @Test
    void refusesBinaryContentWhateverItsName() {
        String binary = new String(new byte[] {0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x12}, StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> DocumentReaders.read("notes.txt", null, binary))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("notes.txt: unsupported format");
    }

    @Test
    void refusesEmptyContent() {
        assertThatThrownBy(() -> DocumentReaders.read("empty.md", null, " \n\t\n"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("empty.md: the document is empty");
    }

    @Test
    void readsAPriceListCsvByItsHeaderDatedByItsLatestRow() {
        ParsedDocument doc = DocumentReaders.read("sample/price-list.csv", null, resource("price-list.csv"));

        assertThat(doc.format()).isEqualTo(PriceListReader.FORMAT);
        assertThat(doc.title()).isEqualTo("price-list.csv");
        assertThat(doc.date()).isEqualTo(LocalDate.of(2025, 1, 20));
        assertThat(PriceListReader.rows("price-list.csv", doc.text()))
                .hasSize(3)
                .last()
                .satisfies(row -> {
                    assertThat(row.model()).isEqualTo("DeepSeek-R1");
                    assertThat(row.provider()).isEqualTo("DeepSeek");
                    assertThat(row.outputUsdPerMTok()).isEqualByComparingTo("2.19");
                    assertThat(row.note()).isEqualTo("cache miss, cache hit 0.14");
                    assertThat(doc.text().substring(row.start(), row.end()))
                            .startsWith("2025-01-20,DeepSeek,DeepSeek-R1,");
                });
    }

    @Test
    void refusesOtherCsvWithAClearMessage() {
        assertThatThrownBy(() -> DocumentReaders.read("users.csv", null, "name,email\nAda,ada@example.com\n"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("users.csv: unsupported CSV format")
                .hasMessageContaining(PriceListReader.HEADER);
    }

    @Test
    void namesTheLineOfAMalformedPriceRow() {
        String csv = PriceListReader.HEADER + "\n2024-05-13,OpenAI,GPT-4o,OpenAI,five,15,,\n";

        assertThatThrownBy(() -> DocumentReaders.read("prices.csv", "text/csv", csv))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("prices.csv, line 2: 'five' is not a price in USD per million tokens");
    }

    private static String resource(String name) {
        try (InputStream in = DocumentReadersTest.class.getResourceAsStream("/documents/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
