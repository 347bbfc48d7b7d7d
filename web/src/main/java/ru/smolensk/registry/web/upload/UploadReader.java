package ru.smolensk.registry.web.upload;

import java.io.InputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ru.smolensk.registry.domain.application.importing.ImportedDocument;
import ru.smolensk.registry.integration.office.importing.ImportedDocuments;
import ru.smolensk.registry.integration.office.read.OfficialDocumentReader;

/** Reads uploads with the configured size limit ({@code import.max.bytes}, default 20 MB). */
@ApplicationScoped
public class UploadReader {

    private final ImportedDocuments documents;

    @Inject
    public UploadReader(@ConfigProperty(name = "import.max.bytes", defaultValue = "20971520") long maxBytes) {
        this.documents = new ImportedDocuments(new OfficialDocumentReader(maxBytes));
    }

    protected UploadReader() {
        this.documents = null;
    }

    public ImportedDocument read(InputStream in, String fileName) {
        return documents.read(in, fileName);
    }
}
