package vn.civic.document.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.civic.platform.export.Exports;
import vn.civic.platform.i18n.I18nConfig;
import vn.civic.platform.pdf.PdfRenderer;

/**
 * A register printed as a landscape A4 PDF (the agency's heading, the title, the year and the columns, with
 * {@link PdfRenderer}) and exported as an Excel workbook (FastExcel: a title row, the year, the headings, then the
 * entries, dates as Excel dates). Both in Vietnamese: the register is the agency's official book.
 */
@Component
public class RegisterExports {

    /** The row (0-based) of the column headings in the workbook; the entries follow. */
    public static final int HEADING_ROW = 3;

    static final Locale VIETNAMESE = I18nConfig.VIETNAMESE;

    private final PdfRenderer renderer;
    private final MessageSource messages;

    RegisterExports(PdfRenderer renderer, MessageSource messages) {
        this.renderer = renderer;
        this.messages = messages;
    }

    public byte[] pdf(Register register) {
        return renderer.pdf(
                "document/register/print",
                Map.of(
                        "register",
                        register,
                        "columns",
                        RegisterColumn.of(register.query().kind())),
                VIETNAMESE);
    }

    public byte[] excel(Register register) {
        List<RegisterColumn> columns = RegisterColumn.of(register.query().kind());
        return Exports.workbook(workbook -> {
            Worksheet sheet = workbook.newWorksheet(text("document.register.sheet"));
            Exports.heading(
                    sheet,
                    register.agencyName() + " — " + text(titleKey(register)),
                    text("document.register.year", register.query().year()),
                    HEADING_ROW,
                    columns.stream().map(c -> text(c.key())).toList());
            int row = HEADING_ROW + 1;
            for (RegisterEntry entry : register.entries()) {
                for (int c = 0; c < columns.size(); c++) {
                    Object value = columns.get(c).value(entry);
                    if (value instanceof LocalDate date) {
                        sheet.value(row, c, date);
                        sheet.style(row, c).format("dd/mm/yyyy").set();
                    } else if (value instanceof Number number) {
                        sheet.value(row, c, number);
                    } else if (value != null) {
                        sheet.value(row, c, value.toString());
                    }
                }
                row++;
            }
            if (register.truncated()) {
                sheet.value(
                        row + 1,
                        0,
                        text("document.register.truncated", register.entries().size()));
            }
            for (int c = 0; c < columns.size(); c++) {
                sheet.width(c, columns.get(c).cssClass().equals("summary") ? 50 : 16);
            }
            sheet.freezePane(0, HEADING_ROW + 1);
        });
    }

    /** {@code document.register.title.incoming}, {@code ...outgoing}, with {@code .confidential} for the secret one. */
    public static String titleKey(Register register) {
        return titleKey(register.query());
    }

    public static String titleKey(RegisterQuery query) {
        return "document.register.title." + query.kind().name().toLowerCase(Locale.ROOT)
                + (query.confidential() ? ".confidential" : "");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}
