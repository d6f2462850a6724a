package vn.civic.feedback.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.civic.feedback.DashboardFigures;
import vn.civic.feedback.FigureRow;
import vn.civic.feedback.QueueItem;
import vn.civic.feedback.ReportStatus;
import vn.civic.platform.export.Exports;
import vn.civic.platform.time.CivicTime;

/**
 * The dashboard's figures as an Excel workbook (FastExcel: the figures by category and by agency with their total, the
 * counts by status, and the period's reports) and as CSV (UTF-8 with a byte-order mark so that Excel reads the
 * Vietnamese letters; one table with a line-kind column), with the columns of {@link DashboardColumn} in the reader's
 * language. Counts are integers; rates are fractions from 0 to 1 (shown as percentages in Excel), rounded to 4 places.
 */
@Component
class DashboardExports {

    /** The row of the column headings in the figures' sheet (0-based); the lines follow. */
    static final int HEADING_ROW = 2;
    /** Reports listed in the workbook at most. */
    static final int MAX_ROWS = 50_000;

    private final MessageSource messages;

    DashboardExports(MessageSource messages) {
        this.messages = messages;
    }

    byte[] excel(
            DashboardFigures figures, List<QueueItem> rows, String scope, DashboardForm.Period period, Locale locale) {
        String title = text("feedback.work.dashboard.title", locale) + " — " + scope;
        String when = periodText(period, locale);
        return Exports.workbook(workbook -> {
            figuresSheet(
                    workbook.newWorksheet(text("feedback.work.dashboard.figures", locale)),
                    figures,
                    title,
                    when,
                    locale);
            statusSheet(
                    workbook.newWorksheet(text("feedback.work.dashboard.by-status", locale)),
                    figures,
                    title,
                    when,
                    locale);
            reportsSheet(workbook.newWorksheet(text("feedback.work.dashboard.reports", locale)), rows, locale);
        });
    }

    private void figuresSheet(Worksheet sheet, DashboardFigures figures, String title, String when, Locale locale) {
        List<String> headings = figureHeadings(locale);
        Exports.heading(sheet, title, when, HEADING_ROW, headings);
        int row = HEADING_ROW + 1;
        String category = text("feedback.work.dashboard.line.category", locale);
        for (FigureRow line : figures.byCategory()) {
            figures(sheet, row++, category, line, locale);
        }
        String agency = text("feedback.work.dashboard.line.agency", locale);
        for (FigureRow line : figures.byAgency()) {
            figures(sheet, row++, agency, line, locale);
        }
        figures(sheet, row, text("feedback.work.dashboard.line.total", locale), figures.total(), locale);
        sheet.value(row, 2, text("feedback.work.dashboard.total", locale));
        sheet.range(row, 0, row, headings.size() - 1).style().bold().set();
        sheet.width(0, 14);
        sheet.width(1, 20);
        sheet.width(2, 40);
        sheet.freezePane(3, HEADING_ROW + 1);
    }

    private static void figures(Worksheet sheet, int row, String kind, FigureRow line, Locale locale) {
        sheet.value(row, 0, kind);
        sheet.value(row, 1, line.key());
        sheet.value(row, 2, line.label(locale));
        int column = 3;
        for (DashboardColumn c : DashboardColumn.values()) {
            Number value = c.value(line);
            if (value != null) {
                if (c.share()) {
                    sheet.value(row, column, rounded(value));
                    sheet.style(row, column).format("0.0%").set();
                } else {
                    sheet.value(row, column, value.longValue());
                }
            }
            column++;
        }
    }

    private void statusSheet(Worksheet sheet, DashboardFigures figures, String title, String when, Locale locale) {
        Exports.heading(
                sheet,
                title,
                when,
                HEADING_ROW,
                List.of(
                        text("feedback.work.dashboard.column.status-code", locale),
                        text("feedback.work.dashboard.column.status", locale),
                        text("feedback.work.dashboard.column.count", locale)));
        int row = HEADING_ROW + 1;
        for (ReportStatus status : ReportStatus.values()) {
            sheet.value(row, 0, status.name());
            sheet.value(row, 1, text(status.messageKey(), locale));
            sheet.value(row, 2, figures.byStatus().getOrDefault(status, 0L));
            row++;
        }
        sheet.width(0, 14);
        sheet.width(1, 30);
    }

