package vn.civic.feedback.chat;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Where a citizen's image may be fetched from ({@code civic.feedback.chat.image-sources}): the chat app's CDN, never an
 * address an event names at will, so that a forged or odd attachment cannot make Civic call its own network. A source
 * is {@code scheme://host[:port]}; a host {@code *.zdn.vn} admits its sub-domains only. A URL with user information,
 * another scheme, host or port is refused.
 */
@Component
public class ImageSources {

    private record Source(String scheme, String host, boolean subdomains, int port) {}

    private final List<Source> sources;

    @Autowired
    ImageSources(ChatProperties properties) {
        this(properties.imageSources());
    }

    /** For a given list of sources. */
    public ImageSources(List<String> sources) {
        this.sources = sources.stream().map(ImageSources::parse).toList();
    }

    /** The URL when it is absolute, well formed and within a source; empty otherwise. */
    public java.util.Optional<URI> allowed(String url) {
        if (url == null || url.isBlank() || url.length() > 2000) {
            return java.util.Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return java.util.Optional.empty();
        }
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getRawUserInfo() != null || uri.getHost() == null) {
            return java.util.Optional.empty();
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort() < 0 ? defaultPort(scheme) : uri.getPort();
        boolean matches = sources.stream()
                .anyMatch(s -> s.scheme.equals(scheme)
                        && s.port == port
                        && (s.subdomains ? host.endsWith("." + s.host) : host.equals(s.host)));
        return matches ? java.util.Optional.of(uri) : java.util.Optional.empty();
    }

    private static Source parse(String source) {
        URI uri = URI.create(source.strip());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String authority = uri.getRawAuthority();
        if (!(scheme.equals("https") || scheme.equals("http")) || authority == null) {
            throw new IllegalArgumentException(
                    "civic.feedback.chat.image-sources: not scheme://host[:port]: " + source);
        }
        String host = authority;
        int port = defaultPort(scheme);
        int colon = authority.lastIndexOf(':');
        if (colon > 0) {
            host = authority.substring(0, colon);
            port = Integer.parseInt(authority.substring(colon + 1));
        }
        host = host.toLowerCase(Locale.ROOT);
        boolean subdomains = host.startsWith("*.");
        return new Source(scheme, subdomains ? host.substring(2) : host, subdomains, port);
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }
}
