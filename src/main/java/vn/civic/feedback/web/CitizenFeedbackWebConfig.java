package vn.civic.feedback.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.civic.platform.security.ImageSources;
import vn.civic.platform.security.PublicEndpoints;

/**
 * The citizen side of feedback is open to everyone: the public page with its map, the report form (a category that
 * allows anonymous reports needs no sign-in; the others say so), each report's public page and its published files,
 * and the reporter's rating and reopening with the token link. "My reports" needs sign-in. The map's tiles come from
 * the configured tile server, which the Content-Security-Policy then allows as an image source.
 */
@Configuration(proxyBeanMethods = false)
class CitizenFeedbackWebConfig {

    @Bean
    PublicEndpoints citizenFeedbackPublicEndpoints() {
        return PublicEndpoints.of(
                "/feedback",
                "/feedback/new",
                "/feedback/new/*",
                "/feedback/lookup",
                "/feedback/reports/**",
                "/feedback/PA-*");
    }

    @Bean
    ImageSources feedbackMapTiles(FeedbackMapProperties map) {
        return map.enabled() ? ImageSources.of(map.tilesOrigin()) : ImageSources.of();
    }
}
