package vn.civic.identity.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.civic.identity.security.SignInAttempts.Candidate;

/**
 * Checks a username and password. Every attempt costs one Argon2 verification, whether the username exists, the
 * account is locked or disabled, or the password is right: the time of the answer tells nothing. The answers differ
 * only in the exception (for the audit log); the page says the same for all.
 */
@Component
public class PasswordSignIn {

    private final SignInAttempts attempts;
    private final PasswordEncoder encoder;
    private final AccountPrincipals principals;
    private final Clock clock;
    private final String dummyHash;

    PasswordSignIn(SignInAttempts attempts, PasswordEncoder encoder, AccountPrincipals principals, Clock clock) {
        this.attempts = attempts;
        this.encoder = encoder;
        this.principals = principals;
        this.clock = clock;
        // verified against unknown usernames, so that they cost what a known one does
        this.dummyHash = encoder.encode("civic-no-such-account-" + System.nanoTime());
    }

    /** The same checks with other parts, e.g. a clock that has moved on. */
    PasswordSignIn with(PasswordEncoder otherEncoder, Clock otherClock) {
        return new PasswordSignIn(attempts, otherEncoder, principals, otherClock);
    }

    /**
     * @return the signed-in account's authentication: a {@link CivicPrincipal} with its privileges as authorities
     * @throws AuthenticationException {@link BadCredentialsException} for an unknown username or a wrong password,
     *     {@link LockedException} while the account is locked, {@link DisabledException} for a disabled account
     */
    public Authentication authenticate(String username, String password) {
        Instant now = clock.instant();
        String given = password == null ? "" : password;
        Optional<Candidate> found = username == null ? Optional.empty() : attempts.candidate(username);
        if (found.isEmpty()) {
            encoder.matches(given, dummyHash);
            throw new BadCredentialsException("Bad credentials");
        }
        Candidate candidate = found.get();
        boolean matches = encoder.matches(given, candidate.passwordHash());
        if (!candidate.account().active()) {
            throw new DisabledException("Account disabled");
        }
        if (candidate.lockedAt(now)) {
            // a locked account counts no further failures: the lock ends when it was announced to end
            throw new LockedException("Account locked");
        }
        if (!matches) {
            attempts.failed(candidate.account().id(), candidate.account().username(), now);
            throw new BadCredentialsException("Bad credentials");
        }
        attempts.succeeded(
                candidate.account().id(),
                now,
                encoder.upgradeEncoding(candidate.passwordHash()) ? encoder.encode(given) : null);
        return UsernamePasswordAuthenticationToken.authenticated(
                principals.principal(candidate.account()), null, AccountPrincipals.authorities(candidate.account()));
    }
}
