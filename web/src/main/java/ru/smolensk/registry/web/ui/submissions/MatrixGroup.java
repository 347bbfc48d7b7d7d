package ru.smolensk.registry.web.ui.submissions;

import java.util.List;

import ru.smolensk.registry.domain.model.organization.OrganizationKind;

/** The organisations of one kind in the coordinator's matrix (городские округа, муниципальные округа, …). */
public record MatrixGroup(OrganizationKind kind, List<MatrixRow> rows) {

    public MatrixGroup {
        rows = List.copyOf(rows);
    }
}
