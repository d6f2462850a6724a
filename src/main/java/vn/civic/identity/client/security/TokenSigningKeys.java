package vn.civic.identity.client.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.civic.identity.client.ApiClientProperties;

/**
 * The keys of Civic's access tokens. From {@code civic.api.tokens.jwk-set-location} when set (the first key signs,
 * all verify and are published, so a new key can be published before it signs); otherwise one RSA key made by the
 * first node that needs it and kept in {@code api_signing_key}, which every node reads. Loaded at first use.
 */
@Component
class TokenSigningKeys {

    private static final Logger log = LoggerFactory.getLogger(TokenSigningKeys.class);

    private final ApiClientProperties properties;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile Keys keys;

    TokenSigningKeys(ApiClientProperties properties, JdbcTemplate jdbc, Clock clock) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Keys(JWKSet all, JWKSet signing) {}

    /** Every key, for verifying tokens and for the published JWK set (its public parts). */
    JWKSource<SecurityContext> verificationKeys() {
        return (selector, context) -> selector.select(keys().all());
    }

    /** The one key that signs. */
    JWKSource<SecurityContext> signingKey() {
        return (selector, context) -> selector.select(keys().signing());
    }

    private Keys keys() {
        Keys loaded = keys;
        if (loaded == null) {
            synchronized (this) {
                loaded = keys;
                if (loaded == null) {
                    loaded = load();
                    keys = loaded;
                }
            }
        }
        return loaded;
    }

    private Keys load() {
        Resource location = properties.tokens().jwkSetLocation();
        List<JWK> all = location != null ? fromLocation(location) : List.of(fromDatabase());
        JWK signer = all.getFirst();
        if (!signer.isPrivate()) {
            throw new IllegalStateException("civic.api.tokens.jwk-set-location: the first key must be a private key");
        }
        return new Keys(new JWKSet(all), new JWKSet(signer));
    }

    private static List<JWK> fromLocation(Resource location) {
        try (InputStream in = location.getInputStream()) {
            List<JWK> keys = JWKSet.load(in).getKeys();
            if (keys.isEmpty()) {
                throw new IllegalStateException("civic.api.tokens.jwk-set-location holds no key: " + location);
            }
            log.info(
                    "Access tokens are signed with key {} from {}",
                    keys.getFirst().getKeyID(),
                    location);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("civic.api.tokens.jwk-set-location cannot be read: " + location, e);
        } catch (ParseException e) {
            throw new IllegalStateException("civic.api.tokens.jwk-set-location is not a JWK set: " + location, e);
        }
    }

    private JWK fromDatabase() {
        List<String> stored = storedKey();
        if (stored.isEmpty()) {
            try {
                JWK key = new RSAKeyGenerator(2048)
                        .keyID(UUID.randomUUID().toString())
                        .keyUse(KeyUse.SIGNATURE)
                        .algorithm(JWSAlgorithm.RS256)
                        .generate();
                jdbc.update(
                        "insert into api_signing_key (id, key_id, jwk, created_at) values (1, ?, ?, ?)",
                        key.getKeyID(),
                        key.toJSONString(),
                        Timestamp.from(clock.instant()));
                log.info("Made the access-token signing key {} and kept it in the database", key.getKeyID());
            } catch (DuplicateKeyException e) {
                // another node made it first: use that one, as every node must
            } catch (JOSEException e) {
                throw new IllegalStateException("RSA key generation failed", e);
            }
            stored = storedKey();
        }
        try {
            return JWK.parse(stored.getFirst());
        } catch (ParseException e) {
            throw new IllegalStateException("api_signing_key holds no valid JWK", e);
        }
    }

    private List<String> storedKey() {
        return jdbc.queryForList("select jwk from api_signing_key where id = 1", String.class);
    }
}
