package vn.civic;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Civic: the digital-government platform of a Vietnamese city, one modular Spring Boot application. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CivicApplication {

    public static void main(String[] args) {
        SpringApplication.run(CivicApplication.class, args);
    }
}
