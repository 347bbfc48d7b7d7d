package ru.smolensk.registry.integration.office.read;

/**
 * Resource limits of the reader.
 *
 * @param maxFileBytes the largest accepted file; bytes are counted while reading the stream
 * @param maxUnpackedBytes the largest total size of all zip entries after inflation
 */
public record ReaderLimits(long maxFileBytes, long maxUnpackedBytes) {

    /** 20 MB: far above any real plan or report. */
    public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;

    /** How many times the file limit the unpacked content may take by default. */
    public static final int DEFAULT_UNPACK_FACTOR = 20;

    public ReaderLimits {
        if (maxFileBytes <= 0 || maxFileBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxFileBytes out of range: " + maxFileBytes);
        }
        if (maxUnpackedBytes <= 0) {
            throw new IllegalArgumentException("maxUnpackedBytes must be positive: " + maxUnpackedBytes);
        }
    }

    /** 20 MB per file, 400 MB unpacked. */
    public static ReaderLimits defaults() {
        return ofFileBytes(DEFAULT_MAX_FILE_BYTES);
    }

    /** The given file limit with an unpacked limit of {@value #DEFAULT_UNPACK_FACTOR} times as much. */
    public static ReaderLimits ofFileBytes(long maxFileBytes) {
        return new ReaderLimits(maxFileBytes, maxFileBytes * DEFAULT_UNPACK_FACTOR);
    }
}
