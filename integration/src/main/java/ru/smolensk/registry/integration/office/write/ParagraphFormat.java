package ru.smolensk.registry.integration.office.write;

/**
 * The WordprocessingML markup that opens a paragraph and its run in one kind of table cell, prepared
 * once and shared by every paragraph of that kind (no per-cell formatting objects).
 */
final class ParagraphFormat {

    /** Event cells and the number cell: 10 pt, regular, left. */
    static final ParagraphFormat CELL = new ParagraphFormat(false, OfficialLayout.CELL_SIZE, false, false);
    /** Header row: 10 pt bold, left, as in the customer's documents. */
    static final ParagraphFormat HEADER = new ParagraphFormat(true, OfficialLayout.CELL_SIZE, false, false);
    /** Section rows: 11 pt bold, centred, kept on the page of the first event row below. */
    static final ParagraphFormat SECTION = new ParagraphFormat(true, OfficialLayout.SECTION_SIZE, true, true);
    /** The note row at the end of the table: 11 pt bold, centred. */
    static final ParagraphFormat NOTE = new ParagraphFormat(true, OfficialLayout.SECTION_SIZE, true, false);
    /** The «no data» row of an empty period: 10 pt regular, centred. */
    static final ParagraphFormat NO_DATA = new ParagraphFormat(false, OfficialLayout.CELL_SIZE, true, false);

    private final String paragraphOpen;
    private final String runOpen;
    private final String emptyParagraph;

    private ParagraphFormat(boolean bold, int halfPoints, boolean centred, boolean keepNext) {
        String runProperties = "<w:rPr>" + (bold ? "<w:b/>" : "") + "<w:sz w:val=\"" + halfPoints + "\"/></w:rPr>";
        String paragraphProperties = (keepNext ? "<w:keepNext/>" : "") + (centred ? "<w:jc w:val=\"center\"/>" : "");
        this.paragraphOpen = paragraphProperties.isEmpty()
                ? "<w:p>"
                : "<w:p><w:pPr>" + paragraphProperties + "</w:pPr>";
        this.runOpen = "<w:r>" + runProperties;
        // An empty paragraph carries the size on its paragraph mark so that the empty line is as high as the text.
        this.emptyParagraph = "<w:p><w:pPr>" + paragraphProperties + runProperties + "</w:pPr></w:p>";
    }

    /** {@code <w:p>} with the paragraph properties. */
    String paragraphOpen() {
        return paragraphOpen;
    }

    /** {@code <w:r>} with the run properties. */
    String runOpen() {
        return runOpen;
    }

    /** A complete paragraph without text. */
    String emptyParagraph() {
        return emptyParagraph;
    }
}
