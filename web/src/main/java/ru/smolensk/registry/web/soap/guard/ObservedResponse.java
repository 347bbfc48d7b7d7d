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
 * The response as it is written, keeping its first bytes so that the fault code of a refusal can be journaled.
 */
final class ObservedResponse extends HttpServletResponseWrapper {

    private static final int KEPT = 8192;
    private static final Pattern FAULT_CODE = Pattern.compile("<(?:[\\w.-]+:)?Code>\\s*([A-Z_]{2,64})\\s*<");

    private final ByteArrayOutputStream start = new ByteArrayOutputStream();
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
                    if (start.size() < KEPT) {
                        start.write(b);
                    }
                    target.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    if (start.size() < KEPT) {
                        start.write(b, off, Math.min(len, KEPT - start.size()));
                    }
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

    /** The fault code of a refused message (the contract's ExchangeFault, else SOAP_FAULT); null when answered. */
    String faultCode() {
        if (getStatus() < HttpServletResponse.SC_BAD_REQUEST) {
            return null;
        }
        Matcher code = FAULT_CODE.matcher(start.toString(StandardCharsets.UTF_8));
        return code.find()
                ? code.group(1)
                : getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR
                        ? "SOAP_FAULT"
                        : "HTTP_" + getStatus();
    }
}
