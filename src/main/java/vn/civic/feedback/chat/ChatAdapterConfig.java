package vn.civic.feedback.chat;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The chat app adapter chosen by {@code civic.feedback.chat.adapter}: the sandbox unless Zalo is configured. */
@Configuration(proxyBeanMethods = false)
class ChatAdapterConfig {

    @Bean
    @ConditionalOnProperty(name = "civic.feedback.chat.adapter", havingValue = "sandbox", matchIfMissing = true)
    SandboxChatApp sandboxChatApp(JdbcTemplate jdbc, Clock clock, ChatProperties properties) {
        return new SandboxChatApp(jdbc, clock, properties);
    }

    @Bean
    @ConditionalOnProperty(name = "civic.feedback.chat.adapter", havingValue = "zalo")
    ZaloOaChatApp zaloOaChatApp(ChatProperties properties, JsonMapper json) {
        return new ZaloOaChatApp(properties.zalo(), properties.imageTimeout(), json);
    }
}
