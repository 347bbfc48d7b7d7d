package ru.smolensk.registry.web.ui.submissions;

import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/**
 * One cell of the coordinator's matrix: the status of an organisation's plan or report of a period and the
 * document it links to ({@code null} both when there is none yet).
 */
public record MatrixCell(SubmissionStatus status, Long submissionId) {

    static final MatrixCell NONE = new MatrixCell(null, null);

    /** The style class of the cell's status colour. */
    public String getStyle() {
        return "registry-cell-" + (status == null ? "NONE" : status.name());
    }
}
