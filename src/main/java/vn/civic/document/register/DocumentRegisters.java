package vn.civic.document.register;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.document.DocumentAccess;
import vn.civic.document.DocumentKind;
import vn.civic.document.DocumentTypeView;
import vn.civic.document.DocumentTypes;
import vn.civic.org.AgencyView;
import vn.civic.org.DepartmentView;
import vn.civic.org.OrgDirectory;
import vn.civic.platform.security.Actor;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.time.CivicTime;

/**
 * The incoming and outgoing registers (sổ đăng ký văn bản đến, đi; Decree 30/2020 Appendix IV) of the caller's own
 * agency, read from the document tables: an incoming document is in its register once it has an incoming number, an
 * outgoing one once it has an outgoing number. The ordinary register lists the agency's non-confidential documents;
 * the confidential register lists only the confidential documents the caller is named on ({@link DocumentAccess},
 * decision 0030). Entries are ordered by number.
 */
@Service
public class DocumentRegisters {

    /** Lines a printed or exported register holds at most. */
    public static final int MAX_ENTRIES = 5000;

    public static final int PAGE_SIZE = 50;

    private static final String INCOMING = """
            select d.id, d.incoming_number as number, d.received_at, d.author, d.number_symbol, d.document_date,
                   d.type_code, d.summary, d.recipient, d.recipient_department_id, d.notes
            from incoming_document d
            where d.agency_id = :agency and d.register_year = :year and d.confidential = :confidential
              and d.incoming_number is not null
            """;

    private static final String OUTGOING = """
            select d.id, d.outgoing_number as number, d.number_symbol, d.issued_date, d.type_code, d.summary,
                   d.signer_name, d.file_copy_keeper, d.copies, d.notes
            from outgoing_document d
            where d.agency_id = :agency and d.register_year = :year and d.confidential = :confidential
              and d.outgoing_number is not null
            """;

    private final JdbcClient jdbc;
    private final DocumentTypes types;
    private final OrgDirectory org;

    DocumentRegisters(JdbcClient jdbc, DocumentTypes types, OrgDirectory org) {
        this.jdbc = jdbc;
        this.types = types;
        this.org = org;
    }

    /** One page (from 0) of the caller's agency's register. */
    @Transactional(readOnly = true)
    public RegisterPage page(RegisterQuery query, int page) {
        int safePage = Math.max(0, page);
        List<RegisterEntry> entries = entries(query, callerAgency(), (long) safePage * PAGE_SIZE, PAGE_SIZE + 1);
        boolean hasNext = entries.size() > PAGE_SIZE;
        return new RegisterPage(query, hasNext ? entries.subList(0, PAGE_SIZE) : entries, safePage, hasNext);
    }

    /** The whole register of the caller's agency (up to {@link #MAX_ENTRIES} lines), to print or export. */
    @Transactional(readOnly = true)
    public Register register(RegisterQuery query) {
        long agencyId = callerAgency();
        List<RegisterEntry> entries = entries(query, agencyId, 0, MAX_ENTRIES + 1);
        boolean truncated = entries.size() > MAX_ENTRIES;
        AgencyView agency = org.findAgency(agencyId).orElseThrow();
        String governing = agency.parentId() == null
                ? ""
                : org.findAgency(agency.parentId()).map(AgencyView::name).orElse("");
        return new Register(
                query, governing, agency.name(), truncated ? entries.subList(0, MAX_ENTRIES) : entries, truncated);
    }

    private static long callerAgency() {
        return CurrentActor.get()
                .map(Actor::agencyId)
                .orElseThrow(() -> new AccessDeniedException("Not an official of an agency"));
    }

