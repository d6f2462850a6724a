package vn.civic.bench;

import static vn.civic.bench.Generators.row;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills the benchmark's database with a year of past dossiers before the scenarios run, so that the status look-up and
 * the submission meet tables of a realistic size: {@code --dossiers} (200,000) dossiers over the {@code --days} (365)
 * days before today, at the People's Committees of Hà Nội's wards in the demo city, for the active ward-level
 * procedures whose steps all stay at the receiving agency. Each dossier has its steps, its progress entries, its agency
 * row and a life that fits its age (most returned; recent ones still at reception or in processing; some refused,
 * withdrawn or stopped), as the dossier module would have written it; for the statistics also a fee on some (paid
 * online or not), the electronic result of most finished ones, and the filing's components (files, or paper copies
 * the counter kept on paper). {@code --dossiers 1000000} is a year of a city's dossiers for the statistics scenarios.
 *
 * <p>Codes follow the default pattern {@code {agency}-{date:yyMMdd}-{seq:4}}, numbered per agency and day with the
 * day's counter row, on past days only: today's counter, the one the application increments, is never touched. Rows
 * go in with {@code COPY} (ids of the dossiers from a block reserved on their identity sequence), one transaction per
 * 10,000 dossiers. Writes {@code --codes} a CSV (code, factor) of a random sample for the status look-up.
 *
 * <p>Needs the application's schema and the demo city: run.sh calls it once the application is up.
 */
public final class DossierData {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter CODE_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    static final int CHUNK = 10_000;
    static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"};
    static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Thu", "Đức", "Ngọc", "Quang", "Thanh", "Hải", "Bảo"};
    static final String[] GIVEN = {
        "An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hùng", "Lan", "Long", "Mai", "Nam", "Phương"
    };
    static final String[] STREETS = {"Hàng Bạc", "Hàng Đào", "Tràng Tiền", "Lý Thái Tổ", "Đinh Tiên Hoàng", "Hàng Gai"};

    record Ward(long id, String code, String name) {}

    record Step(int order, String kind, String name, String departmentCode, BigDecimal workingDays) {}

    record Procedure(
            long id, long versionId, String code, String name, BigDecimal amount, String unit, List<Step> steps) {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Generators.options(
                args,
                Map.of("--dossiers", "200000", "--days", "365", "--sample", "10000"),
                "DossierData --url jdbc:postgresql://host/db --codes codes.csv"
                        + " [--user u] [--password p] [--dossiers 200000] [--days 365] [--sample 10000]",
                "--url",
                "--codes");
        long started = System.nanoTime();
        int total = Integer.parseInt(options.get("--dossiers"));
        int days = Integer.parseInt(options.get("--days"));
        try (Connection c =
                DriverManager.getConnection(options.get("--url"), options.get("--user"), options.get("--password"))) {
            DossierData data = new DossierData(c, new Random(26));
            List<String[]> sample = data.generate(total, days, Integer.parseInt(options.get("--sample")));
            StringBuilder csv = new StringBuilder("code,factor\n");
            sample.forEach(row -> csv.append(row[0]).append(',').append(row[1]).append('\n'));
            Files.writeString(Path.of(options.get("--codes")), csv);
            System.out.printf(
                    Locale.ROOT,
                    "{\"dossiers\":%d,\"wards\":%d,\"procedures\":%d,\"rows\":%d,\"seconds\":%.1f}%n",
                    total,
                    data.wards.size(),
                    data.procedures.size(),
                    data.rows,
                    (System.nanoTime() - started) / 1e9);
        }
    }

    private final Connection connection;
    private final CopyManager copy;
    private final Random random;
    private final List<Ward> wards = new ArrayList<>();
    private final List<Procedure> procedures = new ArrayList<>();
    private final Map<String, Long> departments = new HashMap<>();
    private final Map<String, Integer> counters = new LinkedHashMap<>();
    private long rows;

