package vn.civic.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import vn.civic.platform.time.CivicTime;

/**
 * The application's clock in tests: the system clock until a test moves it. A test that needs a dossier's deadlines on
 * known working days sets the time ({@link #travelTo}) and lets it run from there, moves on ({@link #travelTo} again
 * with a later instant) and puts it back in a {@code finally} ({@link #reset}), since the application context is
 * shared. Registered as the primary {@link Clock} by {@link Initializer}.
 */
public final class TestClock extends Clock {

    private final AtomicReference<Duration> offset;
    private final ZoneId zone;

    TestClock() {
        this(new AtomicReference<>(Duration.ZERO), CivicTime.ZONE);
    }

    private TestClock(AtomicReference<Duration> offset, ZoneId zone) {
        this.offset = offset;
        this.zone = zone;
    }

    /** From now on the clock reads {@code at} and runs on from there. */
    public void travelTo(ZonedDateTime at) {
        offset.set(Duration.between(Instant.now(), at.toInstant()));
    }

    /** Back to the system's time. */
    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new TestClock(offset, zone);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    /** Puts one {@link TestClock} in the context as the primary clock, beside the application's own. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            ((GenericApplicationContext) context)
                    .registerBean("testClock", Clock.class, TestClock::new, bean -> bean.setPrimary(true));
        }
    }
}
