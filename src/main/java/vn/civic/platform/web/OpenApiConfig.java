package vn.civic.platform.web;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;
import vn.civic.platform.security.PublicEndpoints;

/**
 * The OpenAPI description of every REST API under {@code /api/} (springdoc), public at {@code /v3/api-docs} with a
 * browsable page at {@code /swagger-ui.html}, so the integrating agencies can read the contract before they hold a
 * credential. Modules describe their own endpoints and security schemes with annotations.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI civicOpenApi(ObjectProvider<BuildProperties> build) {
        String version =
                build.getIfAvailable() == null ? "dev" : build.getIfAvailable().getVersion();
        return new OpenAPI()
                .info(new Info()
                        .title("Civic API")
                        .version(version)
                        .description("APIs of the Civic digital-government platform for other agencies' systems."
                                + " Errors are RFC 9457 problem details carrying a stable `code`.")
                        .license(new License().name("Open source")));
    }

    /**
     * Every error answer of every API is an RFC 9457 problem: an error response that an endpoint documents without a
     * body gets the {@code application/problem+json} body here, so endpoints name only the status and its meaning.
     */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            Map<String, Schema> problem = ModelConverters.getInstance().readAll(ProblemDetail.class);
            problem.forEach(openApi.getComponents()::addSchemas);
            Content content = new Content()
                    .addMediaType(
                            "application/problem+json",
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail")));
            openApi.getPaths().values().stream()
                    .flatMap(path -> path.readOperations().stream())
                    .flatMap(operation -> operation.getResponses().entrySet().stream())
                    .filter(response -> response.getKey().startsWith("4")
                            || response.getKey().startsWith("5"))
                    .forEach(response -> response.getValue().setContent(content));
        };
    }

    @Bean
    PublicEndpoints apiDocumentationPublicEndpoints() {
        return PublicEndpoints.of("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**");
    }
}
