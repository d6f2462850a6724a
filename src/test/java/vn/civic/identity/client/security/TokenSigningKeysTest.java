package vn.civic.identity.client.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import vn.civic.identity.client.ApiCalls;
import vn.civic.identity.client.ApiClientProperties;
import vn.civic.identity.client.ApiClientRegistry;
import vn.civic.identity.client.ApiScope;
import vn.civic.identity.client.IssuedCredential;
import vn.civic.identity.client.TestClients;
import vn.civic.org.OrgDirectory;
import vn.civic.test.CivicTest;

/** The keys that sign Civic's tokens are the same on every node. */
@CivicTest
class TokenSigningKeysTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiClientRegistry registry;

    @Autowired
    OrgDirectory org;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApiClientProperties properties;

    @Test
    void anotherNodeReadingTheDatabaseVerifiesTheTokensOfThisOne() {
        IssuedCredential client = TestClients.register(registry, org, ApiScope.ORG_READ);
        String token = new ApiCalls(port).accessToken(client.client().clientId(), client.value(), "org.read");

        TokenSigningKeys otherNode = new TokenSigningKeys(properties, jdbc, Clock.systemUTC());
        Jwt verified = NimbusJwtDecoder.withJwkSource(otherNode.verificationKeys())
                .build()
                .decode(token);

        assertThat(verified.getClaimAsString("client_id"))
                .isEqualTo(client.client().clientId());
        assertThat(jdbc.queryForObject("select count(*) from api_signing_key", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void configuredKeySetSignsWithItsFirstKeyAndVerifiesWithAll(@TempDir Path dir) throws Exception {
        RSAKey current = key("current");
        RSAKey next = key("next");
        Path file = dir.resolve("token-keys.json");
        Files.writeString(file, new JWKSet(List.of(current, next)).toString(false));
        ApiClientProperties configured = new ApiClientProperties(
                new ApiClientProperties.Tokens(
                        properties.tokens().issuer(), Duration.ofMinutes(5), new FileSystemResource(file)),
                List.of());
        TokenSigningKeys keys = new TokenSigningKeys(configured, jdbc, Clock.systemUTC());

        Jwt signed = new NimbusJwtEncoder(keys.signingKey())
                .encode(JwtEncoderParameters.from(
                        JwsHeader.with(SignatureAlgorithm.RS256).build(),
                        JwtClaimsSet.builder()
                                .subject("x")
                                .issuedAt(Instant.now())
                                .build()));
        assertThat(signed.getHeaders().get("kid")).isEqualTo("current");

        Jwt byNext = new NimbusJwtEncoder((selector, context) -> selector.select(new JWKSet(next)))
                .encode(JwtEncoderParameters.from(
                        JwsHeader.with(SignatureAlgorithm.RS256).build(),
                        JwtClaimsSet.builder().subject("y").build()));
        var decoder = NimbusJwtDecoder.withJwkSource(keys.verificationKeys()).build();
        assertThat(decoder.decode(signed.getTokenValue()).getSubject()).isEqualTo("x");
        assertThat(decoder.decode(byNext.getTokenValue()).getSubject()).isEqualTo("y");
    }

    @Test
    void configuredKeySetMustStartWithAPrivateKey(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("public-only.json");
        Files.writeString(file, new JWKSet(key("public").toPublicJWK()).toString(false));
        ApiClientProperties configured = new ApiClientProperties(
                new ApiClientProperties.Tokens(
                        properties.tokens().issuer(), Duration.ofMinutes(5), new FileSystemResource(file)),
                List.of());
        TokenSigningKeys keys = new TokenSigningKeys(configured, jdbc, Clock.systemUTC());

        assertThatThrownBy(() -> keys.signingKey().get(null, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("private key");
    }

    static RSAKey key(String id) throws Exception {
        return new RSAKeyGenerator(2048)
                .keyID(id)
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .generate();
    }
}
