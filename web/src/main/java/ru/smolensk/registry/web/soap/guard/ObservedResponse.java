package ru.smolensk.registry.web.soap.guard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The response as the SOAP stack writes it, held back whole: the guard signs it (the envelope, or the root part of
 * an MTOM answer) before it goes out, and the journal gets the answer as sent (the SOAP body's XML) and the fault
 * code of a refusal. The stack's Content-Length and flushes are held back with it.
 */
final class ObservedResponse extends HttpServletResponseWrapper {

    private static final Pattern FAULT_CODE = Pattern.compile("<(?:[\\w.-]+:)?Code>\\s*([A-Z_]{2,64})\\s*<");

    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private ServletOutputStream stream;
    private PrintWriter writer;

    ObservedResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    kept.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    kept.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new IllegalStateException("The SOAP answer is written blocking");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(),
                    java.nio.charset.Charset.forName(encoding)), false);
        }
        return writer;
    }

    @Override
    public void setContentLength(int len) {
        // the signed answer has a length of its own
    }

    @Override
    public void setContentLengthLong(long len) {
        // the signed answer has a length of its own
    }

    @Override
    public void setHeader(String name, String value) {
        if (!"Content-Length".equalsIgnoreCase(name)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!"Content-Length".equalsIgnoreCase(name)) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    @Override
    public void resetBuffer() {
        kept.reset();
        super.resetBuffer();
    }

    @Override
    public void reset() {
        kept.reset();
        super.reset();
    }

    /** The bytes the stack wrote. */
    byte[] written() {
        flushBuffer();
        return kept.toByteArray();
    }

    private byte[] sent;

    /** Sends the answer (as signed, or as written when it is no envelope) and keeps it for the journal. */
    void send(byte[] answer) throws IOException {
        sent = answer;
        HttpServletResponse response = (HttpServletResponse) getResponse();
        response.setContentLength(answer.length);
        response.getOutputStream().write(answer);
        response.flushBuffer();
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
            answer = AnswerBody.of(sent == null ? written() : sent, getContentType());
        }
        return answer;
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
