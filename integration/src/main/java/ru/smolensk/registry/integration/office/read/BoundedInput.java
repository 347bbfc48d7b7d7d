package ru.smolensk.registry.integration.office.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/** Reads an upload into memory, counting the bytes actually read instead of trusting a declared length. */
final class BoundedInput {

    private static final double MEGABYTE = 1024.0 * 1024.0;

    private BoundedInput() {
    }

    /**
     * All bytes of the stream, at most {@code maxBytes}.
     *
     * @throws DocumentReadException {@code too-large} as soon as the stream yields more than {@code maxBytes}
     * @throws UncheckedIOException when the stream itself fails (the upload broke off, not the document)
     */
    static byte[] readAll(InputStream in, long maxBytes, String fileName) {
        int limit = (int) maxBytes;
        byte[] data;
        try {
            data = in.readNBytes(limit + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the uploaded file failed", e);
        }
        if (data.length > limit) {
            throw new DocumentReadException(ReadFailure.TOO_LARGE, "Файл «" + fileName
                    + "» слишком большой: допускается не более " + megabytes(maxBytes) + " МБ");
        }
        return data;
    }

    private static String megabytes(long bytes) {
        double mb = bytes / MEGABYTE;
        return mb == Math.rint(mb)
                ? Long.toString((long) mb)
                : String.format(Locale.ROOT, "%.2f", mb).replace('.', ',');
    }
}
