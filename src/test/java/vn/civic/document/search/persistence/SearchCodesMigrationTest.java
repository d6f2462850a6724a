package vn.civic.document.search.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.civic.test.CivicTest;

/** The Java migration that gives the documents indexed before V202612022000 their codes. */
@CivicTest
class SearchCodesMigrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void itRanWithTheOtherMigrationsAndGivesARowIndexedBeforeItsCodes() throws Exception {
        assertThat(jdbc.sql("select success from flyway_schema_history where version = '202612022002'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
        long id = ThreadLocalRandom.current().nextLong(1L << 50, 1L << 60);
        jdbc.sql("insert into document_index (document_kind, document_id, agency_id, confidential, status, type_code,"
                        + " summary, search_text, indexed_at) values ('INCOMING', ?, ?, false, 'REGISTERED', 'CV',"
                        + " 'Về việc', ?, current_timestamp)")
                .params(id, id, "thuc hien so:" + id + "/qd-ubnd")
                .update();

        try (Connection connection = dataSource.getConnection()) {
            new SearchCodesMigration().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }

        assertThat(jdbc.sql("select search_codes from document_index where document_kind = 'INCOMING'"
                                + " and document_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("so" + id + "qdubnd " + id + "qdubnd");
        assertThat(jdbc.sql("select count(*) from document_index where search_words @@ to_tsquery('simple', ?)")
                        .param(id + "qdubnd")
                        .query(Integer.class)
                        .single())
                .as("the text index holds the code")
                .isEqualTo(1);
    }
}