    private List<RegisterEntry> entries(RegisterQuery query, long agencyId, long offset, int limit) {
        boolean incoming = query.kind() == DocumentKind.INCOMING;
        StringBuilder sql = new StringBuilder(incoming ? INCOMING : OUTGOING);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("agency", agencyId);
        params.put("year", query.year());
        params.put("confidential", query.confidential());
        if (query.confidential()) {
            // only the confidential documents the caller is named on (decision 0025: nobody else reads them)
            Optional<Long> account = CurrentActor.get().flatMap(DocumentAccess::accountId);
            if (account.isEmpty()) {
                return List.of();
            }
            sql.append(" and exists (select 1 from document_access a where a.document_kind = :kind"
                    + " and a.document_id = d.id and a.account_id = :account)");
            params.put("kind", query.kind().name());
            params.put("account", account.get());
        }
        if (incoming) {
            if (query.from() != null) {
                sql.append(" and d.received_at >= :start");
                params.put("start", startOf(query.from()));
            }
            if (query.to() != null) {
                sql.append(" and d.received_at < :end");
                params.put("end", startOf(query.to().plusDays(1)));
            }
        } else {
            if (query.from() != null) {
                sql.append(" and d.issued_date >= :start");
                params.put("start", query.from());
            }
            if (query.to() != null) {
                sql.append(" and d.issued_date <= :end");
                params.put("end", query.to());
            }
        }
        String number = incoming ? "d.incoming_number" : "d.outgoing_number";
        if (query.numberFrom() != null) {
            sql.append(" and ").append(number).append(" >= :numberFrom");
            params.put("numberFrom", query.numberFrom());
        }
        if (query.numberTo() != null) {
            sql.append(" and ").append(number).append(" <= :numberTo");
            params.put("numberTo", query.numberTo());
        }
        if (query.typeCode() != null) {
            sql.append(" and d.type_code = :type");
            params.put("type", query.typeCode());
        }
        if (query.party() != null) {
            sql.append(
                    incoming
                            ? " and lower(d.author) like lower(:party) escape '\\'"
                            : " and exists (select 1 from outgoing_recipient r where r.document_id = d.id"
                                    + " and lower(r.name) like lower(:party) escape '\\')");
            params.put("party", contains(query.party()));
        }
        if (query.summary() != null) {
            sql.append(" and lower(d.summary) like lower(:summary) escape '\\'");
            params.put("summary", contains(query.summary()));
        }
        sql.append(" order by ").append(number).append(" offset :offset rows fetch first :limit rows only");
        params.put("offset", offset);
        params.put("limit", limit);
        Map<Long, String> departments = new HashMap<>();
        List<RegisterEntry> entries = new ArrayList<>();
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            String typeAndSummary = typeAndSummary(rs.getString("type_code"), rs.getString("summary"));
            if (incoming) {
                OffsetDateTime received = rs.getObject("received_at", OffsetDateTime.class);
                String receiver = rs.getString("recipient");
                long department = rs.getLong("recipient_department_id");
                if ((receiver == null || receiver.isBlank()) && !rs.wasNull()) {
                    receiver = departments.computeIfAbsent(
                            department,
                            id -> org.findDepartment(id)
                                    .map(DepartmentView::name)
                                    .orElse(null));
                }
                entries.add(new RegisterEntry(
                        rs.getLong("id"),
                        rs.getLong("number"),
                        received.atZoneSameInstant(CivicTime.ZONE).toLocalDate(),
                        rs.getString("author"),
                        rs.getString("number_symbol"),
                        rs.getObject("document_date", LocalDate.class),
                        typeAndSummary,
                        receiver,
                        null,
                        null,
                        null,
                        null,
                        rs.getString("notes")));
            } else {
                int copies = rs.getInt("copies");
                entries.add(new RegisterEntry(
                        rs.getLong("id"),
                        rs.getLong("number"),
                        null,
                        null,
                        rs.getString("number_symbol"),
                        rs.getObject("issued_date", LocalDate.class),
                        typeAndSummary,
                        null,
                        rs.getString("signer_name"),
                        null,
                        rs.getString("file_copy_keeper"),
                        rs.wasNull() ? null : copies,
                        rs.getString("notes")));
            }
        });
        return incoming || entries.isEmpty() ? entries : withRecipients(entries);
    }

    /** The outgoing entries with their recipients (nơi nhận), in the order they were named. */
    private List<RegisterEntry> withRecipients(List<RegisterEntry> entries) {
        Map<Long, List<String>> names = new HashMap<>();
        jdbc.sql("select document_id, name from outgoing_recipient where document_id in (:ids) order by id")
                .param("ids", entries.stream().map(RegisterEntry::documentId).toList())
                .query(rs -> {
                    names.computeIfAbsent(rs.getLong("document_id"), id -> new ArrayList<>())
                            .add(rs.getString("name"));
                });
        return entries.stream()
                .map(e -> new RegisterEntry(
                        e.documentId(),
                        e.number(),
                        e.receivedDate(),
                        e.author(),
                        e.numberSymbol(),
                        e.documentDate(),
                        e.typeAndSummary(),
                        e.receiver(),
                        e.signer(),
                        String.join("; ", names.getOrDefault(e.documentId(), List.of())),
                        e.fileCopyKeeper(),
                        e.copies(),
                        e.notes()))
                .toList();
    }

    /** "Quyết định về việc ...": the type's Vietnamese name before the summary, unless the summary starts with it. */
    private String typeAndSummary(String typeCode, String summary) {
        String name = types.find(typeCode).map(DocumentTypeView::nameVi).orElse("");
        if (name.isEmpty() || summary.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT))) {
            return summary;
        }
        return name + " " + summary;
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(CivicTime.ZONE).toInstant().atOffset(ZoneOffset.UTC);
    }

    /** A {@code like} pattern (lowered by the database, like the column) that finds the text anywhere, its own {@code %} and {@code _} taken literally. */
    private static String contains(String text) {
        String escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
