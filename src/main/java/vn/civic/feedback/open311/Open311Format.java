package vn.civic.feedback.open311;

import java.util.Locale;
import java.util.Optional;
import org.springframework.http.MediaType;

/**
 * The two formats of every call, chosen by the extension of the resource ({@code services.xml}, {@code
 * services.json}). XML is the specification's required format; JSON follows from it by the Spark convention.
 */
public enum Open311Format {
    XML("xml", MediaType.parseMediaType("text/xml; charset=utf-8")),
    JSON("json", MediaType.parseMediaType("application/json; charset=utf-8"));

    /** The path variable's pattern of the mappings: only these two extensions reach a handler. */
    public static final String PATTERN = "xml|json";

    private final String extension;
    private final MediaType mediaType;

    Open311Format(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The content type the specification asks for, with the charset. */
    public MediaType mediaType() {
        return mediaType;
    }

    /** The MIME type as the discovery lists it ({@code text/xml}, {@code application/json}). */
    public String mimeType() {
        return mediaType.getType() + "/" + mediaType.getSubtype();
    }

    public static Optional<Open311Format> of(String extension) {
        if (extension == null) {
            return Optional.empty();
        }
        String e = extension.toLowerCase(Locale.ROOT);
        for (Open311Format f : values()) {
            if (f.extension.equals(e)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format a path asks for by its extension; XML, the required format, when it names none that is served. */
    public static Open311Format ofPath(String path) {
        int dot = path == null ? -1 : path.lastIndexOf('.');
        int slash = path == null ? -1 : path.lastIndexOf('/');
        return dot > slash ? of(path.substring(dot + 1)).orElse(XML) : XML;
    }
}
