package vn.civic.identity.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.civic.identity.IdentityProperties;
import vn.civic.platform.error.FieldViolation;

/** The password rules of docs/decisions/0007-identity.md, with the default settings. */
class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy(new IdentityProperties(
            new IdentityProperties.Lockout(5, Duration.ofMinutes(15)),
            new IdentityProperties.Password(10, 128),
            new IdentityProperties.PasswordReset(
                    Duration.ofMinutes(30), Duration.ofHours(72), Duration.ofMinutes(1), false),
            URI.create("http://localhost:8080"),
            "Civic <no-reply@civic.local>",
            true));

    List<String> codes(String password, String... identifyingWords) {
        return policy.check("newPassword", password, List.of(identifyingWords)).stream()
                .map(FieldViolation::code)
                .toList();
    }

    @Test
    void theDemoPasswordMeetsTheRules() {
        assertThat(codes("Civic@2026", "chuyenvien.hoankiem")).isEmpty();
    }

    @Test
    void aPasswordShorterThanTheMinimumIsRefusedWithTheMinimum() {
        List<FieldViolation> violations = policy.check("newPassword", "Ngan@2026", List.of());
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("password_too_short");
            assertThat(v.messageKey()).isEqualTo("error.password_too_short");
            assertThat(v.args()).containsExactly(10);
        });
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        // ten Vietnamese letters are ten characters, though more bytes
        assertThat(codes("Đường Hòa Bình")).isEmpty();
        assertThat(codes("Đường Hoà")).containsExactly("password_too_short");
    }

    @Test
    void aPasswordLongerThanTheMaximumIsRefused() {
        assertThat(codes("a".repeat(128) + "b")).containsExactly("password_too_long");
        assertThat(codes("Một câu dài vừa đủ để nhớ ".repeat(4))).isEmpty();
    }

    @Test
    void commonPasswordsAreRefusedAlsoWithDigitsAndSymbolsAdded() {
        assertThat(codes("1234567890")).containsExactly("password_common");
        assertThat(codes("Password123")).containsExactly("password_common");
        assertThat(codes("matkhau@2026")).containsExactly("password_common");
        assertThat(codes("AnhYeuEm!!!")).containsExactly("password_common");
        assertThat(codes("Hanoi@12345")).containsExactly("password_common");
    }

    @Test
    void aPasswordMayNotContainTheUsernameOrTheIdentifyingNumber() {
        assertThat(codes("xin-chao-vanthu.hoankiem", "vanthu.hoankiem")).containsExactly("password_contains_identity");
        assertThat(codes("So001085012345!", "001085012345")).containsExactly("password_contains_identity");
        assertThat(codes("Ma0109123458#", "0109123458")).containsExactly("password_contains_identity");
        assertThat(codes("VANTHU.HOANKIEM-2026", "vanthu.hoankiem")).containsExactly("password_contains_identity");
    }
}
