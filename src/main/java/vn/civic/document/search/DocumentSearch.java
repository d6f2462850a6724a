package vn.civic.document.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.civic.document.DocumentAccess;
import vn.civic.document.DocumentKind;
import vn.civic.platform.error.FieldViolation;
import vn.civic.platform.error.InvalidInputException;
import vn.civic.platform.security.Actor;
import vn.civic.platform.security.CurrentActor;
import vn.civic.platform.text.SearchText;

/**
 * Full-text search of the documents the caller may read (decisions 0025, 0029), over {@code document_index}: the
 * words of the query (all must match, the last also as a prefix, quoted phrases in order) in the folded metadata and
 * PDF text, the filters, a page of results and a count that stops at {@link #COUNT_CAP}.
 *
 * <p>What the caller may read is two sets, each searched on its own so that each uses its index: the non-confidential
 * documents of the caller's agency when the caller reads the agency's documents (a clerk or a leader, {@link
 * DocumentAccess#readsAgencyDocuments()}), and the documents the caller is named on ({@code document_access}). A
 * document outside both is never shown, nor counted.
 *
 * <p>On PostgreSQL the words go through the {@code search_words} column and its GIN index (vendor migration), phrases
 * through a regular expression on the rows holding their words; on H2, the demo's embedded database, every word
 * through a regular expression over the folded text. Which database it is, is read once. A query holding a code (a
 * number and symbol such as {@code 12/QĐ-UBND}, a date, a file name: {@link SearchTerms#codesOf}) is selective: its
 * few candidates are found by the index first and the readable ones kept, in one statement planned once per
 * connection.
 */
@Service
public class DocumentSearch {

    /** Counting stops here ("more than 1,000"), and paging too, so a broad search costs what a narrow one does. */
    public static final int COUNT_CAP = 1000;

    static final int EXCERPT_BEFORE = 60;
    static final int EXCERPT_LENGTH = 240;

    private static final String ORDER = " order by d.document_date desc, d.document_kind desc, d.document_id desc";
    private static final Pattern TS_QUERY = Pattern.compile("[a-z0-9 &:*]*");
    private static final String[] VIETNAMESE = vietnameseLetters();

    /** How long a count over the cap is kept (see {@link #count}). */
    static final Duration OVER_CAP_KEPT = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final boolean postgres;
    private final Cache<OverCap, Boolean> overCap;

    DocumentSearch(JdbcClient jdbc, DataSource dataSource, Clock clock) {
        this.jdbc = jdbc;
        this.postgres = isPostgres(dataSource);
        this.overCap = Caffeine.newBuilder()
                .expireAfterWrite(OVER_CAP_KEPT)
                .maximumSize(10_000)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
    }

    /** A reader's query whose count went over the cap: the words and filters, whatever the page and order. */
    private record OverCap(Scope scope, SearchQuery query) {

        static OverCap of(Scope scope, SearchQuery q) {
            return new OverCap(
                    scope,
                    new SearchQuery(
                            q.terms(),
                            q.kind(),
                            q.typeCode(),
                            q.from(),
                            q.to(),
                            q.sender(),
                            q.handlerName(),
                            q.handlerAccountId(),
                            q.status(),
                            SearchSort.DATE,
                            0,
                            0));
        }
    }

