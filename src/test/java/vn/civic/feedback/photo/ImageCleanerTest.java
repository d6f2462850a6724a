package vn.civic.feedback.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.civic.feedback.TestImages;

/** Images are recognised by their structure and lose their location metadata, losslessly. */
class ImageCleanerTest {

    static final byte[] EXIF = "Exif".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aJpegLosesItsExifGpsAndStillShowsTheSamePicture() throws Exception {
        byte[] original = TestImages.jpegWithGps();
        assertThat(TestImages.contains(original, EXIF)).isTrue();
        assertThat(TestImages.contains(original, TestImages.latitudeBytes())).isTrue();

        ImageCleaner.CleanImage clean = ImageCleaner.clean(original);

        assertThat(clean.mediaType()).isEqualTo("image/jpeg");
        assertThat(clean.width()).isEqualTo(64);
        assertThat(clean.height()).isEqualTo(48);
        assertThat(TestImages.contains(clean.content(), EXIF)).isFalse();
        assertThat(TestImages.contains(clean.content(), TestImages.latitudeBytes()))
                .isFalse();
        BufferedImage before = ImageIO.read(new ByteArrayInputStream(original));
        BufferedImage after = ImageIO.read(new ByteArrayInputStream(clean.content()));
        assertThat(after.getWidth()).isEqualTo(64);
        for (int y = 0; y < 48; y += 7) {
            for (int x = 0; x < 64; x += 9) {
                assertThat(after.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(before.getRGB(x, y));
            }
        }
    }

    @Test
    void aPngLosesItsExifAndTextChunksButKeepsItsPixels() throws Exception {
        byte[] original = TestImages.pngWithMetadata();
        ImageCleaner.CleanImage clean = ImageCleaner.clean(original);

        assertThat(clean.mediaType()).isEqualTo("image/png");
        assertThat(clean.width()).isEqualTo(32);
        assertThat(clean.height()).isEqualTo(24);
        assertThat(TestImages.contains(clean.content(), "eXIf".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        assertThat(TestImages.contains(clean.content(), "Hoan Kiem".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        assertThat(TestImages.contains(clean.content(), TestImages.latitudeBytes()))
                .isFalse();
        assertThat(ImageIO.read(new ByteArrayInputStream(clean.content())).getRGB(5, 5))
                .isEqualTo(ImageIO.read(new ByteArrayInputStream(original)).getRGB(5, 5));
    }

    @Test
    void aWebpLosesItsExifAndXmpChunksAndTheirFlags() throws Exception {
        byte[] original = TestImages.webpWithMetadata();
        ImageCleaner.CleanImage clean = ImageCleaner.clean(original);

        assertThat(clean.mediaType()).isEqualTo("image/webp");
        assertThat(clean.width()).isEqualTo(40);
        assertThat(clean.height()).isEqualTo(30);
        byte[] out = clean.content();
        assertThat(TestImages.contains(out, "EXIF".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        assertThat(TestImages.contains(out, "XMP ".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        assertThat(TestImages.contains(out, TestImages.latitudeBytes())).isFalse();
        long riffSize = (out[4] & 0xFF) | (out[5] & 0xFF) << 8 | (out[6] & 0xFF) << 16 | (long) (out[7] & 0xFF) << 24;
        assertThat(riffSize).isEqualTo(out.length - 8);
        assertThat(out[20] & 0x0C).as("EXIF and XMP flags of VP8X").isZero();
    }

    @Test
    void aPdfOrAScriptNamedLikeAPhotoIsRefused() {
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(ImageCleaner.sniff(pdf)).isNull();
        assertThatThrownBy(() -> ImageCleaner.clean(pdf)).isInstanceOf(ImageCleaner.NotAnImage.class);
        assertThatThrownBy(() -> ImageCleaner.clean(script)).isInstanceOf(ImageCleaner.NotAnImage.class);
    }

    @Test
    void aFileThatOnlyStartsLikeAnImageIsRefused() {
        byte[] jpeg = TestImages.jpeg(16, 16);
        byte[] truncated = Arrays.copyOf(jpeg, jpeg.length / 2);
        byte[] headerThenScript = new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 'e', 'c', 'h', 'o'};
        byte[] png = TestImages.png(8, 8);
        png[20] ^= 0x55; // breaks IHDR's CRC
        assertThatThrownBy(() -> ImageCleaner.clean(truncated)).isInstanceOf(ImageCleaner.NotAnImage.class);
        assertThatThrownBy(() -> ImageCleaner.clean(headerThenScript)).isInstanceOf(ImageCleaner.NotAnImage.class);
        assertThatThrownBy(() -> ImageCleaner.clean(png)).isInstanceOf(ImageCleaner.NotAnImage.class);
    }

    @Test
    void bytesAfterTheEndOfAJpegAreDropped() throws Exception {
        byte[] jpeg = TestImages.jpeg(16, 16);
        byte[] appended = Arrays.copyOf(jpeg, jpeg.length + 20);
        System.arraycopy("<?php system($x); ?>".getBytes(StandardCharsets.US_ASCII), 0, appended, jpeg.length, 20);
        byte[] clean = ImageCleaner.clean(appended).content();
        assertThat(TestImages.contains(clean, "php".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        assertThat(clean[clean.length - 2] & 0xFF).isEqualTo(0xFF);
        assertThat(clean[clean.length - 1] & 0xFF).isEqualTo(0xD9);
    }
}
