package vn.civic.test;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the application at this run's fresh PostgreSQL database. */
public class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                        "spring.datasource.url=" + PostgresTestDatabase.jdbcUrl(),
                        "spring.datasource.username=" + PostgresTestDatabase.user(),
                        "spring.datasource.password=" + PostgresTestDatabase.password())
                .applyTo(context.getEnvironment());
    }
}