    private static boolean isPostgres(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return "PostgreSQL".equalsIgnoreCase(product);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database holds the document index", e);
        }
    }

    /** The reader and how far they reach: their agency's documents (null when they may not) and their account. */
    private record Scope(Long agencyId, Long accountId) {

        static Optional<Scope> current() {
            Optional<Actor> actor = CurrentActor.get();
            if (actor.isEmpty()) {
                return Optional.empty();
            }
            Long agency = DocumentAccess.readsAgencyDocuments() ? actor.get().agencyId() : null;
            Long account = DocumentAccess.accountId(actor.get()).orElse(null);
            return agency == null && account == null ? Optional.empty() : Optional.of(new Scope(agency, account));
        }
    }

    /**
     * The page of the query's results the current actor may read, with the count.
     *
     * @param excerpts also read the text around the first word of the query, for a page to show
     * @throws InvalidInputException {@link SearchError#PAGE_OUT_OF_RANGE} when a page after the first lies beyond
     *     the results
     */
    @Transactional(readOnly = true)
    public SearchResults search(SearchQuery query, boolean excerpts) {
        Optional<Scope> scope = Scope.current();
        if (scope.isEmpty()) {
            return SearchResults.none(query);
        }
        if (postgres) {
            // for this transaction only: no parallel workers, whose start costs more than a search reading its page's
            // rows by index (a broad search of the documents naming a person took 44 ms with one worker, 11 ms
            // without); and the plan of a coded query has one shape whatever its words, but PostgreSQL, estimating a
            // parameter's words at thousands of rows, would otherwise plan it again at every search rather than keep it
            jdbc.sql("select set_config('max_parallel_workers_per_gather', '0', true), set_config('plan_cache_mode', ?,"
                            + " true)")
                    .param(coded(query) ? "force_generic_plan" : "auto")
                    .query((rs, n) -> n)
                    .single();
        }
        if (query.page() == 0) {
            // a first page that is not full is every match: no count to run (a selective search's usual case)
            List<SearchHit> hits = hits(query, scope.get(), excerpts);
            long counted = hits.size() < query.size() ? hits.size() : count(query, scope.get());
            return new SearchResults(
                    hits, Math.min(counted, COUNT_CAP), counted > COUNT_CAP, query.page(), query.size());
        }
        long counted = count(query, scope.get());
        if (query.offset() >= Math.min(counted, COUNT_CAP)) {
            throw new InvalidInputException(
                    SearchError.PAGE_OUT_OF_RANGE,
                    List.of(new FieldViolation(
                            "page",
                            SearchError.PAGE_OUT_OF_RANGE.code(),
                            SearchError.PAGE_OUT_OF_RANGE.messageKey(),
                            COUNT_CAP)),
                    COUNT_CAP);
        }
        List<SearchHit> hits = hits(query, scope.get(), excerpts);
        return new SearchResults(hits, Math.min(counted, COUNT_CAP), counted > COUNT_CAP, query.page(), query.size());
    }

    /**
     * How many documents match, up to one more than the cap. A count over the cap is kept for {@link #OVER_CAP_KEPT}
     * for the reader and the query: paging through a common word's results, or searching it again, does not count
     * the newest 1,001 matches again, and "more than 1,000" would change only if hundreds of them went away. A count
     * under the cap is never kept: a document registered a moment ago is counted at once.
     */
    private long count(SearchQuery query, Scope scope) {
        OverCap key = OverCap.of(scope, query);
        if (overCap.getIfPresent(key) != null) {
            return COUNT_CAP + 1;
        }
        long counted = countNow(query, scope);
        if (counted > COUNT_CAP) {
            overCap.put(key, Boolean.TRUE);
        }
        return counted;
    }

    private long countNow(SearchQuery query, Scope scope) {
        Sql sql = candidates(query);
        sql.add("select count(*) from (");
        // in the order of the page, so that a common word counts the agency's newest 1,001 matches by its date index
        // and stops there, instead of first marking every row of the agency in a bitmap
        union(sql, query, scope, COUNT_CAP + 1);
        sql.add(") k");
        return jdbc.sql(sql.text()).params(sql.params).query(Long.class).single();
    }

    private List<SearchHit> hits(SearchQuery query, Scope scope, boolean excerpts) {
        boolean byRank = query.sort() == SearchSort.RELEVANCE && !query.terms().isEmpty();
        String firstWord = query.terms().firstWord();
        boolean withExcerpt = excerpts && firstWord != null;
        Sql sql = candidates(query);
        sql.add("select d.document_kind, d.document_id, d.number_symbol, d.register_number,"
                + " d.document_date, d.type_code, d.summary, d.sender, d.status, d.handlers");
        if (withExcerpt) {
            sql.add(
                    ", position(? in d.search_text) as excerpt_at, substring(d.search_text from greatest(1,"
                            + " position(? in d.search_text) - " + EXCERPT_BEFORE + ") for " + EXCERPT_LENGTH
                            + ") as excerpt",
                    " " + firstWord,
                    " " + firstWord);
        }
        sql.add(" from document_index d join (");
        // by date: each set's newest rows up to the end of the page; by rank: the newest matches up to the cap
        union(sql, query, scope, byRank ? COUNT_CAP : query.offset() + query.size());
        sql.add(") k on k.document_kind = d.document_kind and k.document_id = d.document_id");
        if (byRank) {
            // best match: the groups of words the number, summary, sender and handlers hold (folded here, on the
            // rows of the newest matches only), then the date
            sql.add(" order by ");
            List<String> expressions = query.terms().regularExpressions();
            for (int i = 0; i < expressions.size(); i++) {
                sql.add(
                        (i == 0 ? "" : " + ")
                                + "case when "
                                + matches("lower(translate(concat_ws(' ', d.number_symbol, d.summary, d.sender,"
                                        + " d.handlers), ?, ?))")
                                + " then 1 else 0 end",
                        VIETNAMESE[0],
                        VIETNAMESE[1],
                        expressions.get(i));
            }
            sql.add(" desc," + ORDER.substring(" order by".length()));
        } else {
            sql.add(ORDER);
        }
        sql.add(" limit ? offset ?", query.size(), query.offset());
        return jdbc.sql(sql.text())
                .params(sql.params)
                .query((rs, n) -> hit(rs, withExcerpt, firstWord))
                .list();
    }

    /**
     * A query holding a code ({@link SearchTerms#codesOf}) is selective: on PostgreSQL its documents are first found
     * by the text index alone ({@code m}, a few rows), then those the caller may read are kept. The words are a
     * parameter here, so the statement's text is the same for every such query and the database plans it once per
     * connection, not at every search.
     */
    private boolean coded(SearchQuery query) {
        return postgres && query.terms().hasCodes();
    }

    /** The start of the statement: the candidates {@code m} of a coded query, else nothing. */
    private Sql candidates(SearchQuery query) {
        Sql sql = new Sql("");
        if (coded(query)) {
            sql.add(
                    "with m as materialized (select c.document_kind, c.document_id from document_index c"
                            + " where c.search_words @@ to_tsquery('simple', ?)) ",
                    tsQuery(query.terms()));
        }
        return sql;
    }

    /**
     * The newest documents the caller may read, up to the limit: among the candidates of a coded query; else of both
     * readable sets (or the one the caller has), each with its own limit, merged without duplicates.
     */
    private void union(Sql sql, SearchQuery query, Scope scope, int limit) {
        if (coded(query)) {
            // each candidate's row read by its key (the lateral subquery, kept apart by "offset 0", cannot become a
            // join that the generic plan would make a hash join over the agency's rows)
            sql.add("select d.document_kind, d.document_id from m cross join lateral (select d.document_kind,"
                    + " d.document_id, d.document_date from document_index d where d.document_kind = m.document_kind"
                    + " and d.document_id = m.document_id and (");
            if (scope.agencyId() != null) {
                sql.add("(d.agency_id = ? and d.confidential = false)", scope.agencyId());
            }
            if (scope.accountId() != null) {
                sql.add(
                        (scope.agencyId() != null ? " or " : "")
                                + "exists (select 1 from document_access a where a.document_kind = d.document_kind"
                                + " and a.document_id = d.document_id and a.account_id = ?)",
                        scope.accountId());
            }
            sql.add(")");
            conditions(sql, query);
            sql.add(" offset 0) d" + ORDER + " limit ?", limit);
            return;
        }
        boolean both = scope.agencyId() != null && scope.accountId() != null;
        if (scope.agencyId() != null) {
            sql.add(both ? "(" : "");
            sql.add(
                    "select d.document_kind, d.document_id, d.document_date from document_index d"
                            + " where d.agency_id = ? and d.confidential = false",
                    scope.agencyId());
            conditions(sql, query);
            sql.add(ORDER + " limit ?", limit);
            sql.add(both ? ") union (" : "");
        }
        if (scope.accountId() != null) {
            // newest first by the date on the rows naming the person (document_access_account_date_ix), once per
            // document however many times it names them, stopping at the limit as the agency's set does
            sql.add(
                    "select distinct on (a.document_date, a.document_kind, a.document_id) a.document_kind,"
                            + " a.document_id, a.document_date from document_access a join document_index d"
                            + " on d.document_kind = a.document_kind and d.document_id = a.document_id"
                            + " where a.account_id = ?",
                    scope.accountId());
            conditions(sql, query);
            sql.add(" order by a.document_date desc, a.document_kind desc, a.document_id desc limit ?", limit);
            sql.add(both ? ")" : "");
        }
    }

    private void conditions(Sql sql, SearchQuery q) {
        if (!q.terms().isEmpty()) {
            if (postgres) {
                // inlined, so that the planner sees the words (a rare word takes the text index, a common one the
                // agency's dates); the text is checked to hold only words and tsquery operators; a coded query's
                // words were matched by its candidates already
                if (!coded(q)) {
                    sql.add(" and d.search_words @@ to_tsquery('simple', '" + tsQuery(q.terms()) + "')");
                }
                for (String phrase : q.terms().phrases()) {
                    sql.add(" and " + matches("d.search_text"), phrase);
                }
            } else {
                for (String expression : q.terms().regularExpressions()) {
                    sql.add(" and " + matches("d.search_text"), expression);
                }
            }
        }
        if (q.kind() != null) {
            sql.add(" and d.document_kind = ?", q.kind().name());
        }
        if (q.typeCode() != null) {
            sql.add(" and d.type_code = ?", q.typeCode());
        }
        if (q.from() != null) {
            sql.add(" and d.document_date >= ?", java.sql.Date.valueOf(q.from()));
        }
        if (q.to() != null) {
            sql.add(" and d.document_date <= ?", java.sql.Date.valueOf(q.to()));
        }
        if (q.sender() != null) {
            sql.add(
                    " and lower(translate(d.sender, ?, ?)) like ? escape '\\'",
                    VIETNAMESE[0],
                    VIETNAMESE[1],
                    contains(q.sender()));
        }
        if (q.handlerName() != null) {
            sql.add(
                    " and lower(translate(d.handlers, ?, ?)) like ? escape '\\'",
                    VIETNAMESE[0],
                    VIETNAMESE[1],
                    contains(q.handlerName()));
        }
        if (q.handlerAccountId() != null) {
            sql.add(
                    " and exists (select 1 from document_access h where h.document_kind = d.document_kind"
                            + " and h.document_id = d.document_id and h.account_id = ?)",
                    q.handlerAccountId());
        }
        if (q.status() != null) {
            sql.add(" and d.status = ?", q.status());
        }
    }

    /** The database's regular-expression match of the expression with a parameter. */
    private String matches(String expression) {
        return postgres ? expression + " ~ ?" : "regexp_like(" + expression + ", ?)";
    }

    private static String tsQuery(SearchTerms terms) {
        String text = terms.tsQuery();
        if (!TS_QUERY.matcher(text).matches()) {
            throw new IllegalStateException("Not a word query: " + text);
        }
        return text;
    }

    private static String contains(String folded) {
        return "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static SearchHit hit(ResultSet rs, boolean withExcerpt, String firstWord) throws SQLException {
        java.sql.Date date = rs.getDate("document_date");
        long number = rs.getLong("register_number");
        Long registerNumber = rs.wasNull() ? null : number;
        String summary = rs.getString("summary");
        String excerpt = null;
        if (withExcerpt && !SearchTerms.words(SearchText.fold(summary)).contains(firstWord)) {
            int at = rs.getInt("excerpt_at");
            excerpt = at == 0 ? null : trim(rs.getString("excerpt"), at > EXCERPT_BEFORE + 1);
        }
        return new SearchHit(
                DocumentKind.valueOf(rs.getString("document_kind")),
                rs.getLong("document_id"),
                rs.getString("number_symbol"),
                registerNumber,
                date == null ? null : date.toLocalDate(),
                rs.getString("type_code"),
                summary,
                rs.getString("sender"),
                rs.getString("status"),
                rs.getString("handlers"),
                excerpt);
    }

    /** The excerpt cut at whole words where it was cut out of the text, marked so. */
    static String trim(String excerpt, boolean cutAtStart) {
        if (excerpt == null || excerpt.isBlank()) {
            return null;
        }
        String text = excerpt;
        boolean cutAtEnd = text.length() >= EXCERPT_LENGTH;
        if (cutAtStart && text.indexOf(' ') >= 0) {
            text = "…" + text.substring(text.indexOf(' ') + 1);
        }
        if (cutAtEnd && text.lastIndexOf(' ') > 0) {
            text = text.substring(0, text.lastIndexOf(' ')) + "…";
        }
        return text.strip();
    }

    /**
     * The Vietnamese letters (both cases, every tone) and their folded ASCII letters, for {@code translate}: the
     * sender and handler columns keep their diacritics, and neither database folds them the same way by itself.
     */
    private static String[] vietnameseLetters() {
        StringBuilder from = new StringBuilder("đĐ");
        StringBuilder to = new StringBuilder("dd");
        String[] marks = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};
        for (char base : "aăâeêioôơuưy".toCharArray()) {
            for (String mark : marks) {
                String letter = Normalizer.normalize(base + mark, Normalizer.Form.NFC);
                for (String one : List.of(letter, letter.toUpperCase(java.util.Locale.ROOT))) {
                    String folded = SearchText.fold(one);
                    if (one.length() == 1 && folded.length() == 1 && !one.equals(folded)) {
                        from.append(one);
                        to.append(folded);
                    }
                }
            }
        }
        return new String[] {from.toString(), to.toString()};
    }

    /** SQL text with its positional parameters. */
    private static final class Sql {
        private final StringBuilder text;
        final List<Object> params = new ArrayList<>();

        Sql(String start) {
            text = new StringBuilder(start);
        }

        void add(String part, Object... values) {
            text.append(part);
            params.addAll(List.of(values));
        }

        String text() {
            return text.toString();
        }
    }
}
