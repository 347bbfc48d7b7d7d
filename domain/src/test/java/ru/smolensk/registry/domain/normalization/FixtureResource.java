package ru.smolensk.registry.domain.normalization;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the tab-separated expectation files next to the tests. Cells taken from the fixtures are
 * encoded on one line: ⏎ = line break, ⍽ = U+00A0, ␣ = a space (written so where it starts or ends a
 * line). Lines starting with {@code #} are comments.
 */
final class FixtureResource {

    private FixtureResource() {
    }

    /** The data lines of a resource, each split on tabs (empty trailing fields kept). */
    static List<String[]> lines(String name) {
        List<String[]> lines = new ArrayList<>();
        InputStream in = Objects.requireNonNull(FixtureResource.class.getResourceAsStream(name), name);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** The verbatim cell text of an encoded field. */
    static String decode(String encoded) {
        return encoded.replace('⏎', '\n').replace('⍽', '\u00A0').replace('␣', ' ');
    }

    /** An encoded rendering for test names. */
    static String show(String raw) {
        return raw.replace("\n", "⏎").replace('\u00A0', '⍽');
    }

    /** {@code null} for the placeholder {@code -}. */
    static String orNull(String field) {
        return "-".equals(field) || field.isEmpty() ? null : field;
    }
}
