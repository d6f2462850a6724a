package vn.civic.document;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The Decree 30/2020 document types (reference data from the migration). */
@Service
public class DocumentTypes {

    private final JdbcClient jdbc;
    private volatile List<DocumentTypeView> types;

    DocumentTypes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every type in the order of Decree 30/2020's appendix; read once (the list changes only with a migration). */
    public List<DocumentTypeView> all() {
        List<DocumentTypeView> loaded = types;
        if (loaded == null) {
            loaded = List.copyOf(jdbc.sql("select code, abbreviation, name_vi, name_en, edxml_type, letter"
                            + " from document_type order by sort_order")
                    .query(DocumentTypeView.class)
                    .list());
            types = loaded;
        }
        return loaded;
    }

    public Optional<DocumentTypeView> find(String code) {
        return all().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The type whose symbol abbreviation is this ({@code QĐ}), as read from a received document's symbol. */
    public Optional<DocumentTypeView> findByAbbreviation(String abbreviation) {
        return all().stream()
                .filter(t -> !t.letter() && t.abbreviation().equals(abbreviation))
                .findFirst();
    }
}