    private void reportsSheet(Worksheet sheet, List<QueueItem> rows, Locale locale) {
        List<String> heading = reportHeading(locale);
        for (int c = 0; c < heading.size(); c++) {
            sheet.value(0, c, heading.get(c));
        }
        sheet.range(0, 0, 0, heading.size() - 1).style().bold().set();
        int row = 1;
        for (QueueItem item : rows) {
            List<Object> values = reportValues(item, locale);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v instanceof Number n) {
                    sheet.value(row, c, n);
                } else if (v != null) {
                    sheet.value(row, c, v.toString());
                }
            }
            row++;
        }
        sheet.width(0, 16);
        sheet.width(1, 28);
        sheet.width(2, 50);
        sheet.freezePane(1, 1);
    }

    private List<String> reportHeading(Locale locale) {
        return List.of(
                text("feedback.work.col.code", locale),
                text("feedback.work.col.category", locale),
                text("feedback.work.col.description", locale),
                text("feedback.work.col.place", locale),
                text("feedback.work.col.unit", locale),
                text("feedback.work.col.status", locale),
                text("feedback.work.col.submitted", locale),
                text("feedback.work.col.due", locale),
                text("feedback.work.col.flag", locale),
                text("feedback.work.col.handler", locale),
                text("feedback.work.col.channel", locale),
                text("feedback.work.col.urgent", locale));
    }

    private List<Object> reportValues(QueueItem item, Locale locale) {
        List<Object> values = new ArrayList<>();
        values.add(item.code());
        values.add(item.categoryName(locale));
        values.add(item.descriptionExcerpt());
        values.add(item.address());
        values.add(item.adminUnitName());
        values.add(text(item.status().messageKey(), locale));
        values.add(dateTime(item.submittedAt()));
        values.add(dateTime(item.dueAt()));
        values.add(
                item.flag() == null ? "" : text("feedback.flag." + item.flag().name(), locale));
        values.add(item.handlerName());
        values.add(
                item.channel() == null
                        ? ""
                        : text("feedback.channel." + item.channel().name(), locale));
        values.add(text(item.urgent() ? "feedback.work.yes" : "feedback.work.no", locale));
        return values;
    }

    byte[] csv(DashboardFigures figures, Locale locale) {
        List<String> heading = figureHeadings(locale);
        return Exports.csv(heading, csv -> {
            String category = text("feedback.work.dashboard.line.category", locale);
            for (FigureRow line : figures.byCategory()) {
                csv.printRecord(record(category, line.key(), line.label(locale), line));
            }
            String agency = text("feedback.work.dashboard.line.agency", locale);
            for (FigureRow line : figures.byAgency()) {
                csv.printRecord(record(agency, line.key(), line.label(locale), line));
            }
            csv.printRecord(record(
                    text("feedback.work.dashboard.line.total", locale),
                    "",
                    text("feedback.work.dashboard.total", locale),
                    figures.total()));
            String status = text("feedback.work.dashboard.line.status", locale);
            for (ReportStatus s : ReportStatus.values()) {
                List<Object> values = new ArrayList<>(List.of(
                        status,
                        s.name(),
                        text(s.messageKey(), locale),
                        figures.byStatus().getOrDefault(s, 0L)));
                while (values.size() < heading.size()) {
                    values.add("");
                }
                csv.printRecord(values);
            }
        });
    }

    /** The headings of the figures: the line's kind, key and name, then {@link DashboardColumn}'s. */
    private List<String> figureHeadings(Locale locale) {
        List<String> heading = new ArrayList<>(List.of(
                text("feedback.work.dashboard.column.line", locale),
                text("feedback.work.dashboard.column.key", locale),
                text("feedback.work.dashboard.column.name", locale)));
        for (DashboardColumn c : DashboardColumn.values()) {
            heading.add(text(c.key(), locale));
        }
        return heading;
    }

    private static List<Object> record(String kind, String key, String name, FigureRow line) {
        List<Object> values = new ArrayList<>(List.of(kind, key == null ? "" : key, name == null ? "" : name));
        for (DashboardColumn c : DashboardColumn.values()) {
            Number value = c.value(line);
            values.add(value == null ? "" : c.share() ? rounded(value).toPlainString() : value.longValue());
        }
        return values;
    }

    private static BigDecimal rounded(Number share) {
        return BigDecimal.valueOf(share.doubleValue()).setScale(4, RoundingMode.HALF_UP);
    }

    private String periodText(DashboardForm.Period period, Locale locale) {
        return messages.getMessage(
                "feedback.work.dashboard.period",
                new Object[] {CivicTime.DATE.format(period.first()), CivicTime.DATE.format(period.last())},
                locale);
    }

    private static String dateTime(java.time.Instant at) {
        return at == null ? "" : CivicTime.DATE_TIME.format(at.atZone(CivicTime.ZONE));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
