package vn.civic.exchange.edxml;

/**
 * An agency as edXML names it in {@code From}, {@code To} and the receiver list (QCVN 102:2016).
 *
 * @param organId the organisation code (Decision 20/2020/QĐ-TTg), {@code 000.01.31.H26}
 * @param organizationInCharge the agency above it, by name; may be null
 */
public record Organisation(
        String organId,
        String organizationInCharge,
        String organName,
        String organAdd,
        String email,
        String telephone,
        String fax,
        String website) {

    /** An agency known only by its code and name. */
    public static Organisation of(String organId, String organName) {
        return new Organisation(organId, null, organName, null, null, null, null, null);
    }
}
