package vn.civic.feedback.routing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The routing rules as stored, in the order they are tried. */
@Repository
public class RoutingRules {

    /** Lower priority first, then the more specific, then the older. */
    static final Comparator<RoutingRule> ORDER = Comparator.comparingInt(RoutingRule::priority)
            .thenComparing(Comparator.comparingInt(RoutingRule::specificity).reversed())
            .thenComparingLong(RoutingRule::id);

    private final JdbcClient jdbc;

    RoutingRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RoutingRule> all() {
        return jdbc
                .sql("select * from feedback_routing_rule")
                .query((rs, n) -> new RoutingRule(
                        rs.getLong("id"),
                        rs.getString("category_code"),
                        (Long) rs.getObject("admin_unit_id", Long.class),
                        rs.getString("admin_unit_name"),
                        RoutingTarget.valueOf(rs.getString("target")),
                        (Long) rs.getObject("agency_id", Long.class),
                        rs.getString("agency_name"),
                        rs.getInt("priority"),
                        rs.getString("note"),
                        rs.getTimestamp("created_at").toInstant()))
                .list()
                .stream()
                .sorted(ORDER)
                .toList();
    }

    public long add(
            String categoryCode,
            Long adminUnitId,
            String adminUnitName,
            RoutingTarget target,
            Long agencyId,
            String agencyName,
            int priority,
            String note,
            Instant at,
            String by) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into feedback_routing_rule (category_code, admin_unit_id, admin_unit_name, target,
                            agency_id, agency_name, priority, note, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        categoryCode,
                        adminUnitId,
                        adminUnitName,
                        target.name(),
                        agencyId,
                        agencyName,
                        priority,
                        note,
                        Timestamp.from(at),
                        by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public boolean delete(long id) {
        return jdbc.sql("delete from feedback_routing_rule where id = ?")
                        .param(id)
                        .update()
                > 0;
    }

    public long count() {
        return jdbc.sql("select count(*) from feedback_routing_rule")
                .query(Long.class)
                .single();
    }
}
