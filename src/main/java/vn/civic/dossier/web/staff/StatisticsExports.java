package vn.civic.dossier.web.staff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.civic.dossier.DossierFigures;
import vn.civic.dossier.DossierStatistics.Line;
import vn.civic.dossier.DossierStatistics.Report;
import vn.civic.platform.export.Exports;

/**
 * The statistics as an Excel workbook (FastExcel: a sheet per agency and one per procedure, each ending with the total)
 * and as CSV (UTF-8 with a byte-order mark, so Excel reads the Vietnamese letters), with the columns of
 * {@link StatisticsColumn} in the reader's language. Counts are integers; shares are fractions (0 to 1, shown as
 * percentages in Excel) and averages decimals, rounded to 4 places.
 */
@Component
class StatisticsExports {

    /** The row of the column headings in each sheet (0-based); the lines follow. */
    static final int HEADING_ROW = 3;

    private final MessageSource messages;

    StatisticsExports(MessageSource messages) {
        this.messages = messages;
    }

    byte[] excel(Report report, String scope, Locale locale) {
        return Exports.workbook(workbook -> {
            sheet(workbook, text("dossier.statistics.by-agency", locale), report, report.byAgency(), scope, locale);
            sheet(
                    workbook,
                    text("dossier.statistics.by-procedure", locale),
                    report,
                    report.byProcedure(),
                    scope,
                    locale);
        });
    }

    private void sheet(Workbook workbook, String name, Report report, List<Line> lines, String scope, Locale locale) {
        Worksheet sheet = workbook.newWorksheet(name);
        List<String> headings = new ArrayList<>(List.of(
                text("dossier.statistics.column.code", locale), text("dossier.statistics.column.name", locale)));
        for (StatisticsColumn c : StatisticsColumn.values()) {
            headings.add(text(c.key(), locale));
        }
        Exports.heading(
                sheet,
                text("dossier.statistics.title", locale) + " — " + scope,
                StatisticsController.periodText(report.period(), messages, locale),
                HEADING_ROW,
                headings);
        int column = 2;
        for (StatisticsColumn.Group group : StatisticsColumn.Group.values()) {
            sheet.value(2, column, text(group.key(), locale));
            sheet.range(2, column, 2, column + group.span() - 1).merge();
            sheet.style(2, column).bold().set();
            column += group.span();
        }
        int row = HEADING_ROW + 1;
        for (Line line : lines) {
            figures(sheet, row++, line.key(), line.name(), line.figures());
        }
        figures(sheet, row, "", text("dossier.statistics.total", locale), report.total());
        sheet.range(row, 0, row, headings.size() - 1).style().bold().set();
        sheet.width(0, 18);
        sheet.width(1, 40);
        sheet.freezePane(2, HEADING_ROW + 1);
    }

    private static void figures(Worksheet sheet, int row, String key, String name, DossierFigures figures) {
        sheet.value(row, 0, key);
        sheet.value(row, 1, name);
        int column = 2;
        for (StatisticsColumn c : StatisticsColumn.values()) {
            Number value = c.exported(figures);
            if (value != null) {
                sheet.value(row, column, value);
                if (c.kind == StatisticsColumn.Kind.SHARE) {
                    sheet.style(row, column).format("0.0%").set();
                } else if (c.kind != StatisticsColumn.Kind.COUNT) {
                    sheet.style(row, column).format("0.0").set();
                }
            }
            column++;
        }
    }

    byte[] csv(Report report, Locale locale) {
        List<String> heading = new ArrayList<>(List.of(
                text("dossier.statistics.column.line", locale),
                text("dossier.statistics.column.code", locale),
                text("dossier.statistics.column.name", locale)));
        for (StatisticsColumn c : StatisticsColumn.values()) {
            heading.add(text(c.key(), locale));
        }
        return Exports.csv(heading, csv -> {
            String agency = text("dossier.statistics.line.agency", locale);
            for (Line line : report.byAgency()) {
                csv.printRecord(record(agency, line.key(), line.name(), line.figures()));
            }
            String procedure = text("dossier.statistics.line.procedure", locale);
            for (Line line : report.byProcedure()) {
                csv.printRecord(record(procedure, line.key(), line.name(), line.figures()));
            }
            csv.printRecord(record(
                    text("dossier.statistics.line.total", locale),
                    "",
                    text("dossier.statistics.total", locale),
                    report.total()));
        });
    }

    private static List<Object> record(String kind, String key, String name, DossierFigures figures) {
        List<Object> values = new ArrayList<>(List.of(kind, key, name == null ? "" : name));
        for (StatisticsColumn c : StatisticsColumn.values()) {
            Number value = c.exported(figures);
            values.add(value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value);
        }
        return values;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
