package vn.civic.feedback.web;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The maps of the feedback pages ({@code civic.feedback.map.*}). The map is an enhancement: without JavaScript, or
 * when the tiles do not load, the pages show the same reports as a list.
 *
 * @param tilesUrl the tile server's URL template in Leaflet's form ({@code {z}/{x}/{y}}, {@code {s}} for a
 *     subdomain); empty for no map at all (lists only). Its origin is added to the Content-Security-Policy's
 *     {@code img-src}.
 * @param attribution the credit the tile provider asks for, shown on the map
 * @param centreLatitude where a map with nothing on it opens (the city's centre)
 * @param centreLongitude where a map with nothing on it opens
 * @param zoom the zoom a map with nothing on it opens at
 */
@ConfigurationProperties("civic.feedback.map")
public record FeedbackMapProperties(
        @DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png")
        String tilesUrl,

        @DefaultValue("© OpenStreetMap contributors") String attribution,
        @DefaultValue("21.0285") double centreLatitude,
        @DefaultValue("105.8542") double centreLongitude,
        @DefaultValue("13") int zoom) {

    public FeedbackMapProperties {
        tilesUrl = tilesUrl == null ? "" : tilesUrl.strip();
        if (!tilesUrl.isEmpty()) {
            tilesOrigin(tilesUrl);
        }
    }

    /** True when pages draw maps. */
    public boolean enabled() {
        return !tilesUrl.isEmpty();
    }

    /**
     * The scheme and host the tiles come from, for the Content-Security-Policy: {@code https://tile.openstreetmap.org},
     * or {@code https://*.tile.example.org} for a {@code {s}} subdomain template.
     */
    public String tilesOrigin() {
        return enabled() ? tilesOrigin(tilesUrl) : null;
    }

    private static String tilesOrigin(String template) {
        String url = template.replace("{s}", "s")
                .replace("{z}", "0")
                .replace("{x}", "0")
                .replace("{y}", "0")
                .replace("{r}", "");
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("civic.feedback.map.tiles-url is not a URL: " + template, e);
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("civic.feedback.map.tiles-url must be an http(s) URL: " + template);
        }
        String host = template.contains("{s}.") ? "*." + uri.getHost().substring(2) : uri.getHost();
        return uri.getScheme() + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
