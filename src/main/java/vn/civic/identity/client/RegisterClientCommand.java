package vn.civic.identity.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.civic.platform.error.FieldViolation;

/**
 * What an administrator enters to register a client. {@link #violations()} checks what needs no stored data; the
 * registry adds what does (a taken client id, an unknown agency).
 *
 * @param clientId lowercase letters, digits and hyphens, 3 to 64 characters, e.g. {@code lgsp-hanoi}
 * @param subsystem the subsystem code of the member id, e.g. {@code LGSP}
 * @param externalIssuer a configured trusted issuer whose tokens identify this client too, or blank
 * @param externalClientId the client's id at that issuer, or blank
 */
public record RegisterClientCommand(
        String clientId,
        String name,
        Long agencyId,
        String subsystem,
        Set<ApiScope> scopes,
        String externalIssuer,
        String externalClientId) {

    public static final Pattern CLIENT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}[a-z0-9]");
    public static final Pattern SUBSYSTEM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,49}");
    public static final int NAME_MAX = 200;
    public static final int EXTERNAL_CLIENT_ID_MAX = 200;

    public RegisterClientCommand {
        clientId = trim(clientId);
        name = trim(name);
        subsystem = trim(subsystem);
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
        externalIssuer = trim(externalIssuer);
        externalClientId = trim(externalClientId);
    }

    public List<FieldViolation> violations() {
        List<FieldViolation> violations = new ArrayList<>();
        if (clientId == null) {
            violations.add(violation("clientId", "required"));
        } else if (!CLIENT_ID.matcher(clientId).matches()) {
            violations.add(violation("clientId", "client_id_pattern"));
        }
        if (name == null) {
            violations.add(violation("name", "required"));
        } else if (name.length() > NAME_MAX) {
            violations.add(violation("name", "too_long", NAME_MAX));
        }
        if (agencyId == null) {
            violations.add(violation("agencyId", "required"));
        }
        if (subsystem == null) {
            violations.add(violation("subsystem", "required"));
        } else if (!SUBSYSTEM.matcher(subsystem).matches()) {
            violations.add(violation("subsystem", "subsystem_pattern"));
        }
        if (scopes.isEmpty()) {
            violations.add(violation("scopes", "scopes_required"));
        }
        if (externalIssuer == null && externalClientId != null) {
            violations.add(violation("externalIssuer", "external_issuer_required"));
        }
        if (externalIssuer != null && externalClientId == null) {
            violations.add(violation("externalClientId", "required"));
        } else if (externalClientId != null && externalClientId.length() > EXTERNAL_CLIENT_ID_MAX) {
            violations.add(violation("externalClientId", "too_long", EXTERNAL_CLIENT_ID_MAX));
        }
        return violations;
    }

    /** A violation whose message is {@code apiclient.form.<code>} in the bundle. */
    public static FieldViolation violation(String field, String code, Object... args) {
        return new FieldViolation(field, code, "apiclient.form." + code, args);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
