package ru.smolensk.registry.integration.office.read;

import java.io.IOException;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * A file opened from memory, with its recognised format: an Office Open XML package ({@code opc}), an OLE2 compound
 * file ({@code compound}) or an OpenDocument file checked against the limits ({@code data}); the others are null.
 * Closing it discards what was opened without saving anything.
 */
record OpenedPackage(SourceFormat format, OPCPackage opc, POIFSFileSystem compound, byte[] data)
        implements
            AutoCloseable {

    static OpenedPackage ooxml(SourceFormat format, OPCPackage opc) {
        return new OpenedPackage(format, opc, null, null);
    }

    static OpenedPackage compound(SourceFormat format, POIFSFileSystem fs) {
        return new OpenedPackage(format, null, fs, null);
    }

    static OpenedPackage openDocument(byte[] data) {
        return new OpenedPackage(SourceFormat.ODT, null, null, data);
    }

    @Override
    public void close() {
        if (opc != null) {
            opc.revert();
        }
        if (compound != null) {
            try {
                compound.close();
            } catch (IOException e) {
                // In memory: nothing is left to release that matters.
            }
        }
    }
}
