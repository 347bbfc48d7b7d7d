package ru.smolensk.registry.web.soap.guard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The response as it is written, kept whole, so that the journal gets the answer as sent (the SOAP body's XML, from
 * the root part of an MTOM answer) and the fault code of a refusal.
 */
final class ObservedResponse extends HttpServletResponseWrapper {

    private static final Pattern FAULT_CODE = Pattern.compile("<(?:[\\w.-]+:)?Code>\\s*([A-Z_]{2,64})\\s*<");

    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private ServletOutputStream stream;

    ObservedResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            ServletOutputStream target = super.getOutputStream();
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    kept.write(b);
                    target.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    kept.write(b, off, len);
                    target.write(b, off, len);
                }

                @Override
                public void flush() throws IOException {
                    target.flush();
                }

                @Override
                public boolean isReady() {
                    return target.isReady();
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    target.setWriteListener(listener);
                }
            };
        }
        return stream;
    }

    /** The fault code of a refused message (the contract's ExchangeFault, else INTERNAL_ERROR); null when answered. */
    String faultCode() {
        if (getStatus() < HttpServletResponse.SC_BAD_REQUEST) {
            return null;
        }
        Matcher code = FAULT_CODE.matcher(answer() == null ? "" : answer());
        return code.find() ? code.group(1) : "INTERNAL_ERROR";
    }

    private String answer;

    /** The SOAP body's content as sent (XML), or null when the answer is no SOAP envelope. */
    String answer() {
        if (answer == null) {
            answer = AnswerBody.of(kept.toByteArray(), getContentType());
        }
        return answer;
    }
}
