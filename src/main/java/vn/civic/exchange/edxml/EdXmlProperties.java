package vn.civic.exchange.edxml;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the edXML codec ({@code civic.exchange.edxml.*}). The text limits are what exchange systems are seen to
 * enforce, unconfirmed as rules of QCVN 102:2016 (STANDARDS.md), hence configurable.
 *
 * @param maxSize the largest package accepted, checked before parsing (the attachments are in it, base64)
 * @param maxDepth the deepest element nesting accepted; an edXML package needs about 8
 * @param maxElements the most elements a package may have
 * @param entityExpansionLimit the JDK parser's entity expansion limit (DOCTYPEs are refused anyway)
 * @param maxSubjectLength Subject (trích yếu), required
 * @param maxPlaceLength PromulgationInfo/Place and each ToPlaces/Place
 * @param maxAttachmentNameLength a Reference's AttachmentName
 * @param clockSkew how far a peer's request timestamp may be from this server's clock
 */
@ConfigurationProperties("civic.exchange.edxml")
public record EdXmlProperties(
        @DefaultValue("30MB") DataSize maxSize,
        @DefaultValue("64") int maxDepth,
        @DefaultValue("100000") int maxElements,
        @DefaultValue("1000") int entityExpansionLimit,
        @DefaultValue("500") int maxSubjectLength,
        @DefaultValue("150") int maxPlaceLength,
        @DefaultValue("200") int maxAttachmentNameLength,
        @DefaultValue("5m") Duration clockSkew) {

    /** The defaults, for code that runs without Spring (the benchmark, codec tests). */
    public static EdXmlProperties defaults() {
        return new EdXmlProperties(DataSize.ofMegabytes(30), 64, 100_000, 1000, 500, 150, 200, Duration.ofMinutes(5));
    }
}
