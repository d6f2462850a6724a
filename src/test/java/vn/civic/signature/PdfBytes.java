package vn.civic.signature;

import java.nio.charset.StandardCharsets;

/** Tampering with signed PDFs, for tests. */
public final class PdfBytes {

    private PdfBytes() {}

    /**
     * A copy with one byte changed inside the content the last signature covers: a digit of the first page's
     * {@code MediaBox} or, failing that, a byte halfway before the signature.
     */
    public static byte[] alterOneSignedByte(byte[] pdf) {
        byte[] copy = pdf.clone();
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("/MediaBox");
        int index = at >= 0 ? at + 1 : text.indexOf("/ByteRange") / 2;
        copy[index] = (byte) (copy[index] == 'M' ? 'N' : copy[index] ^ 0x01);
        return copy;
    }

    public static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
