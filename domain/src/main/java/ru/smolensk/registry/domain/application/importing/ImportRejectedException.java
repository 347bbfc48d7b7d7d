package ru.smolensk.registry.domain.application.importing;

import ru.smolensk.registry.domain.model.shared.DomainException;

/** The document cannot be imported; the report lists every error. Nothing was written. */
public class ImportRejectedException extends DomainException {
    private static final long serialVersionUID = 1L;

    private final transient ImportReport report;

    public ImportRejectedException(ImportReport report) {
        super("import-rejected", "Документ не может быть загружен: " + report.errors().size()
                + " ошиб. — " + report.errors().get(0).message());
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
