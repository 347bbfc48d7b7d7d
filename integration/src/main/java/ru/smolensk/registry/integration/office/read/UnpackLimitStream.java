package ru.smolensk.registry.integration.office.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;

/**
 * POI's zip-bomb guarded stream (ratio and entry size checks of {@code ZipSecureFile}) with one more guard: the
 * total number of inflated bytes over all entries.
 */
final class UnpackLimitStream extends ZipArchiveThresholdInputStream {

    private final long maxUnpackedBytes;
    private long unpacked;

    UnpackLimitStream(InputStream zip, long maxUnpackedBytes) {
        super(new ZipArchiveInputStream(zip, StandardCharsets.UTF_8.name(), false, true));
        this.maxUnpackedBytes = maxUnpackedBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        if (skipped > 0) {
            count(skipped);
        }
        return skipped;
    }

    private void count(long bytes) throws LimitExceededException {
        unpacked += bytes;
        if (unpacked > maxUnpackedBytes) {
            throw new LimitExceededException(maxUnpackedBytes);
        }
    }

    /** The archive inflates to more than the allowed total. */
    static final class LimitExceededException extends IOException {
        private static final long serialVersionUID = 1L;

        LimitExceededException(long limit) {
            super("Zip content exceeds " + limit + " bytes when inflated");
        }
    }
}
