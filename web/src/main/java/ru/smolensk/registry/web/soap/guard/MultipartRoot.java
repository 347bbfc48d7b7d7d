package ru.smolensk.registry.web.soap.guard;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.smolensk.registry.domain.application.exchange.ExchangeFaultCode;

/**
 * The root part of a {@code multipart/related} message (MTOM/XOP packaging): the part the {@code start} parameter
 * names by its Content-ID, else the first part. Read from the message already held in memory (and so bounded by the
 * size limit); the other parts (attachments) are not read.
 */
final class MultipartRoot {

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(\"([^\"]*)\"|([^;\\s]+))");
    private static final Pattern START = Pattern.compile("(?i)start=(\"([^\"]*)\"|([^;\\s]+))");
    private static final byte[] HEADERS_END = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    private MultipartRoot() {
    }

    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/related");
    }

    /** The content of the root part, or a refusal when the message is not a readable multipart/related one. */
    static byte[] of(byte[] body, String contentType) throws Refusal {
        int[] range = rootRange(body, contentType);
        return Arrays.copyOfRange(body, range[0], range[1]);
    }

    /** The message with its root part's content replaced (the other parts and all headers as they were). */
    static byte[] replaceRoot(byte[] body, String contentType, byte[] root) throws Refusal {
        int[] range = rootRange(body, contentType);
        byte[] replaced = new byte[range[0] + root.length + body.length - range[1]];
        System.arraycopy(body, 0, replaced, 0, range[0]);
        System.arraycopy(root, 0, replaced, range[0], root.length);
        System.arraycopy(body, range[1], replaced, range[0] + root.length, body.length - range[1]);
        return replaced;
    }

    /** Where the root part's content starts and ends. */
    private static int[] rootRange(byte[] body, String contentType) throws Refusal {
        String boundary = parameter(BOUNDARY, contentType);
        if (boundary == null) {
            throw malformed("в заголовке Content-Type нет параметра boundary");
        }
        String start = parameter(START, contentType);
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] nextDelimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int headersStart = at + delimiter.length;
            if (startsWith(body, headersStart, "--")) {
                break;
            }
            int headersEnd = indexOf(body, HEADERS_END, headersStart);
            if (headersEnd < 0) {
                break;
            }
            int contentStart = headersEnd + HEADERS_END.length;
            int contentEnd = indexOf(body, nextDelimiter, contentStart);
            if (contentEnd < 0) {
                throw malformed("часть сообщения не завершена разделителем --" + boundary);
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.ISO_8859_1);
            if (start == null || headers.contains(start)) {
                return new int[]{contentStart, contentEnd};
            }
            at = contentEnd + 2;
        }
        throw malformed(start == null
                ? "не найдена ни одна часть"
                : "не найдена корневая часть с Content-ID " + start);
    }

    private static Refusal malformed(String what) {
        return new Refusal(ExchangeFaultCode.INVALID_CONTENT, "Сообщение multipart/related (MTOM/XOP) не читается: "
                + what + "; ожидается корневая часть с конвертом SOAP 1.1");
    }

    private static String parameter(Pattern pattern, String contentType) {
        Matcher m = pattern.matcher(contentType == null ? "" : contentType);
        return m.find() ? (m.group(2) != null ? m.group(2) : m.group(3)) : null;
    }

    private static boolean startsWith(byte[] data, int from, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return from + bytes.length <= data.length
                && Arrays.equals(data, from, from + bytes.length, bytes, 0, bytes.length);
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer : for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
