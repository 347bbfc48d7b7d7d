package ru.smolensk.registry.integration.office.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The customer's fixtures as described by {@code fixtures/manifest.json}, parsed by a tiny JSON reader. */
final class FixtureManifest {

    private FixtureManifest() {
    }

    /** One fixture document. */
    record Entry(String file, String text, String kind, String level, String period, int events,
            List<String> sections, String summary) {

        @Override
        public String toString() {
            return file;
        }
    }

    static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (Object item : (List<?>) new Json(resource("manifest.json")).value()) {
            Map<?, ?> m = (Map<?, ?>) item;
            List<String> sections = new ArrayList<>();
            for (Object s : (List<?>) m.get("sections")) {
                sections.add((String) s);
            }
            entries.add(new Entry((String) m.get("file"), (String) m.get("text"), (String) m.get("kind"),
                    (String) m.get("level"), (String) m.get("period"), ((Number) m.get("events")).intValue(),
                    sections, (String) m.get("summary")));
        }
        return entries;
    }

    static Entry entry(String file) {
        return entries().stream().filter(e -> e.file().equals(file)).findFirst().orElseThrow();
    }

    static String resource(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String name) {
        try (InputStream in = FixtureManifest.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal recursive-descent JSON parser: objects, arrays, strings, numbers, booleans, null. */
    private static final class Json {
        private final String s;
        private int pos;

        Json(String s) {
            this.s = s;
        }

        Object value() {
            skipSpace();
            char c = s.charAt(pos);
            return switch (c) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", null);
                default -> number();
            };
        }

        private Map<String, Object> object() {
            Map<String, Object> map = new LinkedHashMap<>();
            pos++;
            skipSpace();
            if (s.charAt(pos) == '}') {
                pos++;
                return map;
            }
            while (true) {
                skipSpace();
                String key = string();
                skipSpace();
                expect(':');
                map.put(key, value());
                skipSpace();
                if (s.charAt(pos++) == '}') {
                    return map;
                }
            }
        }

        private List<Object> array() {
            List<Object> list = new ArrayList<>();
            pos++;
            skipSpace();
            if (s.charAt(pos) == ']') {
                pos++;
                return list;
            }
            while (true) {
                list.add(value());
                skipSpace();
                if (s.charAt(pos++) == ']') {
                    return list;
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = s.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = s.charAt(pos++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> out.append(e);
                }
            }
        }

        private Number number() {
            int start = pos;
            while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
                pos++;
            }
            String text = s.substring(start, pos);
            return text.contains(".") || text.contains("e") || text.contains("E")
                    ? Double.parseDouble(text)
                    : Long.parseLong(text);
        }

        private Object literal(String word, Object value) {
            if (!s.startsWith(word, pos)) {
                throw new IllegalStateException("Bad JSON at " + pos);
            }
            pos += word.length();
            return value;
        }

        private void expect(char c) {
            if (s.charAt(pos++) != c) {
                throw new IllegalStateException("Expected " + c + " at " + (pos - 1));
            }
        }

        private void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }
    }
}
