package ru.smolensk.registry.web.ui.documents;

import java.io.Serializable;

/**
 * A downloadable official document in Word and, where offered, Excel.
 *
 * @param id a stable identifier for the page (and its tests)
 * @param labelKey the bundle key of the document's name
 * @param docx the address of the Word file
 * @param xlsx the address of the Excel file, or null
 * @param absent why there is nothing to download (Russian), or null when the document exists
 */
public record DocumentLink(String id, String labelKey, String docx, String xlsx,
        String absent) implements Serializable {

    private static final long serialVersionUID = 1L;

    public DocumentLink(String id, String labelKey, String docx, String xlsx) {
        this(id, labelKey, docx, xlsx, null);
    }
}
