package vn.civic.feedback.category;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.civic.feedback.AttributeDatatype;
import vn.civic.feedback.CategoryGroup;
import vn.civic.feedback.FeedbackAttribute;
import vn.civic.feedback.FeedbackCategories;
import vn.civic.feedback.FeedbackCategory;
import vn.civic.platform.cache.ReferenceCache;
import vn.civic.platform.cache.ReferenceCaches;

/**
 * The categories from {@code feedback_category} with their attributes and values, read whole in three queries and kept
 * for a minute as reference data (decision 0017): they are few and change with a migration.
 */
@Service
public class StoredFeedbackCategories implements FeedbackCategories {

    private final JdbcClient jdbc;
    private final ReferenceCache<String, List<FeedbackCategory>> cache;

    StoredFeedbackCategories(JdbcClient jdbc, ReferenceCaches caches) {
        this.jdbc = jdbc;
        this.cache = caches.create(Duration.ofMinutes(1), 1);
    }

    /** Every category, active or not, by code. */
    public Map<String, FeedbackCategory> byCode() {
        Map<String, FeedbackCategory> byCode = new LinkedHashMap<>();
        all().forEach(c -> byCode.put(c.code(), c));
        return byCode;
    }

    @Override
    public List<FeedbackCategory> active() {
        return all().stream().filter(FeedbackCategory::active).toList();
    }

    @Override
    public Optional<FeedbackCategory> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return all().stream().filter(c -> c.code().equals(code.strip())).findFirst();
    }

    /** Every category, active or not, in their order. */
    public List<FeedbackCategory> all() {
        return cache.get("all", k -> load());
    }

    private List<FeedbackCategory> load() {
        Map<Long, List<FeedbackAttribute.Value>> values = new LinkedHashMap<>();
        jdbc.sql("select attribute_id, value_key, name_vi, name_en from feedback_attribute_value"
                        + " order by attribute_id, value_order")
                .query(rs -> {
                    values.computeIfAbsent(rs.getLong("attribute_id"), k -> new ArrayList<>())
                            .add(new FeedbackAttribute.Value(
                                    rs.getString("value_key"), rs.getString("name_vi"), rs.getString("name_en")));
                });
        Map<String, List<FeedbackAttribute>> attributes = new LinkedHashMap<>();
        jdbc.sql("select id, category_code, code, datatype, required, attribute_order, description_vi, description_en"
                        + " from feedback_attribute order by category_code, attribute_order")
                .query(rs -> {
                    attributes
                            .computeIfAbsent(rs.getString("category_code"), k -> new ArrayList<>())
                            .add(new FeedbackAttribute(
                                    rs.getString("code"),
                                    AttributeDatatype.valueOf(rs.getString("datatype")),
                                    rs.getBoolean("required"),
                                    rs.getInt("attribute_order"),
                                    rs.getString("description_vi"),
                                    rs.getString("description_en"),
                                    values.getOrDefault(rs.getLong("id"), List.of())));
                });
        return jdbc
                .sql("select * from feedback_category order by sort_order, code")
                .query((rs, n) -> new FeedbackCategory(
                        rs.getString("code"),
                        rs.getString("name_vi"),
                        rs.getString("name_en"),
                        rs.getString("description_vi"),
                        rs.getString("description_en"),
                        CategoryGroup.valueOf(rs.getString("category_group")),
                        keywords(rs.getString("keywords")),
                        rs.getBoolean("anonymous_allowed"),
                        rs.getBoolean("location_required"),
                        (Integer) rs.getObject("resolve_working_days", Integer.class),
                        rs.getBoolean("active"),
                        attributes.getOrDefault(rs.getString("code"), List.of())))
                .list()
                .stream()
                .toList();
    }

    private static List<String> keywords(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
