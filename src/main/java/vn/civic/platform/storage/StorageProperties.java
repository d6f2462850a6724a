package vn.civic.platform.storage;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the local file storage ({@code civic.storage.*}).
 *
 * @param root the directory holding the files; by default {@code ./data/files} beside the embedded database
 * @param maxFileSize the largest file accepted (default 10 MB); {@code spring.servlet.multipart.max-file-size} is kept
 *     larger, so that a page can name an oversized file on its own field instead of losing the whole form
 */
@ConfigurationProperties("civic.storage")
public record StorageProperties(
        @DefaultValue("./data/files") Path root,
        @DefaultValue("10MB") DataSize maxFileSize) {}
