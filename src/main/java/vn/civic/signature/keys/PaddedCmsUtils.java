package vn.civic.signature.keys;

import eu.europa.esig.dss.cms.CMS;
import eu.europa.esig.dss.cms.object.CMSObjectUtils;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.spi.DSSUtils;
import java.util.Arrays;

/**
 * EU DSS's CMS parser with the signature's zero padding cut off first. A PDF signature's {@code /Contents} is a
 * reserved hex string, so the CMS inside is followed by zeros; Bouncy Castle 1.87 (the version Civic pins) refuses
 * data after the outer element ("Extra data detected in stream") where the version DSS 6.3 was built with ignored it,
 * and DSS would report every PDF signature as absent. Registered ahead of DSS's own implementation through
 * {@code META-INF/services/eu.europa.esig.dss.cms.ICMSUtils} (the application's classes come first on the class path);
 * remove it once DSS trims the padding itself.
 */
public class PaddedCmsUtils extends CMSObjectUtils {

    @Override
    public CMS parseToCMS(byte[] binaries) {
        return super.parseToCMS(withoutPadding(binaries));
    }

    @Override
    public CMS parseToCMS(DSSDocument document) {
        return parseToCMS(DSSUtils.toByteArray(document));
    }

    /** The bytes of the first DER element; everything when its length cannot be read (left for the parser). */
    static byte[] withoutPadding(byte[] der) {
        if (der.length < 2) {
            return der;
        }
        int first = der[1] & 0xFF;
        long length;
        int header;
        if (first < 0x80) {
            length = first;
            header = 2;
        } else if (first == 0x80 || first - 0x80 > 4 || der.length < 2 + first - 0x80) {
            return der; // indefinite or unreadable length
        } else {
            int octets = first - 0x80;
            length = 0;
            for (int i = 0; i < octets; i++) {
                length = (length << 8) | (der[2 + i] & 0xFF);
            }
            header = 2 + octets;
        }
        long total = header + length;
        return total < der.length ? Arrays.copyOf(der, (int) total) : der;
    }
}
