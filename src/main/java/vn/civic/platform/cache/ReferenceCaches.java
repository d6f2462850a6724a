package vn.civic.platform.cache;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * Makes the node's {@link ReferenceCache}s and forgets them all when reference data is written: the entities of
 * such data carry {@code @EntityListeners(ReferenceDataChanges.class)}. Writes are rare, so one write empties every
 * cache, not only its own (docs/decisions/0017).
 */
@Component
public class ReferenceCaches {

    private final List<ReferenceCache<?, ?>> caches = new CopyOnWriteArrayList<>();

    /** A new cache whose entries live for {@code timeToLive}, at most {@code maximumSize} of them. */
    public <K, V> ReferenceCache<K, V> create(Duration timeToLive, long maximumSize) {
        ReferenceCache<K, V> cache = new ReferenceCache<>(timeToLive, maximumSize);
        caches.add(cache);
        return cache;
    }

    /** Forgets every cache, now and again when the current transaction, if any, has ended. */
    public void forgetAll() {
        caches.forEach(ReferenceCache::forget);
    }
}
