package org.frontierledger.export;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.frontierledger.projections.digest.WeeklyDigest;

/**
 * PDF rendered from the digest's XHTML by openhtmltopdf on PDFBox, with the standard PDF fonts
 * (nothing embedded) and every external resource refused: no CSS, image, font or entity is ever
 * fetched, from the network or the disk. The document id is derived from the content and the
 * creation date is the generation instant, so equal digests give equal bytes.
 */
final class PdfDigestExporter implements DigestExporter {
    private final HtmlDigestExporter html;

    PdfDigestExporter(HtmlDigestExporter html) {
        this.html = html;
        PdfLogging.install();
    }

    @Override
    public DigestFormat format() {
        return DigestFormat.PDF;
    }

    @Override
    public byte[] export(WeeklyDigest digest) {
        String xhtml = html.xhtml(digest);
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .withHtmlContent(xhtml, null)
                    .usePDDocument(document)
                    .withProducer("Frontier Ledger")
                    .useUriResolver((base, uri) -> null)
                    .useExternalResourceAccessControl(
                            (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl(
                            (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            describe(document, digest);
            document.getDocument().getTrailer().setItem(COSName.ID, documentId(xhtml));
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the digest of " + digest.week() + " as PDF", e);
        }
    }

    private static void describe(PDDocument document, WeeklyDigest digest) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("Frontier Ledger weekly digest: " + digest.week());
        info.setSubject("What was reported in the AI market from " + digest.from() + " to " + digest.to());
        info.setProducer("Frontier Ledger");
        info.setCreator("Frontier Ledger");
        Calendar generated = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        generated.setTimeInMillis(digest.generatedAt().toEpochMilli());
        info.setCreationDate(generated);
        info.setModificationDate(null);
    }

    /** PDFBox would otherwise derive the trailer's /ID from the clock. */
    private static COSArray documentId(String xhtml) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(xhtml.getBytes(StandardCharsets.UTF_8));
            COSString id = new COSString(Arrays.copyOf(hash, 16));
            COSArray array = new COSArray();
            array.add(id);
            array.add(id);
            return array;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
