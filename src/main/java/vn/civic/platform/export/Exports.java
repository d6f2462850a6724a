package vn.civic.platform.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The files staff download from a register, a statistics page or a dashboard: CSV as Excel opens it (UTF-8 with a
 * byte-order mark, so that the Vietnamese letters survive, in Excel's dialect, the headings first) and Excel workbooks
 * written with FastExcel. The caller writes the rows or sheets; this writes the file around them.
 */
public final class Exports {

    /** The application named in a workbook's properties. */
    static final String APPLICATION = "Civic";

    private Exports() {}

    /** Writes rows of a CSV file. */
    @FunctionalInterface
    public interface CsvRows {
        void write(CSVPrinter csv) throws IOException;
    }

    /** Writes the sheets of a workbook. */
    @FunctionalInterface
    public interface Sheets {
        void write(Workbook workbook) throws IOException;
    }

    /** A CSV file with the headings and the rows written by {@code rows}. */
    public static byte[] csv(List<String> headings, CsvRows rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(
                    writer,
                    CSVFormat.EXCEL
                            .builder()
                            .setHeader(headings.toArray(String[]::new))
                            .get())) {
                rows.write(csv);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An Excel workbook (.xlsx) with the sheets written by {@code sheets}. */
    public static byte[] workbook(Sheets sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, APPLICATION, "1.0");
            sheets.write(workbook);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The top of a sheet: its title in bold on the first row, the line under it (a period, a year; none when null),
     * and the column headings from the first column on {@code headingRow}, bold and wrapped.
     */
    public static void heading(Worksheet sheet, String title, String subtitle, int headingRow, List<String> headings) {
        sheet.value(0, 0, title);
        sheet.style(0, 0).bold().set();
        if (subtitle != null) {
            sheet.value(1, 0, subtitle);
        }
        for (int c = 0; c < headings.size(); c++) {
            sheet.value(headingRow, c, headings.get(c));
        }
        sheet.range(headingRow, 0, headingRow, headings.size() - 1)
                .style()
                .bold()
                .wrapText(true)
                .set();
    }
}
