package vn.civic.exchange.edxml;

/** {@code StaffInfo}: who acted at the agency; every part may be null. */
public record StaffInfo(String department, String staff, String mobile, String email) {

    public static StaffInfo named(String staff) {
        return new StaffInfo(null, staff, null, null);
    }
}
