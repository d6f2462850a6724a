package vn.civic.identity.oidc;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.identity.AccountKind;
import vn.civic.identity.AccountView;
import vn.civic.identity.IdentityError;
import vn.civic.identity.IdentityProperties;
import vn.civic.identity.PersonalIdNumber;
import vn.civic.identity.TaxCode;
import vn.civic.identity.account.Account;
import vn.civic.identity.account.AccountRegistry;
import vn.civic.identity.account.Accounts;
import vn.civic.identity.account.OidcLink;
import vn.civic.identity.account.OidcLinks;
import vn.civic.identity.oidc.OidcProperties.Audience;
import vn.civic.identity.oidc.OidcProperties.Claims;
import vn.civic.identity.oidc.OidcProperties.Provider;
import vn.civic.identity.oidc.OidcProperties.StaffLink;
import vn.civic.identity.security.AccountPrincipals;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.audit.AuditRecord.ActorRef;
import vn.civic.platform.security.Actor;

/**
 * The account of a person a provider has identified. A sign-in first looks for the provider's link of that subject;
 * without one, a citizens' provider finds the citizen by personal identification number (a business by tax code) or
 * creates the account, and a staff provider finds an existing staff account by username or personal identification
 * number, never creating one. The link is then stored for the next time. Everything happens in one transaction: a
 * refusal ({@link OidcSignInRefused}) stores nothing.
 */
@Service
public class OidcAccounts {

    static final String OBJECT_TYPE = "Account";

    private final Accounts accounts;
    private final OidcLinks links;
    private final AccountRegistry registry;
    private final AccountPrincipals principals;
    private final IdentityProperties identityProperties;
    private final AuditLog audit;
    private final Clock clock;

