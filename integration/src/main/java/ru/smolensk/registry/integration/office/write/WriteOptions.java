package ru.smolensk.registry.integration.office.write;

/**
 * How an official Word document is written.
 *
 * @param draft mark the document as a draft: «ПРОЕКТ (не утверждено)» above the title and a watermark
 * @param keepNumbers print each row's own number string instead of renumbering rows «1.», «2.», ...
 *            (a row without a number still gets its running number)
 * @param organisationName when not null, the document is one organisation's own plan or report: its
 *            name is printed under the title
 */
public record WriteOptions(boolean draft, boolean keepNumbers, String organisationName) {

    private static final WriteOptions OFFICIAL = new WriteOptions(false, false, null);

    public WriteOptions {
        if (organisationName != null && organisationName.isBlank()) {
            organisationName = null;
        }
    }

    /** An approved consolidated document with rows renumbered continuously. */
    public static WriteOptions official() {
        return OFFICIAL;
    }

    /** The same options with the draft marking. */
    public WriteOptions asDraft() {
        return new WriteOptions(true, keepNumbers, organisationName);
    }

    /** The same options keeping the rows' own numbers. */
    public WriteOptions keepingNumbers() {
        return new WriteOptions(draft, true, organisationName);
    }

    /** The same options for one organisation's own document, its name printed under the title. */
    public WriteOptions forOrganisation(String name) {
        return new WriteOptions(draft, keepNumbers, name);
    }
}
