package vn.civic.document.outgoing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Writes the number and symbol and the issue date on the first page of an approved draft before it is signed
 * (decision 0027): the draft leaves the top margin free (Decree 30/2020 Appendix I, "Số, ký hiệu" and "ngày tháng
 * năm" are filled in at issuing), and the signatures that follow cover the stamped text.
 */
@Component
class NumberStamp {

    private static final float FONT_SIZE = 11;
    private static final float MARGIN = 36;

    /** The PDF with the two lines in its first page's top margin, left and right. */
    byte[] stamp(byte[] pdf, String numberLine, String dateLine) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            PDType0Font font;
            try (InputStream in = NumberStamp.class.getResourceAsStream("/fonts/LiberationSerif-Regular.ttf")) {
                if (in == null) {
                    throw new IllegalStateException("fonts/LiberationSerif-Regular.ttf missing from the classpath");
                }
                font = PDType0Font.load(document, in);
            }
            PDRectangle box = page.getMediaBox();
            float y = box.getUpperRightY() - MARGIN / 2 - FONT_SIZE;
            float dateWidth = font.getStringWidth(dateLine) / 1000 * FONT_SIZE;
            try (PDPageContentStream content =
                    new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                content.beginText();
                content.setFont(font, FONT_SIZE);
                content.newLineAtOffset(box.getLowerLeftX() + MARGIN, y);
                content.showText(numberLine);
                content.endText();
                content.beginText();
                content.setFont(font, FONT_SIZE);
                content.newLineAtOffset(box.getUpperRightX() - MARGIN - dateWidth, y);
                content.showText(dateLine);
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 65_536);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            // PDFBox cannot read it (broken, encrypted): it cannot be numbered and signed
            throw OutgoingError.FILE_TYPE_UNSUPPORTED.on("file");
        }
    }
}
