package vn.civic.platform.security;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Origins besides the platform's own that a module's pages load images from (a map's tiles), declared as a bean like
 * {@link PublicEndpoints}; the Content-Security-Policy's {@code img-src} allows exactly these. Each is a scheme and
 * host, optionally with a port and a leading {@code *.} for subdomains; anything else (a path, a quote, a space or a
 * semicolon that would change the policy) is refused when the bean is made.
 */
public record ImageSources(List<String> origins) {

    private static final Pattern ORIGIN = Pattern.compile("https?://(\\*\\.)?[A-Za-z0-9.-]+(:\\d{1,5})?");

    public ImageSources {
        origins = List.copyOf(origins);
        for (String origin : origins) {
            if (!ORIGIN.matcher(origin).matches()) {
                throw new IllegalArgumentException("Not an image origin for the Content-Security-Policy: " + origin);
            }
        }
    }

    public static ImageSources of(String... origins) {
        return new ImageSources(List.of(origins));
    }
}
