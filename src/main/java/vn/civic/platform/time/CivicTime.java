package vn.civic.platform.time;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform's clock and zone: every date a user sees is in Vietnam's time. */
@Configuration(proxyBeanMethods = false)
public class CivicTime {

    /** Asia/Ho_Chi_Minh (UTC+7, no daylight saving). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Dates as Vietnamese users write them. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