    OidcAccounts(
            Accounts accounts,
            OidcLinks links,
            AccountRegistry registry,
            AccountPrincipals principals,
            IdentityProperties identityProperties,
            AuditLog audit,
            Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.registry = registry;
        this.principals = principals;
        this.identityProperties = identityProperties;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param providerId the client registration id, e.g. {@code vneid}
     * @param subject the provider's {@code sub}
     * @param claims the ID token's claims with the user info's
     * @return the active account the person signs in to
     * @throws OidcSignInRefused when the claims identify nobody Civic may sign in
     */
    @Transactional
    public AccountView signIn(String providerId, Provider provider, String subject, Map<String, Object> claims) {
        Instant now = clock.instant();
        Identity identity = identify(providerId, provider, subject, claims);
        Optional<OidcLink> link = links.findByProviderIdAndSubject(providerId, subject);
        if (link.isPresent()) {
            Account account = accounts.findById(link.get().accountId()).orElseThrow();
            if (identity.identifier() != null && !identity.identifier().equals(identity.of(account))) {
                throw refused(
                        IdentityError.OIDC_IDENTITY_MISMATCH,
                        providerId,
                        subject,
                        "linked to account " + account.id() + ", whose " + identity.match() + " differs");
            }
            active(account, providerId, subject);
            link.get().used(now);
            refresh(account, identity, providerId, now);
            return account.view();
        }
        identity.requireIdentifier();
        Optional<Account> found = find(identity);
        OidcLink.Match match = identity.match();
        Account account;
        if (found.isPresent()) {
            account = found.get();
            active(account, providerId, subject);
            refresh(account, identity, providerId, now);
        } else if (identity.kind() == AccountKind.STAFF) {
            throw refused(
                    IdentityError.OIDC_STAFF_UNKNOWN,
                    providerId,
                    subject,
                    "no staff account with this " + identity.match());
        } else {
            account = create(identity, providerId, subject);
            match = OidcLink.Match.CREATED;
        }
        links.save(new OidcLink(account.id(), providerId, subject, match, now));
        audit.record(new AuditRecord(
                "account.linked",
                OBJECT_TYPE,
                account.id().toString(),
                null,
                "provider=" + providerId + " subject=" + subject + " matched by " + match,
                AuditRecord.Outcome.SUCCESS,
                actor(account)));
        return account.view();
    }

    private Optional<Account> find(Identity identity) {
        return switch (identity.match()) {
            case PERSONAL_ID_NUMBER -> accounts.findByKindAndPersonalIdNumber(identity.kind(), identity.identifier());
            case TAX_CODE ->
                accounts.findByTaxCode(identity.identifier()).filter(a -> a.kind() == AccountKind.BUSINESS);
            case USERNAME -> accounts.findByUsername(identity.identifier()).filter(a -> a.kind() == AccountKind.STAFF);
            case CREATED -> Optional.empty();
        };
    }

    private Account create(Identity identity, String providerId, String subject) {
        if (identity.fullName() == null) {
            throw refused(IdentityError.OIDC_NAME_MISSING, providerId, subject, "no name for a new account");
        }
        Account account = identity.kind() == AccountKind.BUSINESS
                ? registry.registerBusiness(
                        identity.identifier(), identity.fullName(), identity.email(), identity.phone())
                : registry.registerCitizen(
                        identity.identifier(), identity.fullName(), identity.email(), identity.phone());
        accounts.flush();
        audit.record(new AuditRecord(
                "account.created",
                OBJECT_TYPE,
                account.id().toString(),
                null,
                account.summary() + " via " + providerId,
                AuditRecord.Outcome.SUCCESS,
                actor(account)));
        return account;
    }

    /** A citizen's or business's name and contact details follow their provider; staff details never do. */
    private void refresh(Account account, Identity identity, String providerId, Instant now) {
        if (account.kind() == AccountKind.STAFF) {
            return;
        }
        String before = account.summary();
        if (account.refreshProfile(identity.fullName(), identity.email(), identity.phone(), now)) {
            accounts.flush();
            audit.record(new AuditRecord(
                    "account.updated",
                    OBJECT_TYPE,
                    account.id().toString(),
                    before,
                    account.summary() + " from " + providerId,
                    AuditRecord.Outcome.SUCCESS,
                    actor(account)));
        }
    }

    private static void active(Account account, String providerId, String subject) {
        if (!account.active()) {
            throw refused(
                    IdentityError.OIDC_ACCOUNT_DISABLED, providerId, subject, "account " + account.id() + " disabled");
        }
    }

    private ActorRef actor(Account account) {
        Actor actor = principals.principal(account.view());
        return new ActorRef(actor.actorId(), actor.displayName(), actor.agencyCode());
    }

    /** What the claims say about the person, read and checked as the provider's audience asks. */
    private Identity identify(String providerId, Provider provider, String subject, Map<String, Object> claims) {
        Claims names = provider.claims();
        if (provider.audience() == Audience.STAFF) {
            return provider.staffLinkBy() == StaffLink.USERNAME
                    ? new Identity(
                            providerId,
                            subject,
                            AccountKind.STAFF,
                            OidcLink.Match.USERNAME,
                            normalisedUsername(text(claims, names.username())),
                            null,
                            null,
                            null)
                    : new Identity(
                            providerId,
                            subject,
                            AccountKind.STAFF,
                            OidcLink.Match.PERSONAL_ID_NUMBER,
                            validPersonalIdNumber(text(claims, names.personalIdNumber())),
                            null,
                            null,
                            null);
        }
        String email = AccountRegistry.validEmailOrNull(firstText(claims, names.email(), "email"));
        String phone = AccountRegistry.validPhoneOrNull(firstText(claims, names.phone(), "phone_number"));
        String personName = validName(firstText(claims, names.fullName(), "name"));
        String type = text(claims, names.accountType());
        if (type == null || type.equals(provider.accountTypes().citizen())) {
            return new Identity(
                    providerId,
                    subject,
                    AccountKind.CITIZEN,
                    OidcLink.Match.PERSONAL_ID_NUMBER,
                    validPersonalIdNumber(text(claims, names.personalIdNumber())),
                    personName,
                    email,
                    phone);
        }
        if (type.equals(provider.accountTypes().business())) {
            String code = TaxCode.normalise(text(claims, names.taxCode()));
            String businessName = validName(text(claims, names.businessName()));
            return new Identity(
                    providerId,
                    subject,
                    AccountKind.BUSINESS,
                    OidcLink.Match.TAX_CODE,
                    code != null && TaxCode.isValid(code, identityProperties.taxCodeCheckDigit()) ? code : null,
                    businessName != null ? businessName : personName,
                    email,
                    phone);
        }
        throw refused(
                IdentityError.OIDC_ACCOUNT_TYPE_UNSUPPORTED,
                providerId,
                subject,
                names.accountType() + "=" + abbreviated(type));
    }

    private String validPersonalIdNumber(String value) {
        String digits = PersonalIdNumber.normalise(value);
        return digits != null && PersonalIdNumber.isValid(digits, Year.now(clock)) ? digits : null;
    }

    private static String normalisedUsername(String value) {
        return value == null ? null : AccountRegistry.normaliseUsername(value);
    }

    private static String validName(String value) {
        return value == null || value.length() > AccountRegistry.FULL_NAME_MAX ? null : value;
    }

    /** A claim as trimmed text; null when absent, blank or not a single value. */
    static String text(Map<String, Object> claims, String name) {
        Object value = name == null ? null : claims.get(name);
        if (value == null || value instanceof Map<?, ?> || value instanceof Collection<?>) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    private static String firstText(Map<String, Object> claims, String configured, String standard) {
        String value = text(claims, configured);
        return value != null ? value : text(claims, standard);
    }

    private static String abbreviated(String value) {
        return value.length() <= 20 ? value : value.substring(0, 20) + "…";
    }

    static OidcSignInRefused refused(IdentityError error, String providerId, String subject, String detail) {
        return new OidcSignInRefused(error, providerId, subject, detail);
    }

    /**
     * @param identifier the checked personal identification number, tax code or username; null when the claims lack
     *     a valid one
     */
    private record Identity(
            String providerId,
            String subject,
            AccountKind kind,
            OidcLink.Match match,
            String identifier,
            String fullName,
            String email,
            String phone) {

        /** A first sign-in needs the number, code or username to find or create the account. */
        void requireIdentifier() {
            if (identifier != null) {
                return;
            }
            IdentityError error = switch (match) {
                case TAX_CODE -> IdentityError.OIDC_TAX_CODE_INVALID;
                case USERNAME -> IdentityError.OIDC_STAFF_UNKNOWN;
                default ->
                    kind == AccountKind.STAFF
                            ? IdentityError.OIDC_STAFF_UNKNOWN
                            : IdentityError.OIDC_PERSONAL_ID_INVALID;
            };
            throw refused(error, providerId, subject, "no valid " + match + " in the claims");
        }

        /** The same identifier of an account, to compare. */
        String of(Account account) {
            return switch (match) {
                case PERSONAL_ID_NUMBER -> account.personalIdNumber();
                case TAX_CODE -> account.taxCode();
                case USERNAME -> account.username();
                case CREATED -> null;
            };
        }
    }
}
