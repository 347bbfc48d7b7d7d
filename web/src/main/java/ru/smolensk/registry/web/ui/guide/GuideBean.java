package ru.smolensk.registry.web.ui.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The user guide ({@code docs/guide/README.md}, packed into the application under {@value #FOLDER}) as HTML, rendered
 * once. Its pictures are the screenshots the browser tests take; their relative addresses ({@code img/…}) are made
 * to point into {@value #FOLDER}, so the same Markdown reads well on the repository's web view.
 */
@Named("guide")
@ApplicationScoped
public class GuideBean {

    static final String FOLDER = "/guide/";
    static final String GUIDE = FOLDER + "README.md";

    private volatile String html;

    /** The guide as HTML (raw HTML in the Markdown is escaped). */
    public String getHtml() {
        String rendered = html;
        if (rendered == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            rendered = render(read(faces), faces.getExternalContext().getRequestContextPath() + FOLDER);
            html = rendered;
        }
        return rendered;
    }

    static String render(String markdown, String base) {
        List<Extension> extensions = List.of(TablesExtension.create());
        Node document = Parser.builder().extensions(extensions).build().parse(markdown);
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true)
                .sanitizeUrls(true).attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (node instanceof Image) {
                        attributes.computeIfPresent("src", (name, src) -> resolve(base, src));
                        attributes.put("loading", "lazy");
                    } else if (node instanceof Link) {
                        attributes.computeIfPresent("href", (name, href) -> resolve(base, href));
                    }
                }).build();
        return renderer.render(document);
    }

    /** A relative address of the guide's folder made absolute; others are left alone. */
    static String resolve(String base, String address) {
        boolean relative = !address.startsWith("/") && !address.startsWith("#") && !address.contains(":");
        return relative ? base + address : address;
    }

    private static String read(FacesContext faces) {
        try (InputStream in = faces.getExternalContext().getResourceAsStream(GUIDE)) {
            if (in == null) {
                throw new IllegalStateException("The user guide is not packed into the application: " + GUIDE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
