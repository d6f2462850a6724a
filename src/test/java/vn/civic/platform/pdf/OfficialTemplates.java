package vn.civic.platform.pdf;

import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import vn.civic.platform.i18n.I18nConfig;

/** A template engine set up as the application's: templates from {@code templates/}, every module's bundle. */
public final class OfficialTemplates {

    private OfficialTemplates() {}

    public static PdfRenderer renderer() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        var messages = new ReloadableResourceBundleMessageSource();
        messages.setBasenames(I18nConfig.moduleBundles());
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(I18nConfig.VIETNAMESE);
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return new PdfRenderer(engine);
    }
}
