package vn.civic.identity.oidc;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in through OpenID Connect providers ({@code civic.identity.oidc.*}); see docs/decisions/0009-oidc-login.md.
 * Each provider is a Spring Security client registration ({@code spring.security.oauth2.client.registration.<id>})
 * with an entry here under the same id; a registration without one is not offered for sign-in.
 *
 * @param providers by registration id, in the order the sign-in page shows them
 */
@ConfigurationProperties("civic.identity.oidc")
public record OidcProperties(Map<String, Provider> providers) {

    public OidcProperties {
        providers = providers == null ? Map.of() : new LinkedHashMap<>(providers);
    }

    /** Whom a provider signs in. */
    public enum Audience {
        /** Citizens and businesses: the national e-ID (VNeID) or the national public service portal. */
        CITIZENS,
        /** Staff of the agencies, e.g. through the city's Keycloak. */
        STAFF
    }

    /** How a staff provider's identity finds the staff account. */
    public enum StaffLink {
        /** The claim {@link Claims#username()} is the staff account's username. */
        USERNAME,
        /** The claim {@link Claims#personalIdNumber()} is the number recorded on the staff account. */
        PERSONAL_ID_NUMBER
    }

    /**
     * @param audience required: citizens and businesses, or staff
     * @param button the message key of the button on the sign-in page; by default {@code identity.login.oidc.vneid}
     *     for citizens and {@code identity.login.oidc.staff} for staff ({@code identity.login.oidc.national-portal}
     *     names the national public service portal)
     * @param claims the names of the claims read from the ID token and the user info
     * @param accountTypes the values of the account-type claim
     * @param staffLinkBy for a staff provider, what links its identity to a staff account
     * @param signOutAtProvider whether signing out of Civic also signs out at the provider (RP-initiated logout), when
     *     the provider advertises an {@code end_session_endpoint}; on a shared computer at a one-stop counter the next
     *     person must not find the previous one still signed in at the provider
     * @param pkce whether the authorisation request carries a PKCE challenge (RFC 7636), also for confidential clients
     */
    public record Provider(
            Audience audience,
            String button,
            @DefaultValue Claims claims,
            @DefaultValue AccountTypes accountTypes,
            @DefaultValue("USERNAME") StaffLink staffLinkBy,
            @DefaultValue("true") boolean signOutAtProvider,
            @DefaultValue("true") boolean pkce) {

        public Provider {
            if (audience == null) {
                throw new IllegalArgumentException(
                        "civic.identity.oidc.providers.<id>.audience is required: CITIZENS or STAFF");
            }
            if (button == null || button.isBlank()) {
                button = audience == Audience.STAFF ? "identity.login.oidc.staff" : "identity.login.oidc.vneid";
            }
        }
    }

    /**
     * Claim names. The defaults are those of the national public service portal's user info (and VNeID's), as public
     * integrations use them; they are unconfirmed against an official specification, hence configurable. Where a
     * claim is absent, the standard OpenID Connect claim is read instead ({@code name}, {@code email},
     * {@code phone_number}).
     *
     * @param personalIdNumber the 12-digit personal identification number (số định danh cá nhân)
     * @param taxCode a business's tax code (mã số thuế)
     * @param accountType the account type: citizen or business (absent: citizen)
     * @param fullName a person's full name
     * @param businessName a business's name (absent: {@code fullName})
     * @param email the email address
     * @param phone the phone number
     * @param username a staff provider's username claim (Keycloak: {@code preferred_username})
     */
    public record Claims(
            @DefaultValue("SoDinhDanh") String personalIdNumber,
            @DefaultValue("MaSoThue") String taxCode,
            @DefaultValue("LoaiTaiKhoan") String accountType,
            @DefaultValue("HoVaTen") String fullName,
            @DefaultValue("TenDoanhNghiep") String businessName,
            @DefaultValue("ThuDienTu") String email,
            @DefaultValue("SoDienThoai") String phone,
            @DefaultValue("preferred_username") String username) {}

    /**
     * Values of the account-type claim, compared as text; 1 and 2 are the national portal's (as LoaiDoiTuong of its
     * dossiers), unconfirmed for its user info.
     *
     * @param citizen the value for a person
     * @param business the value for an enterprise or organisation
     */
    public record AccountTypes(
            @DefaultValue("1") String citizen,
            @DefaultValue("2") String business) {}
}
