package vn.civic.platform.cache;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.stereotype.Component;

/**
 * The JPA entity listener of reference data (agencies, departments, positions, administrative units and levels,
 * procedures): any insert, update or delete through JPA (editors, the demo city, imports) empties the reference
 * caches. Hibernate takes entity listeners from the Spring context.
 */
@Component
public class ReferenceDataChanges {

    private final ReferenceCaches caches;

    ReferenceDataChanges(ReferenceCaches caches) {
        this.caches = caches;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        caches.forgetAll();
    }
}
