package vn.civic.signature;

import java.util.Locale;

/**
 * How signers are named in the keystore: an agency's seal by its organisation code ({@code seal-000.00.31.h26}), a
 * person by their account's username ({@code person-lanhdao.hoankiem}). Aliases are lower case, because keystores
 * (JKS always, some PKCS#12 tools too) fold them.
 */
public final class SignerKeys {

    public static final String SEAL_PREFIX = "seal-";
    public static final String PERSON_PREFIX = "person-";

    private SignerKeys() {}

    /** The alias of an agency's seal (chữ ký số của cơ quan, tổ chức). */
    public static String seal(String organisationCode) {
        return SEAL_PREFIX + organisationCode.toLowerCase(Locale.ROOT);
    }

    /** The alias of a person's key (chữ ký số cá nhân), such as a leader's who approves. */
    public static String person(String username) {
        return PERSON_PREFIX + username.toLowerCase(Locale.ROOT);
    }

    static String normalise(String alias) {
        return alias.toLowerCase(Locale.ROOT);
    }
}
