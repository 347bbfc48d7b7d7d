package ru.smolensk.registry.integration.exchange;

import jakarta.activation.DataHandler;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlMimeType;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The answer of GetDocument: the consolidated .docx of approved records, sent as an MTOM attachment. */
@XmlRootElement(name = "GetDocumentResponse")
@XmlType(name = "", propOrder = {"fileName", "content"})
public class GetDocumentResponse {

    /** The media type of the content. */
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @XmlElement(name = "FileName", required = true)
    public String fileName;

    @XmlElement(name = "Content", required = true)
    @XmlMimeType(DOCX)
    public DataHandler content;
}
