package vn.civic.identity.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.civic.identity.IdentityError;
import vn.civic.identity.IdentityProperties;
import vn.civic.platform.error.FieldViolation;

/**
 * The rules a new password must meet, after NIST SP 800-63B and OWASP ASVS V2.1: long enough, not too long to hash,
 * not a common password (nor a common word with digits and symbols added), and not containing the username or the
 * account's identifying number. No rules on character classes: they make passwords harder to remember, not to guess.
 */
@Component
public class PasswordPolicy {

    static final String COMMON_PASSWORDS = "identity/common-passwords.txt";

    /** Words shorter than this are not looked for inside a password: "an" is in too many. */
    static final int IDENTIFYING_WORD_MIN = 4;

    private final IdentityProperties.Password rules;
    private final Set<String> common;

    PasswordPolicy(IdentityProperties properties) {
        this.rules = properties.password();
        this.common = load();
    }

    public int minLength() {
        return rules.minLength();
    }

    public int maxLength() {
        return rules.maxLength();
    }

    /**
     * Every rule the password breaks, as violations of {@code field}.
     *
     * @param identifyingWords the username and numbers of the account, which the password must not contain
     */
    public List<FieldViolation> check(String field, String password, Collection<String> identifyingWords) {
        List<FieldViolation> violations = new ArrayList<>();
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < rules.minLength()) {
            violations.add(IdentityError.PASSWORD_TOO_SHORT.on(field, rules.minLength()));
            return violations;
        }
        if (length > rules.maxLength()) {
            violations.add(IdentityError.PASSWORD_TOO_LONG.on(field, rules.maxLength()));
            return violations;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower)) {
            violations.add(IdentityError.PASSWORD_COMMON.on(field));
        }
        for (String word : identifyingWords) {
            if (word != null
                    && word.length() >= IDENTIFYING_WORD_MIN
                    && lower.contains(word.toLowerCase(Locale.ROOT))) {
                violations.add(IdentityError.PASSWORD_CONTAINS_IDENTITY.on(field));
                break;
            }
        }
        return violations;
    }

    /** In the list as it is, or as a listed word followed by digits and symbols ("matkhau@2026"). */
    private boolean isCommon(String lower) {
        if (common.contains(lower)) {
            return true;
        }
        String stem = lower.replaceFirst("[\\p{N}\\p{P}\\p{S}\\s]+$", "");
        return !stem.isEmpty() && common.contains(stem);
    }

    private static Set<String> load() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(COMMON_PASSWORDS).getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + COMMON_PASSWORDS, e);
        }
    }
}
