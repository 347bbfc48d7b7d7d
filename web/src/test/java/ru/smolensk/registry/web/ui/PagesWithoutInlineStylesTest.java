package ru.smolensk.registry.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The pages keep their looks in {@code registry.css}: no page sets a {@code style} attribute of its own (column
 * widths are classes), so that a stricter Content-Security-Policy for styles stays possible.
 */
class PagesWithoutInlineStylesTest {

    private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("\\sstyle=\"");

    @Test
    void noPageHasAStyleAttribute() throws IOException {
        Path pages = Path.of("src", "main", "webapp");
        List<Path> xhtml;
        try (Stream<Path> files = Files.walk(pages)) {
            xhtml = files.filter(f -> f.toString().endsWith(".xhtml")).toList();
        }
        assertFalse(xhtml.isEmpty(), "the pages are found under " + pages.toAbsolutePath());
        List<String> styled = xhtml.stream().filter(PagesWithoutInlineStylesTest::hasStyle).map(Path::toString)
                .toList();
        assertEquals(List.of(), styled, "pages with a style attribute");
    }

    private static boolean hasStyle(Path page) {
        try {
            return STYLE_ATTRIBUTE.matcher(Files.readString(page)).find();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
