package vn.civic.feedback.open311;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One Open311 answer before it is written: a tree with one XML form and one JSON form. The specification's JSON is "a
 * programmatic mapping of the XML format using the Spark convention": the root element is dropped, an element that
 * holds fields becomes an object, and a container of one repeated element becomes an array, even with a single item
 * or none. So {@code <services><service>…</service></services>} is {@code [{…}]}, and {@code
 * <service_definition><attributes><attribute>…} is {@code {"service_code": …, "attributes": [{…}]}}.
 *
 * @param root the XML root element's name
 * @param body the root's content: {@link Fields} (an object) or {@link Items} (an array)
 */
public record Open311Document(String root, Node body) {

    public Open311Document {
        Objects.requireNonNull(root);
        Objects.requireNonNull(body);
    }

    /** The content of an element: named fields, or repeated items. */
    public sealed interface Node permits Fields, Items {}

    /**
     * One named value: text ({@link String}), a boolean, a number ({@link BigDecimal}, {@link Long} or
     * {@link Integer}), {@code null} (an empty element, JSON {@code null}) or a nested {@link Node}.
     */
    public record Field(String name, Object value) {

        public Field {
            Objects.requireNonNull(name);
            if (value != null
                    && !(value instanceof String
                            || value instanceof Boolean
                            || value instanceof BigDecimal
                            || value instanceof Long
                            || value instanceof Integer
                            || value instanceof Node)) {
                throw new IllegalArgumentException("Open311 field " + name + " cannot hold a " + value.getClass());
            }
        }
    }

    /** An element holding named fields, in the order written. */
    public record Fields(List<Field> fields) implements Node {

        public Fields {
            fields = Collections.unmodifiableList(new ArrayList<>(fields));
        }

        public static Builder builder() {
            return new Builder();
        }

        public Object get(String name) {
            return fields.stream()
                    .filter(f -> f.name().equals(name))
                    .findFirst()
                    .map(Field::value)
                    .orElse(null);
        }
    }

    /** A container of one repeated element ({@code service}, {@code request}): an array in JSON. */
    public record Items(String itemName, List<?> items) implements Node {

        public Items {
            Objects.requireNonNull(itemName);
            items = Collections.unmodifiableList(new ArrayList<>(items));
            for (Object item : items) {
                new Field(itemName, item); // the same value rules as a field
            }
        }
    }

    /** Builds {@link Fields} in order. */
    public static final class Builder {

        private final List<Field> fields = new ArrayList<>();

        private Builder() {}

        public Builder add(String name, Object value) {
            fields.add(new Field(name, value));
            return this;
        }

        /** A decimal degree or other decimal, written in plain notation; {@code null} stays {@code null}. */
        public Builder decimal(String name, Double value) {
            return add(name, value == null ? null : BigDecimal.valueOf(value));
        }

        public Fields build() {
            return new Fields(fields);
        }
    }

    /** A document whose root holds repeated items: {@code services/service}, {@code service_requests/request}. */
    public static Open311Document list(String root, String itemName, List<?> items) {
        return new Open311Document(root, new Items(itemName, items));
    }
}
