package ru.smolensk.registry.web.soap;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;

import jakarta.activation.DataSource;

/** A document in memory as an attachment (the server has no mail feature, whose data source this would be). */
final class BytesDataSource implements DataSource {

    private final byte[] bytes;
    private final String contentType;
    private final String name;

    BytesDataSource(byte[] bytes, String contentType, String name) {
        this.bytes = bytes;
        this.contentType = contentType;
        this.name = name;
    }

    @Override
    public InputStream getInputStream() {
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public OutputStream getOutputStream() {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public String getContentType() {
        return contentType;
    }

    @Override
    public String getName() {
        return name;
    }
}
