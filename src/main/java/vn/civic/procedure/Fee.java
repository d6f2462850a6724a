package vn.civic.procedure;

/**
 * A fee or charge.
 *
 * @param amount in đồng; 0 for an exemption stated as such
 * @param note when it applies ("miễn cho trẻ em dưới 6 tuổi"), may be null
 */
public record Fee(String name, long amount, String note) {}
