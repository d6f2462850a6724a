package vn.civic.feedback.chat;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.civic.platform.storage.FileType;

/**
 * Fetches the image a citizen sent, as hostile input: only from an allowed source ({@link ImageSources}), at most
 * {@code civic.feedback.chat.max-image-bytes}, and kept only when its first bytes are those of a JPEG, PNG or WebP
 * image. The feedback module checks it again in full (and strips its location metadata) when the report is filed.
 */
@Component
class ChatImages {

    /** Why an image was not taken. */
    enum Refusal {
        /** Its address is not an allowed source: not fetched at all. */
        FORBIDDEN,
        /** Larger than the limit. */
        TOO_LARGE,
        /** Not a JPEG, PNG or WebP image. */
        NOT_AN_IMAGE,
        /** It could not be fetched. */
        UNAVAILABLE
    }

    /** An image fetched, or why not. */
    record Fetched(byte[] content, String contentType, Refusal refusal) {

        boolean ok() {
            return refusal == null;
        }
    }

    private final ImageSources sources;
    private final ChatApp chatApp;
    private final long maxBytes;

    ChatImages(ImageSources sources, ChatApp chatApp, ChatProperties properties) {
        this.sources = sources;
        this.chatApp = chatApp;
        this.maxBytes = properties.maxImageBytes().toBytes();
    }

    long maxBytes() {
        return maxBytes;
    }

    Fetched fetch(String url) {
        Optional<URI> allowed = sources.allowed(url);
        if (allowed.isEmpty()) {
            return new Fetched(null, null, Refusal.FORBIDDEN);
        }
        byte[] content;
        try {
            content = chatApp.download(allowed.get(), maxBytes);
        } catch (ChatApp.ImageUnavailableException e) {
            return new Fetched(null, null, e.tooLarge() ? Refusal.TOO_LARGE : Refusal.UNAVAILABLE);
        }
        String type = imageType(content);
        return type == null ? new Fetched(null, null, Refusal.NOT_AN_IMAGE) : new Fetched(content, type, null);
    }

    /** The media type of a JPEG, PNG or WebP image by its first bytes; null for anything else. */
    static String imageType(byte[] content) {
        if (content == null || content.length < 12) {
            return null;
        }
        FileType type = FileType.detect(Arrays.copyOf(content, FileType.HEAD_LENGTH));
        if (type == FileType.JPEG || type == FileType.PNG) {
            return type.mediaType();
        }
        boolean webp = content[0] == 'R'
                && content[1] == 'I'
                && content[2] == 'F'
                && content[3] == 'F'
                && content[8] == 'W'
                && content[9] == 'E'
                && content[10] == 'B'
                && content[11] == 'P';
        return webp ? "image/webp" : null;
    }
}
