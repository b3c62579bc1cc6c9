package com.minerdesk.web;

import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Thymeleaf behind Javalin's {@link FileRenderer}. In development ({@code DEV_TEMPLATES=true}, given
 * the project folder) templates are read from {@code templates/} on every request so an edit shows
 * on reload; otherwise (no folder) they come from the classpath and are cached.
 */
public final class Templates implements FileRenderer {
    private final TemplateEngine engine = new TemplateEngine();
    private final boolean fromDisk;

    public Templates(Path projectDir) {
        Path dir = projectDir == null ? null : projectDir.resolve("templates");
        AbstractConfigurableTemplateResolver resolver;
        fromDisk = dir != null && Files.isDirectory(dir);
        if (fromDisk) {
            resolver = new FileTemplateResolver();
            resolver.setPrefix(dir.toAbsolutePath() + "/");
            resolver.setCacheable(false);
        } else {
            resolver = new ClassLoaderTemplateResolver();
            resolver.setPrefix("templates/");
            resolver.setCacheable(true);
        }
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        engine.setTemplateResolver(resolver);
        engine.setLinkBuilder(new StandardLinkBuilder() {
            // The app always runs at the root context, so @{/path} links need no servlet context.
            @Override
            protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
                return "";
            }
        });
    }

    public boolean fromDisk() {
        return fromDisk;
    }

    @Override
    public String render(String template, Map<String, ?> model, Context ctx) {
        return render(template, model);
    }

    public String render(String template, Map<String, ?> model) {
        org.thymeleaf.context.Context context = new org.thymeleaf.context.Context(Locale.US);
        model.forEach(context::setVariable);
        return engine.process(template, context);
    }
}
