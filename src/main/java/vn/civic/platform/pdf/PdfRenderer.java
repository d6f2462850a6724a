package vn.civic.platform.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders official documents from Thymeleaf templates: as HTML for a page, and the same HTML as a PDF/A-3u file
 * with Liberation Serif embedded (the metrics of Times New Roman, which Decree 30/2020 prescribes; see
 * docs/decisions/0014-pdf-fonts.md).
 *
 * <p>A template is a whole HTML document. Its {@code <title>} becomes the PDF's title and its
 * {@code <meta name="author">} the author. Stylesheets are linked as {@code /assets/...}: a browser loads them from
 * the application; for the PDF they are inlined from the classpath ({@code static/}), and nothing is fetched.
 */
@Component
public class PdfRenderer {

    /** The font family the stylesheets of official documents name. */
    public static final String FONT_FAMILY = "Liberation Serif";

    private static final String ASSETS = "/assets/";
    private static final String PRODUCER = "Civic";

    private final ITemplateEngine templates;
    private final List<EmbeddedFont> fonts;
    private final byte[] colorProfile;
    private final Map<String, String> stylesheets = new ConcurrentHashMap<>();

    public PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
        this.fonts = List.of(
                EmbeddedFont.load("LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL),
                EmbeddedFont.load("LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL),
                EmbeddedFont.load("LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC),
                EmbeddedFont.load("LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC));
        this.colorProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    /** The template rendered as an HTML document. */
    public String html(String template, Map<String, ?> model, Locale locale) {
        return templates.process(template, new Context(locale, Map.copyOf(model)));
    }

    /** The template rendered as a PDF document. */
    public byte[] pdf(String template, Map<String, ?> model, Locale locale) {
        return toPdf(html(template, model, locale));
    }

    private byte[] toPdf(String html) {
        var parsed = Jsoup.parse(html);
        for (Element link : parsed.select("link[rel=stylesheet]")) {
            String css = stylesheet(link.attr("href"));
            if (css != null) {
                // in the link's place, so that a document's own later style (a landscape @page) overrides it
                link.before(new Element("style").appendChild(new DataNode(css)));
            }
            link.remove();
        }
        var document = new W3CDom().fromJsoup(parsed);
        var out = new ByteArrayOutputStream();
        var builder = new PdfRendererBuilder()
                .usePdfAConformance(PdfAConformance.PDFA_3_U)
                .useColorProfile(colorProfile)
                .withProducer(PRODUCER)
                .useFastMode();
        for (EmbeddedFont font : fonts) {
            builder.useFont(
                    () -> new ByteArrayInputStream(font.data()), FONT_FAMILY, font.weight(), font.style(), true);
        }
        builder.useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withW3cDocument(document, "/");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The application's own stylesheet at this address, or null for any other address. */
    private String stylesheet(String href) {
        if (!href.startsWith(ASSETS) || href.contains("..")) {
            return null;
        }
        return stylesheets.computeIfAbsent(href, h -> {
            try (InputStream in = PdfRenderer.class.getResourceAsStream("/static/" + h.substring(ASSETS.length()))) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private record EmbeddedFont(byte[] data, int weight, FontStyle style) {

        static EmbeddedFont load(String file, int weight, FontStyle style) {
            try (InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("Font missing from the classpath: fonts/" + file);
                }
                return new EmbeddedFont(in.readAllBytes(), weight, style);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
