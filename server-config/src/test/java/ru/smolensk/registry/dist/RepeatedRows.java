package ru.smolensk.registry.dist;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A big .docx made of a small one: the last row of its table repeated, each copy numbered and its name made unique,
 * so that an import of it takes seconds instead of milliseconds. Written without compression: the reader refuses
 * a part that inflates more than a hundred times (a zip bomb), which a thousand copies of one row would do.
 */
final class RepeatedRows {

    private RepeatedRows() {
    }

    /**
     * The document with its last table row (numbered "1.") written this many times; in copy {@code i} the row number
     * reads {@code i.} and the text {@code name} reads {@code name № i}.
     */
    static byte[] docx(byte[] docx, String name, int copies) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.NO_COMPRESSION);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    content = repeatLastRow(new String(content, StandardCharsets.UTF_8), name, copies)
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String repeatLastRow(String xml, String name, int copies) {
        int start = xml.lastIndexOf("<w:tr>");
        int end = start < 0 ? -1 : xml.indexOf("</w:tr>", start);
        String row = end < 0 ? "" : xml.substring(start, end + "</w:tr>".length());
        end += "</w:tr>".length();
        if (!row.contains("<w:t>1.</w:t>") || !row.contains(name)) {
            throw new IllegalArgumentException("the last table row is not row 1. with the text " + name);
        }
        StringBuilder rows = new StringBuilder(row.length() * copies + xml.length());
        rows.append(xml, 0, start);
        for (int i = 1; i <= copies; i++) {
            rows.append(row.replace("<w:t>1.</w:t>", "<w:t>" + i + ".</w:t>").replace(name, name + " № " + i));
        }
        return rows.append(xml, end, xml.length()).toString();
    }
}
