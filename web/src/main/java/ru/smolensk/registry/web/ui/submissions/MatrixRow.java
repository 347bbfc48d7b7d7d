package ru.smolensk.registry.web.ui.submissions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/**
 * One organisation in the coordinator's matrix: the status of its plan or report in each of the
 * matrix's periods ({@code null} where there is none yet).
 */
public record MatrixRow(String organization, List<SubmissionStatus> cells) {

    public MatrixRow {
        cells = Collections.unmodifiableList(new ArrayList<>(cells));
    }
}
