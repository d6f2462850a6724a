package vn.civic.feedback;

/**
 * How to reach the reporter; kept private (never on the public page, in Open311 or the updates feed). Every part is
 * optional; a signed-in citizen's account details fill in what is missing.
 *
 * @param deviceId Open311's {@code device_id}, or the chat app's user id
 */
public record ReporterContact(String name, String email, String phone, String deviceId) {

    public static final ReporterContact NONE = new ReporterContact(null, null, null, null);
}
