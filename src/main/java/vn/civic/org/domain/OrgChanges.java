package vn.civic.org.domain;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Empties the organisation directory's cache whenever an agency, department, position, administrative unit or level
 * is written through JPA (the editors, the demo city, imports). Hibernate makes entity listeners Spring beans.
 */
@Component
class OrgChanges {

    private final CachedOrgDirectory directory;

    OrgChanges(@Lazy CachedOrgDirectory directory) {
        this.directory = directory;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        directory.forget();
    }
}
