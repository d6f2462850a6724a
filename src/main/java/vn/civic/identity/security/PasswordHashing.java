package vn.civic.identity.security;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed: Argon2id with the OWASP Password Storage Cheat Sheet's first configuration (19 MiB of
 * memory, 2 iterations, 1 lane; 16-byte salt, 32-byte hash). Hashes carry their scheme ({@code {argon2}$argon2id$…}),
 * so stronger parameters or another scheme can come later: a hash that is not the current default (a bcrypt hash
 * imported from a city's old system, an Argon2 hash with weaker parameters) is replaced at the next sign-in.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    static final String ARGON2 = "argon2";

    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    static final int PARALLELISM = 1;
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;

    /** OWASP's bcrypt work factor, for hashes imported from older systems. */
    static final int BCRYPT_COST = 10;

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                ARGON2,
                Map.of(
                        ARGON2,
                        new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS),
                        "bcrypt",
                        new BCryptPasswordEncoder(BCRYPT_COST)));
    }
}
