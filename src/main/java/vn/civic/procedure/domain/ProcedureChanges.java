package vn.civic.procedure.domain;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Makes the catalogue read a procedure's current version and status again when a procedure row is written. */
@Component
class ProcedureChanges {

    private final StoredProcedureCatalog catalog;

    ProcedureChanges(@Lazy StoredProcedureCatalog catalog) {
        this.catalog = catalog;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object procedure) {
        catalog.forget();
    }
}
