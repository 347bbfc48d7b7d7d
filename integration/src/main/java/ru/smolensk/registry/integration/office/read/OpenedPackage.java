package ru.smolensk.registry.integration.office.read;

import org.apache.poi.openxml4j.opc.OPCPackage;

/**
 * An Office Open XML package opened from memory, with its recognised format. Closing it discards the package
 * without saving anything.
 */
record OpenedPackage(SourceFormat format, OPCPackage opc) implements AutoCloseable {

    @Override
    public void close() {
        opc.revert();
    }
}
