package vn.civic.test;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import vn.civic.platform.outbox.OutboxDelivery;
import vn.civic.platform.outbox.OutboxHandler;

/**
 * An outbox channel for the outbox's own tests, in the shared context: it counts deliveries per key and fails on
 * purpose for the keys a test names, like a mail server that is down.
 */
public final class TestOutboxChannel implements OutboxHandler {

    public static final String CHANNEL = "test.outbox";

    private static final Map<String, AtomicInteger> DELIVERIES = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> THREADS = new ConcurrentHashMap<>();
    private static final Set<String> FAILING = ConcurrentHashMap.newKeySet();
    private static volatile Duration delay = Duration.ZERO;

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void deliver(OutboxDelivery delivery) throws Exception {
        if (FAILING.contains(delivery.key())) {
            throw new IOException("Refused on purpose by the test");
        }
        if (!delay.isZero()) {
            Thread.sleep(delay);
        }
        DELIVERIES.computeIfAbsent(delivery.key(), k -> new AtomicInteger()).incrementAndGet();
        THREADS.computeIfAbsent(delivery.key(), k -> ConcurrentHashMap.newKeySet())
                .add(Thread.currentThread().getName());
    }

    public static int deliveries(String key) {
        AtomicInteger count = DELIVERIES.get(key);
        return count == null ? 0 : count.get();
    }

    public static Set<String> threads(String key) {
        return THREADS.getOrDefault(key, Set.of());
    }

    public static void failFor(String key) {
        FAILING.add(key);
    }

    public static void recover(String key) {
        FAILING.remove(key);
    }

    public static void delay(Duration each) {
        delay = each;
    }

    /** Puts the channel's handler in the shared context. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            ((GenericApplicationContext) context)
                    .registerBean("testOutboxChannel", OutboxHandler.class, TestOutboxChannel::new);
        }
    }
}
