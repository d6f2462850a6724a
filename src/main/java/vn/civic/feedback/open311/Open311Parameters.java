package vn.civic.feedback.open311;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;

/**
 * The parameters of one Open311 call, read as the specification says: an optional argument passed empty is treated as
 * not passed; lists are comma-delimited and may also be declared several times; dates are W3C date-times; a request's
 * attributes come as {@code attribute[code]=value}, a multi-value list's as {@code attribute[code][]=value} repeated.
 */
public final class Open311Parameters {

    static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\[\\]]{1,100})\\](\\[\\])?");
    /** Longest single value read from a parameter (a description has its own, larger limit). */
    static final int MAX_VALUE_LENGTH = 1000;

    private final MultiValueMap<String, String> values;

    public Open311Parameters(MultiValueMap<String, String> values) {
        this.values = values;
    }

    /** The parameter's first non-blank value, stripped; empty when absent or blank. */
    public Optional<String> optional(String name) {
        List<String> all = values.get(name);
        if (all == null) {
            return Optional.empty();
        }
        return all.stream()
                .filter(v -> v != null && !v.isBlank())
                .map(String::strip)
                .findFirst();
    }

    /** Like {@link #optional(String)}, refused when longer than {@code maxLength}. */
    public Optional<String> optional(String name, int maxLength) {
        Optional<String> value = optional(name);
        if (value.isPresent() && value.get().length() > maxLength) {
            throw new Open311Exception(Open311Error.PARAMETER_TOO_LONG, name, maxLength);
        }
        return value;
    }

    /** Every value of a list parameter: comma-delimited, possibly repeated; blanks dropped, duplicates once. */
    public List<String> list(String name) {
        Set<String> items = new LinkedHashSet<>();
        for (String value : values.getOrDefault(name, List.of())) {
            if (value == null) {
                continue;
            }
            for (String item : value.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
        }
        return List.copyOf(items);
    }

    /** A W3C date-time parameter; refused with the specification's 400 when it is not one. */
    public Optional<Instant> date(String name) {
        Optional<String> value = optional(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(W3cDateTime.parse(value.get())
                .orElseThrow(() -> new Open311Exception(Open311Error.DATE_INVALID, name, value.get())));
    }

    /** A decimal parameter ({@code lat}, {@code long}); refused when not a finite number. */
    public Optional<Double> decimal(String name) {
        Optional<String> value = optional(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            double d = Double.parseDouble(value.get());
            if (Double.isFinite(d) && value.get().length() <= 40) {
                return Optional.of(d);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new Open311Exception(Open311Error.LAT_LONG_INVALID);
    }

    /**
     * The {@code jurisdiction_id}: when the endpoint names its jurisdiction, a request may name it (any case) or leave
     * it out; another value is answered 404.
     */
    public void checkJurisdiction(Open311Properties properties) {
        Optional<String> given = optional("jurisdiction_id");
        if (given.isPresent()
                && properties.hasJurisdiction()
                && !given.get().equalsIgnoreCase(properties.jurisdictionId())) {
            throw new Open311Exception(Open311Error.JURISDICTION_NOT_FOUND, given.get());
        }
    }

    /**
     * The {@code attribute[code]} values by code, in the order sent. {@code attribute[code][]} values accumulate (a
     * multi-value list); a plain {@code attribute[code]} sent twice keeps both too, and the category's rules decide.
     * Blank values are dropped, so an attribute sent empty counts as not sent.
     */
    public Map<String, List<String>> attributes() {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        values.forEach((name, list) -> {
            Matcher m = ATTRIBUTE.matcher(name);
            if (!m.matches() || list == null) {
                return;
            }
            for (String value : list) {
                if (value != null && !value.isBlank()) {
                    if (value.length() > MAX_VALUE_LENGTH) {
                        throw new Open311Exception(Open311Error.PARAMETER_TOO_LONG, name, MAX_VALUE_LENGTH);
                    }
                    attributes
                            .computeIfAbsent(m.group(1).strip(), k -> new ArrayList<>())
                            .add(value.strip());
                }
            }
        });
        attributes.replaceAll((k, v) -> List.copyOf(v));
        return attributes;
    }

    /** The statuses asked for ({@code open}, {@code closed}); empty means both. */
    public Set<String> statuses() {
        Set<String> statuses = new LinkedHashSet<>();
        for (String status : list("status")) {
            String s = status.toLowerCase(Locale.ROOT);
            if (!s.equals("open") && !s.equals("closed")) {
                throw new Open311Exception(Open311Error.STATUS_INVALID, status);
            }
            statuses.add(s);
        }
        return statuses;
    }

    /**
     * The window of {@code start_date}..{@code end_date} (inclusive): "when not specified, the range defaults to most
     * recent 90 days", and a range "may not span more than 90 days". One end given: the window runs the allowed span
     * from it. Both given: refused when the start is after the end or the span is longer.
     */
    public Window window(Instant now, int windowDays) {
        Optional<Instant> start = date("start_date");
        Optional<Instant> end = date("end_date");
        Duration span = Duration.ofDays(windowDays);
        if (start.isEmpty() && end.isEmpty()) {
            return new Window(now.minus(span), now);
        }
        if (start.isEmpty()) {
            return new Window(end.get().minus(span), end.get());
        }
        if (end.isEmpty()) {
            return new Window(start.get(), start.get().plus(span));
        }
        if (start.get().isAfter(end.get())) {
            throw new Open311Exception(Open311Error.DATE_RANGE_INVALID);
        }
        if (Duration.between(start.get(), end.get()).compareTo(span) > 0) {
            throw new Open311Exception(Open311Error.DATE_RANGE_TOO_LONG, windowDays);
        }
        return new Window(start.get(), end.get());
    }

    /**
     * The widely implemented pagination extension: {@code page} from 1 and {@code page_size} up to {@code max} (both
     * optional: the first page of {@code max}).
     */
    public Page page(int max) {
        int page = positive("page", Integer.MAX_VALUE / max).orElse(1);
        int size = positive("page_size", max).orElse(max);
        return new Page(size, (page - 1) * size);
    }

    private Optional<Integer> positive(String name, int most) {
        Optional<String> value = optional(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            int n = Integer.parseInt(value.get());
            if (n >= 1 && n <= most) {
                return Optional.of(n);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new Open311Exception(Open311Error.PAGE_INVALID, name, value.get(), most);
    }

    /** A page of a listing: at most {@code limit} from {@code offset}. */
    public record Page(int limit, int offset) {}

    /** A span of time, both ends included. */
    public record Window(Instant start, Instant end) {}
}
