package vn.civic.platform.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Vietnamese first, English second. Each module owns its bundle at {@code i18n/<module>/messages.properties}
 * (Vietnamese) and {@code messages_en.properties} (English); they are discovered here, so adding a module needs no
 * change in this class. The language is switched with {@code ?lang=en} / {@code ?lang=vi} and kept in a cookie.
 */
@Configuration(proxyBeanMethods = false)
public class I18nConfig implements WebMvcConfigurer {

    public static final Locale VIETNAMESE = Locale.of("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final String BUNDLE_PATTERN = "classpath*:i18n/*/messages.properties";

    @Bean
    MessageSource messageSource() {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(moduleBundles());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(VIETNAMESE);
        source.setCacheSeconds(-1);
        return source;
    }

    /** Base names of every module's bundle, e.g. {@code classpath:i18n/org/messages}. */
    public static String[] moduleBundles() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(BUNDLE_PATTERN);
            return Arrays.stream(resources)
                    .map(r -> {
                        try {
                            String url = r.getURL().toString();
                            String path = url.substring(url.lastIndexOf("i18n/"));
                            return "classpath:" + path.substring(0, path.length() - ".properties".length());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .distinct()
                    .sorted()
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("civic-lang");
        resolver.setDefaultLocale(VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
