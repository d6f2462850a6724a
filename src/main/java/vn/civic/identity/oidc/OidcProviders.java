package vn.civic.identity.oidc;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.stereotype.Component;
import vn.civic.identity.oidc.OidcProperties.Audience;
import vn.civic.identity.oidc.OidcProperties.Provider;
import vn.civic.platform.i18n.I18nConfig;

/**
 * The sign-in providers: the entries of {@code civic.identity.oidc.providers}, each with its Spring Security client
 * registration. Checked at start-up, so that a wrong configuration stops the application with a clear message rather
 * than failing the first person who signs in. Without providers (the demo on H2), nothing changes: no button, no
 * provider endpoint.
 */
@Component
public class OidcProviders {

    /** Provider ids appear in addresses and in the link table. */
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,49}");

    static final String END_SESSION_ENDPOINT = "end_session_endpoint";

    /** A sign-in button: where it leads and the message key of its label. */
    public record Button(String providerId, Audience audience, String label) {

        public String path() {
            return OidcSignIn.START + "/" + providerId;
        }
    }

    private final Map<String, Provider> providers;
    private final ClientRegistrationRepository registrations;

    OidcProviders(
            OidcProperties properties,
            ObjectProvider<ClientRegistrationRepository> registrationRepository,
            MessageSource messages) {
        this.providers = properties.providers();
        ClientRegistrationRepository all = registrationRepository.getIfAvailable();
        providers.forEach((id, provider) -> check(id, provider, all, messages));
        this.registrations = id -> providers.containsKey(id) && all != null ? all.findByRegistrationId(id) : null;
    }

    private static void check(String id, Provider provider, ClientRegistrationRepository all, MessageSource messages) {
        String where = "civic.identity.oidc.providers." + id;
        if (!ID.matcher(id).matches()) {
            throw new IllegalStateException(
                    where + ": the id must be 1–50 lower-case letters, digits, hyphens or underscores");
        }
        ClientRegistration registration = all == null ? null : all.findByRegistrationId(id);
        if (registration == null) {
            throw new IllegalStateException(where + " has no client registration: configure"
                    + " spring.security.oauth2.client.registration." + id + " (client-id, client-secret, scope)"
                    + " and spring.security.oauth2.client.provider." + id + ".issuer-uri");
        }
        if (!AuthorizationGrantType.AUTHORIZATION_CODE.equals(registration.getAuthorizationGrantType())
                || !registration.getScopes().contains(OidcScopes.OPENID)) {
            throw new IllegalStateException("spring.security.oauth2.client.registration." + id
                    + " must use the authorization_code grant and the scope openid to sign people in");
        }
        if (messages.getMessage(provider.button(), null, null, I18nConfig.VIETNAMESE) == null
                || messages.getMessage(provider.button(), null, null, I18nConfig.ENGLISH) == null) {
            throw new IllegalStateException(where + ".button: no message " + provider.button()
                    + " in the identity bundles (identity.login.oidc.vneid, .national-portal, .staff)");
        }
    }

    /** Whether any provider is configured. */
    public boolean any() {
        return !providers.isEmpty();
    }

    /** The buttons of the sign-in page, citizens' first, each group in the order of the configuration. */
    public List<Button> buttons() {
        return providers.entrySet().stream()
                .sorted(Map.Entry.comparingByValue((a, b) -> a.audience().compareTo(b.audience())))
                .map(e -> new Button(
                        e.getKey(), e.getValue().audience(), e.getValue().button()))
                .toList();
    }

    public Optional<Provider> provider(String id) {
        return Optional.ofNullable(id).map(providers::get);
    }

    /** The client registrations of the providers only. */
    ClientRegistrationRepository registrations() {
        return registrations;
    }

    /**
     * Where signing out at the provider goes: its {@code end_session_endpoint} (from its discovery document), when
     * it advertises one and the provider's {@code sign-out-at-provider} is on.
     */
    Optional<String> endSessionEndpoint(String id) {
        return provider(id)
                .filter(Provider::signOutAtProvider)
                .map(p -> registrations.findByRegistrationId(id))
                .map(r -> r.getProviderDetails().getConfigurationMetadata().get(END_SESSION_ENDPOINT))
                .map(Object::toString);
    }

    /** The client id Civic has at the provider. */
    Optional<String> clientId(String id) {
        return Optional.ofNullable(registrations.findByRegistrationId(id)).map(ClientRegistration::getClientId);
    }
}
