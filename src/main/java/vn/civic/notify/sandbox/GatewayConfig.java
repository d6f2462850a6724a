package vn.civic.notify.sandbox;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class GatewayConfig {

    @Bean
    @ConditionalOnProperty(name = "civic.notify.gateway", havingValue = "sandbox", matchIfMissing = true)
    SandboxMessageGateway sandboxMessageGateway(JdbcTemplate jdbc, Clock clock) {
        return new SandboxMessageGateway(jdbc, clock);
    }
}
