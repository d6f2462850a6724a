package vn.civic.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import vn.civic.identity.oidc.OidcProperties.Audience;
import vn.civic.identity.oidc.OidcProperties.StaffLink;
import vn.civic.platform.i18n.I18nConfig;

/**
 * The providers' properties as a city writes them: defaults for the national portal's claims, and a start-up that
 * stops with a clear message when a provider is configured wrongly, instead of failing the first person signing in.
 */
class OidcPropertiesTest {

    static OidcProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bind("civic.identity.oidc", OidcProperties.class)
                .orElseGet(() -> new OidcProperties(null));
    }

    static ClientRegistration registration(String id, String... scopes) {
        return ClientRegistration.withRegistrationId(id)
                .clientId("civic")
                .clientSecret("secret")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(scopes)
                .authorizationUri("https://idp.example/authorize")
                .tokenUri("https://idp.example/token")
                .jwkSetUri("https://idp.example/jwks")
                .build();
    }

    static OidcProviders providers(OidcProperties properties, ClientRegistration... registrations) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (registrations.length > 0) {
            beans.addBean("registrations", new InMemoryClientRegistrationRepository(registrations));
        }
        ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
        messages.setBasenames(I18nConfig.moduleBundles());
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new OidcProviders(properties, beans.getBeanProvider(ClientRegistrationRepository.class), messages);
    }

    @Test
    void defaultsReadTheNationalPortalsClaims() {
        OidcProperties properties = bind(Map.of(
                "civic.identity.oidc.providers.vneid.audience", "citizens",
                "civic.identity.oidc.providers.keycloak.audience", "STAFF"));

        var citizens = properties.providers().get("vneid");
        assertThat(citizens.audience()).isEqualTo(Audience.CITIZENS);
        assertThat(citizens.button()).isEqualTo("identity.login.oidc.vneid");
        assertThat(citizens.claims().personalIdNumber()).isEqualTo("SoDinhDanh");
        assertThat(citizens.claims().taxCode()).isEqualTo("MaSoThue");
        assertThat(citizens.claims().accountType()).isEqualTo("LoaiTaiKhoan");
        assertThat(citizens.claims().fullName()).isEqualTo("HoVaTen");
        assertThat(citizens.claims().email()).isEqualTo("ThuDienTu");
        assertThat(citizens.claims().phone()).isEqualTo("SoDienThoai");
        assertThat(citizens.accountTypes().citizen()).isEqualTo("1");
        assertThat(citizens.accountTypes().business()).isEqualTo("2");
        assertThat(citizens.signOutAtProvider()).isTrue();
        assertThat(citizens.pkce()).isTrue();
        var staff = properties.providers().get("keycloak");
        assertThat(staff.button()).isEqualTo("identity.login.oidc.staff");
        assertThat(staff.staffLinkBy()).isEqualTo(StaffLink.USERNAME);
        assertThat(staff.claims().username()).isEqualTo("preferred_username");
    }

    @Test
    void aProviderWithoutAnAudienceIsRefused() {
        assertThatThrownBy(
                        () -> bind(Map.of("civic.identity.oidc.providers.vneid.button", "identity.login.oidc.vneid")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("audience is required");
    }

    @Test
    void withoutProvidersThereIsNothingToOffer() {
        OidcProviders none = providers(bind(Map.of()));
        assertThat(none.any()).isFalse();
        assertThat(none.buttons()).isEmpty();
    }

    @Test
    void citizensButtonsComeFirstInTheOrderOfTheConfiguration() {
        OidcProperties properties = bind(Map.of(
                "civic.identity.oidc.providers.keycloak.audience", "STAFF",
                "civic.identity.oidc.providers.vneid.audience", "CITIZENS",
                "civic.identity.oidc.providers.dvcqg.audience", "CITIZENS",
                "civic.identity.oidc.providers.dvcqg.button", "identity.login.oidc.national-portal"));
        OidcProviders providers = providers(
                properties,
                registration("keycloak", "openid"),
                registration("vneid", "openid"),
                registration("dvcqg", "openid", "profile"));

        assertThat(providers.buttons())
                .extracting(OidcProviders.Button::audience)
                .containsExactly(Audience.CITIZENS, Audience.CITIZENS, Audience.STAFF);
        assertThat(providers.buttons())
                .filteredOn(b -> b.providerId().equals("dvcqg"))
                .singleElement()
                .satisfies(b -> {
                    assertThat(b.label()).isEqualTo("identity.login.oidc.national-portal");
                    assertThat(b.path()).isEqualTo("/login/oidc/dvcqg");
                });
    }

    @Test
    void aMisconfiguredProviderStopsTheStartWithAClearMessage() {
        OidcProperties vneid = bind(Map.of("civic.identity.oidc.providers.vneid.audience", "CITIZENS"));
        assertThatThrownBy(() -> providers(vneid))
                .hasMessageContaining("spring.security.oauth2.client.registration.vneid")
                .hasMessageContaining("issuer-uri");
        assertThatThrownBy(() -> providers(vneid, registration("vneid", "profile")))
                .hasMessageContaining("the scope openid");
        assertThatThrownBy(() -> providers(
                        bind(Map.of(
                                "civic.identity.oidc.providers.vneid.audience", "CITIZENS",
                                "civic.identity.oidc.providers.vneid.button", "identity.login.oidc.khong-co")),
                        registration("vneid", "openid")))
                .hasMessageContaining("no message identity.login.oidc.khong-co");
        assertThatThrownBy(() -> providers(
                        bind(Map.of("civic.identity.oidc.providers.VNeID.audience", "CITIZENS")),
                        registration("VNeID", "openid")))
                .hasMessageContaining("lower-case");
    }
}
