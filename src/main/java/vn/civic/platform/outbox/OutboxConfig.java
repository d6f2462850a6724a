package vn.civic.platform.outbox;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox dispatcher and the other scheduled jobs run on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OutboxConfig {}
