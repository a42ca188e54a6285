package org.frontierledger.ingestion.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Encodings honoured when declared, detected when not, and refused when the bytes do not decode. */
class TextDecodingTest {
    private static final String FRENCH = """
            Notes de Zürich sur la société
            La société Générale a annoncé que le développement des modèles coûtera plus cher cette année.
            Les dépenses prévues pour les centres de données ont été révisées à la hausse, a déclaré la directrice
            financière, qui a précisé que les équipes d'ingénierie étaient déjà très sollicitées.
            """;

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void utf8AndAsciiAreReadAsTheyAre() {
        assertThat(TextDecoding.decode("a.txt", null, "Zürich — 5 €".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("Zürich — 5 €");
        assertThat(TextDecoding.decode("a.txt", null, "plain".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("plain");
    }

    @Test
    void undeclaredLatin1IsDetectedNotGarbled() {
        String text = TextDecoding.decode("notes.txt", "text/plain", FRENCH.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(text).isEqualTo(FRENCH).doesNotContain("\uFFFD");
    }

    @Test
    void theDeclaredCharsetOfTheContentTypeWins() {
        byte[] bytes = "Preis: 5 € für Köln".getBytes(Charset.forName("ISO-8859-15"));

        assertThat(TextDecoding.decode("page", "text/html; charset=ISO-8859-15", bytes))
                .isEqualTo("Preis: 5 € für Köln");
    }

    @Test
    void aMetaCharsetOrXmlDeclarationIsHonoured() {
        String html = "<html><head><meta charset=\"windows-1251\"><title>Сбер</title></head><body>Сбер</body></html>";
        assertThat(TextDecoding.decode("page.html", "text/html", html.getBytes(Charset.forName("windows-1251"))))
                .contains("<title>Сбер</title>");

        String legacy = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                + "</head><body>Nestlé</body></html>";
        assertThat(TextDecoding.decode("old.html", null, legacy.getBytes(StandardCharsets.ISO_8859_1)))
                .contains("Nestlé");

        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><title>Générale</title></rss>";
        assertThat(TextDecoding.decode("feed.xml", "application/rss+xml", xml.getBytes(StandardCharsets.ISO_8859_1)))
                .contains("Générale");
    }

    @Test
    void aByteOrderMarkWinsOverEverything() {
        byte[] utf16 =
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Zürich notes".getBytes(StandardCharsets.UTF_16LE));
        assertThat(TextDecoding.decode("a.txt", "text/plain; charset=iso-8859-1", utf16))
                .isEqualTo("Zürich notes");

        byte[] utf8 =
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Köln".getBytes(StandardCharsets.UTF_8));
        assertThat(TextDecoding.decode("a.txt", null, utf8)).isEqualTo("Köln");
    }

    @Test
    void utf8WithInvalidBytesIsRefusedSayingItCannotBeDecoded() {
        byte[] broken = concat(
                "Acme notes — the capex plan".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xFF, (byte) 0xC3, '(', ' '},
                "was raised.".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> TextDecoding.decode("broken.txt", null, broken))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("broken.txt: the text cannot be decoded")
                .hasMessageContaining("0xFF at offset 29 is not valid UTF-8")
                .hasMessageNotContaining("binary");
    }

    @Test
    void aDeclarationTheBytesDoNotMatchIsRefused() {
        byte[] latin1 = "Société".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> TextDecoding.decode("page.html", "text/html; charset=utf-8", latin1))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("its Content-Type declares UTF-8, but byte 0xE9 at offset 4 is not valid UTF-8");
        assertThatThrownBy(() -> TextDecoding.decode("page.html", "text/html; charset=klingon-8", latin1))
                .hasMessageContaining("declares the encoding 'klingon-8', which is not known");
    }

    @Test
    void binaryContentStillReachesTheReadersAsBinary() {
        byte[] pdf = concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), new byte[] {0, (byte) 0xFF, 0x10});

        String text = TextDecoding.decode("report", null, pdf);

        assertThatThrownBy(() -> DocumentReaders.read("report", null, text)).hasMessageContaining("binary content");
    }
}
