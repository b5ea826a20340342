package com.handover.server.office.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders the precompiled jte templates (src/main/jte, compiled by jte-maven-plugin) with HTML output
 * escaping. The model is copied into a {@code HashMap<String, Object>} so that jte picks its map overload.
 */
public final class JteRenderer implements FileRenderer {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    public String render(String template, Map<String, ?> model) {
        StringOutput out = new StringOutput();
        engine.render(template, new HashMap<String, Object>(model), out);
        return out.toString();
    }

    @Override
    public String render(String filePath, Map<String, ?> model, Context ctx) {
        return render(filePath, model);
    }
}
