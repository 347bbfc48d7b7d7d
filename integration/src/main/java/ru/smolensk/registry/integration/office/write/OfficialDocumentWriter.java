package ru.smolensk.registry.integration.office.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

import ru.smolensk.registry.integration.office.OfficialDocument;

/**
 * Writes an official plan or report as a Word document in the customer's layout: A4 landscape,
 * 1.5 cm margins, Times New Roman; the title in 14 pt bold with the period in words; one table with
 * the official header row repeated on every page, a merged row per section, event rows numbered
 * «1.», «2.», ... continuously across sections, the cell text verbatim; the note as the merged last
 * row of the table. A period without rows gives the title, the header row and one merged row
 * «Сведения за период отсутствуют».
 *
 * <p>The table is streamed into the package, so writing 10,000 rows needs little memory beyond the
 * document model itself. Instances are stateless and thread-safe.
 */
public class OfficialDocumentWriter {

    /** Writes an approved document with rows renumbered. */
    public void write(OfficialDocument document, OutputStream out) throws IOException {
        write(document, WriteOptions.official(), out);
    }

    /**
     * Writes the document as .docx to the stream, which is left open.
     *
     * @throws IOException when the stream fails
     */
    public void write(OfficialDocument document, WriteOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        byte[] skeleton = DocxSkeleton.build(document, options);
        OfficialTableMarkup table = new OfficialTableMarkup(document.kind());
        DocxTableSplicer.splice(skeleton, DocxSkeleton.TABLE_PLACEHOLDER,
                writer -> table.write(document, options, writer), out);
    }
}
