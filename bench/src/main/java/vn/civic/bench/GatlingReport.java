package vn.civic.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads one request's figures from the statistics table of a Gatling report ({@code index.html}); Gatling 3.15 writes
 * them nowhere else in text. Columns are found by their headings, not their position.
 *
 * <p>{@code GatlingReport <report folder> <request name>} prints {@code {"ok":…,"ko":…,"p50":…,"p95":…,"p99":…}}
 * (milliseconds), or {@code {"ok":0,"ko":0}} when the request never ran.
 */
public final class GatlingReport {

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("Usage: GatlingReport <report folder> <request name>");
        }
        System.out.println(figures(Path.of(args[0], "index.html"), args[1]));
    }

    static String figures(Path index, String request) throws IOException {
        Document report = Jsoup.parse(index.toFile());
        Map<String, String> columns = new HashMap<>();
        for (Element heading : report.select("th[id^=col-]")) {
            columns.put(heading.text().trim(), heading.id());
        }
        for (Element name : report.select("tr[id^=req_] .ellipsed-name")) {
            if (name.text().trim().equals(request)) {
                Element row = name.closest("tr");
                return String.format(
                        Locale.ROOT,
                        "{\"ok\":%s,\"ko\":%s,\"p50\":%s,\"p95\":%s,\"p99\":%s}",
                        cell(row, columns, "OK"),
                        cell(row, columns, "KO"),
                        cell(row, columns, "50th pct"),
                        cell(row, columns, "95th pct"),
                        cell(row, columns, "99th pct"));
            }
        }
        return "{\"ok\":0,\"ko\":0}";
    }

    private static String cell(Element row, Map<String, String> columns, String heading) {
        String column = columns.get(heading);
        if (column == null) {
            throw new IllegalStateException(
                    "Gatling's report has no column " + heading + "; it has " + columns.keySet());
        }
        Element cell = row.selectFirst("td." + column);
        if (cell == null) {
            throw new IllegalStateException("No " + heading + " cell in the row of " + row.id());
        }
        return cell.text().trim().replace(",", "");
    }
}
