package ru.smolensk.registry.web.ui.submissions;

import java.util.List;

/**
 * One organisation in the coordinator's matrix: the cell of its plan or report in each of the matrix's periods.
 *
 * @param code the organisation's code, for the links to its filtered list
 */
public record MatrixRow(String code, String organization, List<MatrixCell> cells) {

    public MatrixRow {
        cells = List.copyOf(cells);
    }
}
