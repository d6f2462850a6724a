package vn.civic.platform.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A node's copy of reference data that changes rarely and is read all the time (the organisation, the procedure
 * catalogue), kept for a time to live; made by {@link ReferenceCaches}, which forgets it whenever such data is written
 * on this node, so this node sees its own changes at once and other nodes of a cluster after at most the time to live
 * (docs/decisions/0017). Values must be immutable; absent answers ({@code Optional.empty()}) are kept too.
 */
public final class ReferenceCache<K, V> {

    private final Cache<K, V> cache;

    ReferenceCache(Duration timeToLive, long maximumSize) {
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(timeToLive)
                .maximumSize(maximumSize)
                .build();
    }

    /**
     * The kept value, or the loaded one. A value read inside a transaction that writes is not kept: that transaction
     * may be changing it and may roll back. Not {@code Cache.get(key, loader)}, so a load may read other entries.
     */
    public V get(K key, Function<? super K, ? extends V> load) {
        V kept = cache.getIfPresent(key);
        if (kept != null) {
            return kept;
        }
        V loaded = load.apply(key);
        if (loaded != null
                && (!TransactionSynchronizationManager.isActualTransactionActive()
                        || TransactionSynchronizationManager.isCurrentTransactionReadOnly())) {
            cache.put(key, loaded);
        }
        return loaded;
    }

    /** Forgets everything now and again when the current transaction, if any, ends (committed or rolled back). */
    void forget() {
        cache.invalidateAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.invalidateAll();
                }
            });
        }
    }
}