    private DossierData(Connection connection, Random random) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.random = random;
        load();
    }

    private void load() throws SQLException {
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery("""
                    select a.id, a.code, a.name from agency a
                    join admin_unit u on u.id = a.admin_unit_id join admin_level l on l.id = u.level_id
                    where a.kind = 'PEOPLES_COMMITTEE' and a.active and l.code = 'COMMUNE' and a.code like '%.H26'
                    order by a.code""")) {
                while (rs.next()) {
                    wards.add(new Ward(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            try (ResultSet rs = s.executeQuery("select agency_id, code, id from department where active")) {
                while (rs.next()) {
                    departments.put(rs.getLong(1) + "/" + rs.getString(2), rs.getLong(3));
                }
            }
            // the current version's document: its steps and the time limit at the counter
            try (ResultSet rs = s.executeQuery("""
                    select p.id, v.id, p.code, p.name, st.value ->> 'order', st.value ->> 'kind', st.value ->> 'name',
                           st.value ->> 'target', st.value ->> 'departmentCode', st.value ->> 'workingDays',
                           (select ch.value -> 'time' ->> 'amount' from jsonb_array_elements(d.doc -> 'channels') ch
                            where ch.value ->> 'channel' = 'IN_PERSON'),
                           (select ch.value -> 'time' ->> 'unit' from jsonb_array_elements(d.doc -> 'channels') ch
                            where ch.value ->> 'channel' = 'IN_PERSON')
                    from procedure p join procedure_version v on v.id = p.current_version_id
                    cross join lateral (select cast(v.document as jsonb) as doc) d
                    cross join lateral jsonb_array_elements(d.doc -> 'steps') st
                    where p.status = 'ACTIVE' and p.level_code = 'COMMUNE' and p.agency_codes = ''
                      and d.doc -> 'applicants' ? 'CITIZEN'
                    order by p.code, (st.value ->> 'order')::int""")) {
                Map<Long, List<Object[]>> byProcedure = new LinkedHashMap<>();
                while (rs.next()) {
                    byProcedure
                            .computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new Object[] {
                                rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6),
                                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                                rs.getString(12)
                            });
                }
                byProcedure.forEach((id, stepRows) -> {
                    if (stepRows.stream().anyMatch(r -> !"RECEIVING".equals(r[6]) || r[9] == null)) {
                        return; // a step at another agency, or no counter channel: left to the real tests
                    }
                    Object[] first = stepRows.getFirst();
                    procedures.add(new Procedure(
                            id,
                            (Long) first[0],
                            (String) first[1],
                            (String) first[2],
                            new BigDecimal((String) first[9]),
                            (String) first[10],
                            stepRows.stream()
                                    .map(r -> new Step(
                                            (Integer) r[3],
                                            (String) r[4],
                                            (String) r[5],
                                            (String) r[7],
                                            new BigDecimal((String) r[8])))
                                    .toList()));
                });
            }
        }
        if (wards.isEmpty() || procedures.isEmpty()) {
            throw new IllegalStateException("No Hà Nội ward or no ward procedure: is the demo city loaded?");
        }
    }

    private List<String[]> generate(int total, int days, int sampleSize) throws SQLException, IOException {
        LocalDate today = LocalDate.now(ZONE);
        // weekdays take the load, Saturday mornings a little (many one-stop offices open then), Sundays nothing
        List<LocalDate> slots = new ArrayList<>();
        for (LocalDate day = today.minusDays(days); day.isBefore(today); day = day.plusDays(1)) {
            int weight = day.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : day.getDayOfWeek() == DayOfWeek.SATURDAY ? 1 : 5;
            for (int i = 0; i < weight; i++) {
                slots.add(day);
            }
        }
        Instant now = Instant.now();
        long firstId = reserveIds(total);
        List<String[]> sample = new ArrayList<>();
        double sampleRate = Math.min(1.0, sampleSize / (double) total);
        connection.setAutoCommit(false);
        for (int start = 0; start < total; start += CHUNK) {
            Tables tables = new Tables();
            for (int i = start; i < Math.min(total, start + CHUNK); i++) {
                String[] tracked = dossier(tables, firstId + i, slots.get(random.nextInt(slots.size())), now);
                if (random.nextDouble() < sampleRate) {
                    sample.add(tracked);
                }
            }
            tables.copyInto(this);
            connection.commit();
        }
        StringBuilder counterRows = new StringBuilder();
        counters.forEach((key, value) ->
                counterRows.append(key).append('\t').append(value).append('\n'));
        copy("dossier_code_counter (agency_id, counter_day, last_value)", counterRows);
        connection.commit();
        connection.setAutoCommit(true);
        try (Statement s = connection.createStatement()) {
            for (String table :
                    List.of("dossier", "dossier_step", "dossier_history", "dossier_agency", "dossier_attachment")) {
                s.execute("analyze " + table);
            }
        }
        Collections.shuffle(sample, random);
        return sample;
    }

    /** A block of dossier ids taken from the identity sequence, so the application's next ids follow it. */
    private long reserveIds(int count) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select nextval(pg_get_serial_sequence('dossier', 'id'))")) {
            rs.next();
            long first = rs.getLong(1);
            s.execute("select setval(pg_get_serial_sequence('dossier', 'id'), " + (first + count - 1) + ")");
            return first;
        }
    }

    /** The rows of one chunk, in COPY's text format. */
    private static final class Tables {
        final StringBuilder dossiers = new StringBuilder();
        final StringBuilder steps = new StringBuilder();
        final StringBuilder history = new StringBuilder();
        final StringBuilder agencies = new StringBuilder();
        final StringBuilder attachments = new StringBuilder();

        void copyInto(DossierData data) throws SQLException, IOException {
            data.copy(
                    "dossier (id, code, procedure_id, procedure_version_id, procedure_code, procedure_name,"
                            + " applicant_account_id, applicant_kind, applicant_name, applicant_search,"
                            + " applicant_id_number, applicant_phone, applicant_email, channel, receiving_agency_id,"
                            + " status, status_before_supplement, form_data, time_limit_amount, time_limit_unit,"
                            + " submitted_at, accepted_at, due_at, clock_stopped_at, stopped_seconds, finished_at,"
                            + " returned_at, closed_at, closing_reason, current_step_order, current_agency_id,"
                            + " current_step_kind, current_assignee_id, rating, rating_comment, submitted_by,"
                            + " idempotency_owner, idempotency_key, version, fee_amount, paid_at, paid_online,"
                            + " e_result_issued_at, digitised)",
                    dossiers);
            data.copy(
                    "dossier_attachment (dossier_id, purpose, document_code, round, paper, file_name, content_type,"
                            + " size_bytes, sha256, storage_key, added_at, added_by)",
                    attachments);
            data.copy("dossier_agency (dossier_id, agency_id)", agencies);
            data.copy(
                    "dossier_step (dossier_id, step_order, kind, name, agency_id, department_id,"
                            + " assignee_account_id, working_days, started_at, due_at, finished_at)",
                    steps);
            data.copy(
                    "dossier_history (dossier_id, actor_id, actor_name, at, agency_id, agency_name, step_name,"
                            + " action, note, status, step_started_at, step_due_at)",
                    history);
        }
    }

    private void copy(String target, StringBuilder rows) throws SQLException, IOException {
        copy.copyIn("copy " + target + " from stdin", new StringReader(rows.toString()));
        rows.chars().filter(ch -> ch == '\n').forEach(ch -> this.rows++);
    }

    /** One dossier, its life up to now; answers its code and factor (last 4 digits of the ID number). */
    private String[] dossier(Tables out, long id, LocalDate day, Instant now) {
        Ward ward = wards.get(random.nextInt(wards.size()));
        Procedure procedure = procedures.get(random.nextInt(procedures.size()));
        String counterKey = ward.id() + "\t" + day;
        int sequence = counters.merge(counterKey, 1, Integer::sum);
        if (sequence > 9999) { // the pattern's {seq:4}
            throw new IllegalStateException("More than 9,999 dossiers a day at " + ward.code());
        }
        String code = ward.code() + "-" + CODE_DATE.format(day) + "-" + String.format(Locale.ROOT, "%04d", sequence);
        String name = pick(SURNAMES) + " " + pick(MIDDLE) + " " + pick(GIVEN);
        String idNumber = String.format(
                Locale.ROOT,
                "001%d%02d%06d",
                random.nextBoolean() ? 0 : 1,
                60 + random.nextInt(45),
                random.nextInt(1_000_000));
        String phone = "09" + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000));
        double channelDraw = random.nextDouble();
        String channel = channelDraw < 0.55 ? "ONLINE" : channelDraw < 0.95 ? "IN_PERSON" : "POST";
        boolean online = channel.equals("ONLINE");

        Life life = new Life(out, id, ward, procedure, now);
        Instant submitted = ZonedDateTime.of(day, LocalTime.of(7, 30).plusMinutes(random.nextInt(570)), ZONE)
                .toInstant();
        life.t = submitted;
        life.startStep(0);
        life.record(
                online ? "bench:applicant" : "bench:clerk", online ? name : "Cán bộ tiếp nhận", "submitted", null, 1);
        double fate = random.nextDouble();
        if (online && !life.elapse(2)) {
            // still waiting at the counter
        } else if (online && fate < 0.04) {
            life.finishStep();
            life.close(3, "bench:clerk", "Cán bộ tiếp nhận", "refused", "Hồ sơ không thuộc thẩm quyền giải quyết");
        } else {
            life.accept();
            for (int k = 1; k < procedure.steps().size() && life.status != 10; k++) {
                Step step = procedure.steps().get(k);
                if (step.kind().equals("RETURN")) {
                    if (life.elapse(24)) {
                        life.finishStep();
                        life.returnedAt = life.t;
                        life.leave();
                        life.status = 10;
                        life.record("bench:clerk", "Cán bộ trả kết quả", "returned", null, 10);
                    }
                    break;
                }
                if (fate > 0.96 && k == 1 && life.elapse(6)) {
                    if (fate > 0.98) {
                        life.close(7, "bench:applicant", name, "withdrawn", "Theo đề nghị của người nộp");
                    } else {
                        life.close(8, "bench:officer", "Chuyên viên", "stopped", "Người nộp không bổ sung hồ sơ");
                    }
                    break;
                }
                if (!life.elapse(step.workingDays().doubleValue() * 8)) {
                    break;
                }
                boolean approve = step.kind().equals("APPROVE");
                life.record(
                        approve ? "bench:leader" : "bench:officer",
                        approve ? "Lãnh đạo UBND" : "Chuyên viên",
                        approve ? "approved" : "forwarded",
                        null,
                        life.status);
                life.finishStep();
                if (k + 1 >= procedure.steps().size()
                        || procedure.steps().get(k + 1).kind().equals("RETURN")) {
                    life.finishedAt = life.t;
                    life.status = 9;
                    if (k + 1 < procedure.steps().size()) {
                        life.startStep(k + 1);
                    } else {
                        life.leave();
                    }
                    life.record(approve ? "bench:leader" : "bench:officer", "Hệ thống", "finished", null, 9);
                } else {
                    life.startStep(k + 1);
                    life.record("bench:officer", "Hệ thống", "step_started", null, 4);
                }
            }
        }
        Integer rating = life.status == 10 && random.nextInt(5) == 0 ? 3 + random.nextInt(3) : null;
        // what the statistics count besides the life: a fee on a third (paid online mostly when filed online), the
        // electronic result of most finished dossiers, the filing's components (a counter keeps some on paper)
        long fee = random.nextInt(3) == 0 ? 10_000L * (2 + random.nextInt(9)) : 0;
        boolean paidOnline = fee > 0 && life.acceptedAt != null && random.nextDouble() < (online ? 0.8 : 0.15);
        Instant paidAt = fee > 0 && life.acceptedAt != null ? life.acceptedAt : null;
        Instant eResult = life.finishedAt != null && random.nextDouble() < 0.7 ? life.finishedAt : null;
        int components = 1 + random.nextInt(3);
        boolean digitised = !online;
        for (int c = 0; c < components; c++) {
            boolean paper = !online && random.nextDouble() < 0.12;
            digitised &= !paper;
            row(
                    out.attachments,
                    id,
                    "SUBMITTED",
                    c == 0 ? "TK" : "GT" + c,
                    0,
                    paper,
                    paper ? null : "giay-to-" + c + ".pdf",
                    paper ? null : "application/pdf",
                    paper ? null : 120_000 + random.nextInt(400_000),
                    paper ? null : "0".repeat(64),
                    paper ? null : "bench/" + id + "/" + c,
                    submitted,
                    online ? name : "Cán bộ tiếp nhận");
        }
        String street = "số " + (1 + random.nextInt(120)) + " phố " + pick(STREETS);
        String form = "{\"applicantName\":\"" + name + "\",\"applicantId\":\"" + idNumber + "\",\"applicantPhone\":\""
                + phone + "\",\"applicantAddress\":\"" + ward.id() + "|" + street + "\"}";
        row(
                out.dossiers,
                id,
                code,
                procedure.id(),
                procedure.versionId(),
                procedure.code(),
                procedure.name(),
                null,
                "CITIZEN",
                name,
                fold(name),
                idNumber,
                phone,
                null,
                channel,
                ward.id(),
                life.status,
                null,
                form,
                procedure.amount(),
                procedure.unit(),
                submitted,
                life.acceptedAt,
                life.dueAt != null
                        ? life.dueAt
                        : addWorking(submitted, procedure.amount().doubleValue() * 8),
                null,
                0,
                life.finishedAt,
                life.returnedAt,
                life.closedAt,
                life.closingReason,
                life.current < 0 ? null : procedure.steps().get(life.current).order(),
                life.current < 0 ? null : ward.id(),
                life.current < 0 ? null : procedure.steps().get(life.current).kind(),
                null,
                rating,
                null,
                online ? "bench:applicant" : "bench:clerk",
                null,
                null,
                life.changes,
                fee,
                paidOnline ? paidAt : paidAt != null && random.nextBoolean() ? paidAt : null,
                paidOnline,
                eResult,
                digitised);
        row(out.agencies, id, ward.id());
        for (int k = 0; k < procedure.steps().size(); k++) {
            Step step = procedure.steps().get(k);
            row(
                    out.steps,
                    id,
                    step.order(),
                    step.kind(),
                    step.name(),
                    ward.id(),
                    step.departmentCode() == null ? null : departments.get(ward.id() + "/" + step.departmentCode()),
                    null,
                    step.workingDays(),
                    life.started[k],
                    life.due[k],
                    life.finished[k]);
        }
        return new String[] {code, idNumber.substring(idNumber.length() - 4)};
    }

    /** A dossier's progress from its submission: the clock, the status, the steps' times and the history rows. */
    private final class Life {
        final Tables out;
        final long id;
        final Ward ward;
        final Procedure procedure;
        final Instant now;
        final Instant[] started;
        final Instant[] due;
        final Instant[] finished;
        Instant t;
        int status = 1;
        int current = -1;
        int changes;
        Instant acceptedAt;
        Instant dueAt;
        Instant finishedAt;
        Instant returnedAt;
        Instant closedAt;
        String closingReason;

        Life(Tables out, long id, Ward ward, Procedure procedure, Instant now) {
            this.out = out;
            this.id = id;
            this.ward = ward;
            this.procedure = procedure;
            this.now = now;
            int n = procedure.steps().size();
            started = new Instant[n];
            due = new Instant[n];
            finished = new Instant[n];
        }

        /** Moves the clock on by up to about {@code hours} working hours; false when that would pass now. */
        boolean elapse(double hours) {
            Instant next = addWorking(t, Math.max(0.25, hours * (0.2 + random.nextDouble())));
            if (next.isAfter(now)) {
                return false;
            }
            t = next;
            return true;
        }

        void startStep(int k) {
            current = k;
            started[k] = t;
            BigDecimal days = procedure.steps().get(k).workingDays();
            due[k] = days.signum() > 0 ? addWorking(t, days.doubleValue() * 8) : null;
        }

        void finishStep() {
            finished[current] = t;
        }

        void leave() {
            current = -1;
        }

        void accept() {
            acceptedAt = t;
            dueAt = addWorking(
                    t, procedure.amount().doubleValue() * ("WORKING_HOURS".equals(procedure.unit()) ? 1 : 8));
            status = 2;
            record("bench:clerk", "Cán bộ tiếp nhận", "accepted", null, 2);
            finishStep();
            if (procedure.steps().size() > 1) {
                startStep(1);
                status = 4;
                record("bench:clerk", "Hệ thống", "step_started", null, 4);
            }
        }

        void close(int closedStatus, String actorId, String actorName, String action, String reason) {
            status = closedStatus;
            closedAt = t;
            closingReason = reason;
            record(actorId, actorName, action, reason, closedStatus);
            leave();
        }

        void record(String actorId, String actorName, String action, String note, int newStatus) {
            changes++;
            boolean staff = !actorId.equals("bench:applicant");
            Step step = current < 0 ? null : procedure.steps().get(current);
            row(
                    out.history,
                    id,
                    actorId,
                    actorName,
                    t,
                    staff ? ward.id() : null,
                    staff ? ward.name() : null,
                    step == null ? null : step.name(),
                    action,
                    note,
                    newStatus,
                    step == null ? null : started[current],
                    step == null ? null : due[current]);
        }
    }

    /** Working hours added within 7:30–16:30 on Monday to Friday (holidays ignored: bench data). */
    static Instant addWorking(Instant from, double hours) {
        ZonedDateTime t = from.atZone(ZONE);
        long minutes = Math.round(hours * 60);
        while (minutes > 0) {
            if (t.getDayOfWeek().getValue() >= 6 || !t.toLocalTime().isBefore(LocalTime.of(16, 30))) {
                t = t.plusDays(1).with(LocalTime.of(7, 30));
                continue;
            }
            if (t.toLocalTime().isBefore(LocalTime.of(7, 30))) {
                t = t.with(LocalTime.of(7, 30));
            }
            long left = java.time.Duration.between(t.toLocalTime(), LocalTime.of(16, 30))
                    .toMinutes();
            long step = Math.min(left, minutes);
            t = t.plusMinutes(step);
            minutes -= step;
        }
        return t.toInstant();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    static String fold(String text) {
        return Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }

    /** One line of COPY's text format: tab-separated, \N for null (no value here holds a tab or a line break). */
}
