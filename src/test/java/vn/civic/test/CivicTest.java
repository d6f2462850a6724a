package vn.civic.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real PostgreSQL server and a random port, with the demo city loaded, and a
 * {@code MockMvc} for requests made as a chosen actor ({@link TestActors}). Every test class
 * with this annotation and nothing else that changes the context shares one application context, so keep it that
 * way: add test servers to {@link PostgresInitializer}-style initializers, not per-class properties.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("postgres")
@ExtendWith(PostgresRequired.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ContextConfiguration(
        initializers = {
            PostgresInitializer.class,
            MailInitializer.class,
            LgspIssuerInitializer.class,
            OidcServers.class,
            TestClock.Initializer.class,
            TestOutboxChannel.Initializer.class,
            PortalServer.Initializer.class,
            SignatureKeysInitializer.class
        })
public @interface CivicTest {}
