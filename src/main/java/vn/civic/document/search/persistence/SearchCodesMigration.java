package vn.civic.document.search.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;
import vn.civic.document.search.SearchTerms;

/**
 * Fills {@code document_index.search_codes} (V202612022000) for the documents indexed before it existed, with the
 * same {@link SearchTerms#codesOf} the index uses, a thousand rows at a time in the order of the primary key.
 */
@Component
class SearchCodesMigration implements JavaMigration {

    private static final int BATCH = 1000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("202612022002");
    }

    @Override
    public String getDescription() {
        return "document search codes of the indexed documents";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String kind = "";
        long id = Long.MIN_VALUE;
        try (PreparedStatement read = connection.prepareStatement("select document_kind, document_id, search_text"
                        + " from document_index where (document_kind > ? or (document_kind = ? and document_id > ?))"
                        + " order by document_kind, document_id limit " + BATCH);
                PreparedStatement write = connection.prepareStatement(
                        "update document_index set search_codes = ? where document_kind = ? and document_id = ?")) {
            int rows;
            do {
                read.setString(1, kind);
                read.setString(2, kind);
                read.setLong(3, id);
                rows = 0;
                try (ResultSet result = read.executeQuery()) {
                    while (result.next()) {
                        kind = result.getString(1);
                        id = result.getLong(2);
                        write.setString(1, SearchTerms.codesOf(result.getString(3)));
                        write.setString(2, kind);
                        write.setLong(3, id);
                        write.addBatch();
                        rows++;
                    }
                }
                write.executeBatch();
            } while (rows == BATCH);
        }
    }
}
