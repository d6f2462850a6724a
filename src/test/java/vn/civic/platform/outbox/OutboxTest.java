package vn.civic.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.civic.platform.time.CivicTime;
import vn.civic.test.CivicTest;
import vn.civic.test.TestClock;
import vn.civic.test.TestOutboxChannel;

/** The outbox: one message per key, retries with back-off, failed messages kept and retried, one delivery per row. */
@CivicTest
class OutboxTest {

    static final List<String> CHANNELS = List.of(TestOutboxChannel.CHANNEL);

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    OutboxProperties properties;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
        TestOutboxChannel.delay(Duration.ZERO);
    }

    static String key() {
        return "test:" + UUID.randomUUID();
    }

    OutboxMessage message(String key) {
        return new OutboxMessage(TestOutboxChannel.CHANNEL, key, key.substring(5, 20), "{\"n\":1}");
    }

    OutboxEntry entry(String key) {
        return outbox.list(CHANNELS, key.substring(5, 20), null, 0, 10).stream()
                .filter(e -> e.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    /** Waits until the message is in a state the test expects (the scheduled dispatcher may be the one acting). */
    OutboxEntry await(String key, Predicate<OutboxEntry> expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        OutboxEntry entry = entry(key);
        while (!expected.test(entry) && System.nanoTime() < deadline) {
            dispatcher.dispatchDue();
            sleep(20);
            entry = entry(key);
        }
        assertThat(expected)
                .as("message %s reached the expected state: %s", key, entry)
                .accepts(entry);
        return entry;
    }

    @Test
    void theSameKeyEnqueuedTwiceIsOneMessageDeliveredOnce() {
        String key = key();
        List<Boolean> added =
                transactions.execute(tx -> List.of(outbox.enqueue(message(key)), outbox.enqueue(message(key))));
        assertThat(added).containsExactly(true, false);
        Boolean again = transactions.execute(tx -> outbox.enqueue(message(key)));
        assertThat(again).as("another transaction later").isFalse();
        OutboxEntry sent = await(key, e -> e.status() == OutboxStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.sentAt()).isNotNull();
        assertThat(TestOutboxChannel.deliveries(key)).isEqualTo(1);
    }

    @Test
    void aMessageEnqueuedInARolledBackTransactionDoesNotExist() {
        String key = key();
        transactions.execute(tx -> {
            outbox.enqueue(message(key));
            tx.setRollbackOnly();
            return null;
        });
        assertThat(outbox.list(CHANNELS, key.substring(5, 20), null, 0, 10)).isEmpty();
    }

    @Test
    void failedAttemptsAreRetriedWithDoublingWaitsThenKeptAsFailedUntilAnAdministratorRetries() {
        String key = key();
        TestOutboxChannel.failFor(key);
        clock.travelTo(ZonedDateTime.of(2027, 3, 1, 9, 0, 0, 0, CivicTime.ZONE));
        transactions.execute(tx -> outbox.enqueue(message(key)));
        for (int attempt = 1; attempt <= properties.maxAttempts(); attempt++) {
            int expected = attempt;
            Instant before = clock.instant();
            OutboxEntry failed = await(key, e -> e.attempts() == expected && e.status() != OutboxStatus.SENDING);
            Instant after = clock.instant();
            assertThat(failed.lastError()).contains("Refused on purpose");
            if (attempt < properties.maxAttempts()) {
                Duration wait = properties.backoffAfter(attempt);
                assertThat(failed.status()).isEqualTo(OutboxStatus.PENDING);
                assertThat(failed.nextAttemptAt())
                        .isBetween(
                                before.plus(wait).minusMillis(1),
                                after.plus(wait).plusMillis(1));
                // not tried again before its time
                assertThat(dispatcher.dispatchDue()).isGreaterThanOrEqualTo(0);
                assertThat(entry(key).attempts()).isEqualTo(attempt);
                clock.travelTo(failed.nextAttemptAt().plusSeconds(1).atZone(CivicTime.ZONE));
            } else {
                assertThat(failed.status()).as("given up, kept").isEqualTo(OutboxStatus.FAILED);
            }
        }
        assertThat(properties.backoffAfter(1)).isEqualTo(properties.initialBackoff());
        assertThat(properties.backoffAfter(2))
                .isEqualTo(properties.initialBackoff().multipliedBy(2));
        assertThat(properties.backoffAfter(properties.maxAttempts())).isEqualTo(properties.maxBackoff());

        clock.travelTo(ZonedDateTime.now(CivicTime.ZONE).plusDays(30));
        dispatcher.dispatchDue();
        assertThat(entry(key).status())
                .as("a failed message waits for an administrator")
                .isEqualTo(OutboxStatus.FAILED);
        assertThat(TestOutboxChannel.deliveries(key)).isZero();

        TestOutboxChannel.recover(key);
        long id = entry(key).id();
        assertThat(outbox.retry(id, List.of("another.channel")))
                .as("not this page's channel")
                .isFalse();
        assertThat(outbox.retry(id, CHANNELS)).isTrue();
        OutboxEntry sent = await(key, e -> e.status() == OutboxStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.lastError()).isNull();
        assertThat(TestOutboxChannel.deliveries(key)).isEqualTo(1);
        assertThat(outbox.retry(id, CHANNELS))
                .as("a sent message is not sent again")
                .isFalse();
    }

    @Test
    void dispatchersRunningAtOnceDeliverEachMessageOnce() throws Exception {
        List<String> keys = IntStream.range(0, 120).mapToObj(i -> key()).toList();
        TestOutboxChannel.delay(Duration.ofMillis(5));
        transactions.execute(tx -> {
            keys.forEach(k -> outbox.enqueue(message(k)));
            return null;
        });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(dispatcher::dispatchDue);
            }
            for (Future<Integer> run : pool.invokeAll(runs)) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        Set<String> threads = new HashSet<>();
        for (String key : keys) {
            await(key, e -> e.status() == OutboxStatus.SENT);
            assertThat(TestOutboxChannel.deliveries(key)).as(key).isEqualTo(1);
            threads.addAll(TestOutboxChannel.threads(key));
        }
        assertThat(threads).as("the dispatchers really ran side by side").hasSizeGreaterThan(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
