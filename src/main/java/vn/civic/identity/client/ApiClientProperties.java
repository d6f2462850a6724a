package vn.civic.identity.client;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Machine clients' settings ({@code civic.api.*}), see docs/decisions/0008-machine-clients.md.
 *
 * @param tokens Civic's own access tokens
 * @param trustedIssuers other authorisation servers (a provincial LGSP) whose access tokens the API accepts for
 *     clients registered here with that issuer
 */
@ConfigurationProperties("civic.api")
public record ApiClientProperties(
        @DefaultValue Tokens tokens, @DefaultValue List<TrustedIssuer> trustedIssuers) {

    /**
     * @param issuer the {@code iss} of Civic's tokens: the public address of this installation, the same on every
     *     node (default {@code http://localhost:8080})
     * @param timeToLive how long an access token is valid (default 5 minutes)
     * @param jwkSetLocation a JSON Web Key Set with private keys (e.g. {@code file:/etc/civic/token-keys.json}): the
     *     first key signs, every key verifies and is published. Without it, a key made once and kept in the database
     *     signs, which suits the demo and tests
     */
    public record Tokens(
            @DefaultValue("http://localhost:8080") URI issuer,
            @DefaultValue("5m") Duration timeToLive,
            Resource jwkSetLocation) {}

    /**
     * @param name how the administration pages name the issuer, e.g. "LGSP Hà Nội"
     * @param issuer the exact {@code iss} of its tokens
     * @param jwkSetUri where its public keys are published
     * @param clientIdClaim the claim that names the calling client (default {@code client_id}; {@code azp} and
     *     {@code sub} are tried after it)
     * @param audience when set, its tokens must name it in {@code aud}
     */
    public record TrustedIssuer(
            String name,
            String issuer,
            URI jwkSetUri,
            @DefaultValue("client_id") String clientIdClaim,
            String audience) {

        public TrustedIssuer {
            Objects.requireNonNull(issuer, "civic.api.trusted-issuers[].issuer");
            Objects.requireNonNull(jwkSetUri, "civic.api.trusted-issuers[].jwk-set-uri");
            name = name == null || name.isBlank() ? issuer : name;
        }
    }

    public boolean trusts(String issuer) {
        return trustedIssuers.stream().anyMatch(t -> t.issuer().equals(issuer));
    }
}
