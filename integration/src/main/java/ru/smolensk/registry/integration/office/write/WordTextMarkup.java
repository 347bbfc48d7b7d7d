package ru.smolensk.registry.integration.office.write;

/**
 * Turns verbatim cell text into WordprocessingML paragraphs so that a reader gets the same text back:
 * every line feed ({@code \n}, {@code \r\n} or {@code \r}) starts a new paragraph, as in the customer's
 * documents; tabs become {@code <w:tab/>}; vertical tab and form feed (Word's manual line and page
 * breaks when pasted as text) become {@code <w:br/>}; spaces and no-break spaces are kept as they are.
 * Characters that XML 1.0 cannot carry (other control characters, unpaired surrogates) are dropped.
 */
final class WordTextMarkup {

    private static final String TEXT_OPEN = "<w:t>";
    private static final String PRESERVE_ATTRIBUTE = " xml:space=\"preserve\"";

    private WordTextMarkup() {
    }

    /** Appends the text as one or more paragraphs of the given format; an empty text gives one empty paragraph. */
    static void appendParagraphs(StringBuilder out, String text, ParagraphFormat format) {
        String value = text == null ? "" : text;
        int length = value.length();
        int start = 0;
        for (int i = 0; i <= length; i++) {
            char c = i < length ? value.charAt(i) : '\n';
            if (c == '\n' || c == '\r') {
                appendParagraph(out, value, start, i, format);
                if (c == '\r' && i + 1 < length && value.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
    }

    private static void appendParagraph(StringBuilder out, String text, int from, int to, ParagraphFormat format) {
        if (from == to) {
            out.append(format.emptyParagraph());
            return;
        }
        out.append(format.paragraphOpen()).append(format.runOpen());
        int segment = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\u000B' || c == '\u000C') {
                appendText(out, text, segment, i);
                out.append(c == '\t' ? "<w:tab/>" : "<w:br/>");
                segment = i + 1;
            }
        }
        appendText(out, text, segment, to);
        out.append("</w:r></w:p>");
    }

    /** Appends {@code <w:t>} with the escaped characters; marks it space-preserving when spacing matters. */
    private static void appendText(StringBuilder out, String text, int from, int to) {
        if (from == to) {
            return;
        }
        out.append(TEXT_OPEN);
        int attributeAt = out.length() - 1;
        boolean preserve = text.charAt(from) == ' ' || text.charAt(to - 1) == ' ';
        char previous = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case ' ' -> {
                    preserve |= previous == ' ';
                    out.append(c);
                }
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (isXmlChar(c)) {
                        out.append(c);
                    }
                }
            }
            previous = c;
        }
        out.append("</w:t>");
        if (preserve) {
            out.insert(attributeAt, PRESERVE_ATTRIBUTE);
        }
    }

    private static boolean isXmlChar(char c) {
        return c >= 0x20 && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }
}
