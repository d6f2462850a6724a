package vn.civic.signature.revocation;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CRLException;
import java.security.cert.CRLReason;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.Extension;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.platform.audit.AuditLog;
import vn.civic.platform.audit.AuditRecord;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.security.Actor;
import vn.civic.platform.security.CurrentActor;
import vn.civic.signature.SignatureError;
import vn.civic.signature.keys.SigningKeyStore;

/**
 * The offline revocation list of signing certificates (decision 0030, addendum to 0019): an administrator revokes a
 * certificate by its issuer (one of the trust anchors) and serial number, or uploads a CRL file that one of the trust
 * anchors signed; validation and signing look certificates up here. Nothing is fetched from the network.
 */
@Service
public class CertificateRevocations implements RevocationCheck {

    static final String MANUAL = "MANUAL";
    static final String FROM_CRL = "CRL";
    public static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;
    private final SigningKeyStore keys;
    private final AuditLog audit;
    private final Clock clock;

    CertificateRevocations(JdbcClient jdbc, SigningKeyStore keys, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    /** A CA a certificate may be revoked under: a trust anchor. */
    public record Issuer(String distinguishedName, String name) {}

    /** What an uploaded CRL changed. */
    public record CrlImport(long crlId, String issuerName, int entries, int added) {}

    /** The trust anchors, the issuers an administrator may revoke a certificate of. */
    public List<Issuer> issuers() {
        Map<String, Issuer> issuers = new LinkedHashMap<>();
        for (X509Certificate anchor : keys.anchors()) {
            X500Principal subject = anchor.getSubjectX500Principal();
            issuers.putIfAbsent(canonical(subject), new Issuer(canonical(subject), readable(subject)));
        }
        return List.copyOf(issuers.values());
    }

    /** The revocation of this certificate, if it is in the list. */
    public Optional<Revocation> find(X509Certificate certificate) {
        return find(canonical(certificate.getIssuerX500Principal()), serial(certificate.getSerialNumber()));
    }

    @Override
    public Optional<Revocation> revokedIn(List<X509Certificate> chain, Instant signedAt) {
        for (X509Certificate certificate : chain) {
            if (keys.anchors().contains(certificate)) {
                continue;
            }
            Optional<Revocation> revocation = find(certificate).filter(r -> r.affects(signedAt));
            if (revocation.isPresent()) {
                return revocation;
            }
        }
        return Optional.empty();
    }

    /** One page (from 0) of the list, the latest first. */
    public List<Revocation> page(int page) {
        return jdbc.sql(SELECT + " order by recorded_at desc, id desc offset :offset rows fetch first :limit rows only")
                .param("offset", (long) Math.max(0, page) * PAGE_SIZE)
                .param("limit", PAGE_SIZE + 1)
                .query(CertificateRevocations::revocation)
                .list();
    }

    /**
     * Revokes a certificate from now on, audited.
     *
     * @param issuer the canonical distinguished name of one of {@link #issuers()}
     * @param serialNumber hexadecimal, with or without spaces or colons
     * @param reason a {@link CRLReason} name
     */
    @Transactional
    public Revocation revoke(String issuer, String serialNumber, String reason, String note) {
        Issuer known = issuers().stream()
                .filter(i -> i.distinguishedName().equals(issuer))
                .findFirst()
                .orElseThrow(() -> SignatureError.ISSUER_UNKNOWN.on("issuer"));
        String serial = parseSerial(serialNumber);
        CRLReason why = parseReason(reason);
        if (find(known.distinguishedName(), serial).isPresent()) {
            throw SignatureError.ALREADY_REVOKED.on("serialNumber", serial);
        }
        String trimmedNote = note == null || note.isBlank() ? null : note.strip();
        if (trimmedNote != null && trimmedNote.length() > 500) {
            throw InvalidInputException.field("note", "size");
        }
        try {
            insert(known.distinguishedName(), known.name(), serial, clock.instant(), why, trimmedNote, MANUAL, null);
        } catch (DuplicateKeyException revokedMeanwhile) {
            throw SignatureError.ALREADY_REVOKED.on("serialNumber", serial);
        }
        Revocation revocation = find(known.distinguishedName(), serial).orElseThrow();
        audit.record(AuditRecord.change(
                "signature.certificate_revoked",
                "signing_certificate",
                revocation.id(),
                null,
                "issuer=" + known.name() + ", serial=" + serial + ", reason=" + why.name()));
        return revocation;
    }

    /**
     * Reads a CRL (DER or PEM) that one of the trust anchors signed and adds the certificates it lists that are not
     * yet in the list, audited; all or nothing.
     */
    @Transactional
    public CrlImport importCrl(String fileName, byte[] content) {
        X509CRL crl = parseCrl(content);
        X509Certificate signer = keys.anchors().stream()
                .filter(a -> a.getSubjectX500Principal().equals(crl.getIssuerX500Principal()))
                .filter(a -> verifies(crl, a))
                .findFirst()
                .orElseThrow(() -> SignatureError.CRL_UNTRUSTED.on("file"));
        String issuerDn = canonical(signer.getSubjectX500Principal());
        String issuerName = readable(signer.getSubjectX500Principal());
        Collection<? extends X509CRLEntry> entries =
                crl.getRevokedCertificates() == null ? List.of() : crl.getRevokedCertificates();
        org.springframework.jdbc.support.GeneratedKeyHolder key =
                new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into signature_crl (issuer_dn, issuer_name, crl_number, this_update, next_update,"
                        + " entry_count, sha256, file_name, uploaded_at, uploaded_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        issuerDn,
                        issuerName,
                        crlNumber(crl),
                        Timestamp.from(crl.getThisUpdate().toInstant()),
                        crl.getNextUpdate() == null
                                ? null
                                : Timestamp.from(crl.getNextUpdate().toInstant()),
                        entries.size(),
                        sha256(content),
                        fileName == null ? null : truncate(fileName, 255),
                        Timestamp.from(clock.instant()),
                        actorId())
                .update(key, "id");
        long crlId = key.getKey().longValue();
        int added = 0;
        for (X509CRLEntry entry : entries) {
            X500Principal entryIssuer =
                    entry.getCertificateIssuer() == null ? crl.getIssuerX500Principal() : entry.getCertificateIssuer();
            String dn = canonical(entryIssuer);
            String serial = serial(entry.getSerialNumber());
            if (find(dn, serial).isPresent()) {
                continue;
            }
            CRLReason reason =
                    entry.getRevocationReason() == null ? CRLReason.UNSPECIFIED : entry.getRevocationReason();
            if (reason == CRLReason.REMOVE_FROM_CRL) {
                continue;
            }
            insert(
                    dn,
                    readable(entryIssuer),
                    serial,
                    entry.getRevocationDate().toInstant(),
                    reason,
                    null,
                    FROM_CRL,
                    crlId);
            added++;
        }
        audit.record(AuditRecord.change(
                "signature.crl_imported",
                "signature_crl",
                crlId,
                null,
                "issuer=" + issuerName + ", entries=" + entries.size() + ", added=" + added + ", sha256="
                        + sha256(content)));
        return new CrlImport(crlId, issuerName, entries.size(), added);
    }

    // ---- storage

    private static final String SELECT = "select id, issuer_name, serial_number, revoked_at, reason, note, source,"
            + " recorded_at, recorded_by from signature_revocation";

    private Optional<Revocation> find(String issuerDn, String serial) {
        return jdbc.sql(SELECT + " where issuer_dn = :issuer and serial_number = :serial")
                .param("issuer", issuerDn)
                .param("serial", serial)
                .query(CertificateRevocations::revocation)
                .optional();
    }

    private void insert(
            String issuerDn,
            String issuerName,
            String serial,
            Instant revokedAt,
            CRLReason reason,
            String note,
            String source,
            Long crlId) {
        jdbc.sql("insert into signature_revocation (issuer_dn, issuer_name, serial_number, revoked_at, reason, note,"
                        + " source, crl_id, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        issuerDn,
                        truncate(issuerName, 1000),
                        serial,
                        Timestamp.from(revokedAt),
                        reason.name(),
                        note,
                        source,
                        crlId,
                        Timestamp.from(clock.instant()),
                        actorId())
                .update();
    }

    private static Revocation revocation(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Revocation(
                rs.getLong("id"),
                rs.getString("issuer_name"),
                rs.getString("serial_number"),
                rs.getObject("revoked_at", OffsetDateTime.class).toInstant(),
                rs.getString("reason"),
                rs.getString("note"),
                rs.getString("source"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("recorded_by"));
    }

    // ---- parsing

    private static X509CRL parseCrl(byte[] content) {
        Collection<? extends java.security.cert.CRL> crls;
        try {
            // the JDK's factory reads DER and PEM ("-----BEGIN X509 CRL-----") alike
            crls = content == null || content.length == 0
                    ? List.of()
                    : CertificateFactory.getInstance("X.509").generateCRLs(new ByteArrayInputStream(content));
        } catch (CRLException | java.security.cert.CertificateException | RuntimeException e) {
            crls = List.of();
        }
        if (crls.size() != 1 || !(crls.iterator().next() instanceof X509CRL crl)) {
            throw SignatureError.CRL_UNREADABLE.on("file");
        }
        return crl;
    }

    private static boolean verifies(X509CRL crl, X509Certificate issuer) {
        try {
            crl.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String crlNumber(X509CRL crl) {
        byte[] extension = crl.getExtensionValue(Extension.cRLNumber.getId());
        if (extension == null) {
            return null;
        }
        try {
            ASN1Primitive value = ASN1Primitive.fromByteArray(
                    ASN1OctetString.getInstance(extension).getOctets());
            return ASN1Integer.getInstance(value).getValue().toString();
        } catch (java.io.IOException | IllegalArgumentException e) {
            return null;
        }
    }

    static String parseSerial(String value) {
        String hex = value == null ? "" : value.replaceAll("[\\s:]", "").toLowerCase(Locale.ROOT);
        if (hex.startsWith("0x")) {
            hex = hex.substring(2);
        }
        if (hex.isEmpty() || hex.length() > 64 || !hex.matches("[0-9a-f]+")) {
            throw SignatureError.SERIAL_INVALID.on("serialNumber");
        }
        return serial(new BigInteger(hex, 16));
    }

    private static CRLReason parseReason(String reason) {
        try {
            CRLReason parsed = CRLReason.valueOf(reason == null ? "" : reason);
            if (parsed == CRLReason.REMOVE_FROM_CRL) {
                throw InvalidInputException.field("reason", "invalid");
            }
            return parsed;
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("reason", "invalid");
        }
    }

    /** The reasons an administrator may give, in RFC 5280's order. */
    public static List<CRLReason> reasons() {
        return java.util.Arrays.stream(CRLReason.values())
                .filter(r -> r != CRLReason.REMOVE_FROM_CRL && r != CRLReason.UNUSED)
                .toList();
    }

    static String serial(BigInteger serial) {
        return serial.toString(16);
    }

    static String canonical(X500Principal name) {
        return name.getName(X500Principal.CANONICAL);
    }

    private static String readable(X500Principal name) {
        return name.getName(X500Principal.RFC2253);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String truncate(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }

    private static String actorId() {
        return CurrentActor.get().map(Actor::actorId).orElse("system");
    }
}
