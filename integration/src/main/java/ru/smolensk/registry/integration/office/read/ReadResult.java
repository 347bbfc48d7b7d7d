package ru.smolensk.registry.integration.office.read;

import java.util.List;

import ru.smolensk.registry.integration.office.OfficialDocument;

/**
 * A document read successfully, possibly with issues.
 *
 * @param document the content in the neutral model
 * @param issues problems found, in document order; the caller rejects the file when {@link #hasErrors()}
 * @param format the container format recognised by content
 * @param title the title the kind, level and period were taken from, on one line (for Excel: the text above the
 *            header row, null when there is none)
 * @param sections one entry per section of {@link OfficialDocument#sections()}, at the same index
 * @param extraHeaders the headers of the columns that are not official ones, whose text each row keeps in
 *            {@link ru.smolensk.registry.integration.office.OfficialRow#extras()}
 */
public record ReadResult(OfficialDocument document, List<ReadIssue> issues, SourceFormat format, String title,
        List<SectionInfo> sections, List<String> extraHeaders) {

    public ReadResult {
        issues = List.copyOf(issues);
        sections = List.copyOf(sections);
        extraHeaders = List.copyOf(extraHeaders);
    }

    /** Whether any issue is an error, i.e. the caller should reject the file. */
    public boolean hasErrors() {
        return issues.stream().anyMatch(ReadIssue::isError);
    }

    /** The issues of severity {@link ReadIssue.Severity#ERROR}. */
    public List<ReadIssue> errors() {
        return issues.stream().filter(ReadIssue::isError).toList();
    }

    /** The issues of severity {@link ReadIssue.Severity#WARNING}. */
    public List<ReadIssue> warnings() {
        return issues.stream().filter(i -> !i.isError()).toList();
    }
}
