package ru.smolensk.registry.integration.office.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import ru.smolensk.registry.integration.office.OfficialDocument;

/**
 * Builds, with POI XWPF, everything of an official document except its table: styles, the draft
 * marking, the title, the organisation line, page setup and the draft watermark. The table's place is
 * held by a paragraph with {@link #TABLE_PLACEHOLDER}, which {@link DocxTableSplicer} replaces.
 */
final class DocxSkeleton {

    static final String TABLE_PLACEHOLDER = "{{registry-official-table}}";
    static final String DRAFT_MARKING = "ПРОЕКТ (не утверждено)";

    private static final String DRAFT_COLOR = "C00000";
    private static final String CREATOR = "Реестр международных мероприятий Смоленской области";

    private DocxSkeleton() {
    }

    /** The skeleton package as bytes. */
    static byte[] build(OfficialDocument document, WriteOptions options) throws IOException {
        try (XWPFDocument docx = new XWPFDocument()) {
            docx.createStyles().setStyles(StylesDocument.Factory.parse(OfficialStyles.XML).getStyles());
            if (options.draft()) {
                addDraftMarking(docx);
            }
            for (String line : OfficialTitle.lines(document.kind(), document.level(), document.period())) {
                addCentredLine(docx, line, true);
            }
            if (options.organisationName() != null) {
                addCentredLine(docx, options.organisationName(), false);
            }
            docx.createParagraph().createRun().setText(TABLE_PLACEHOLDER);
            setUpPage(docx.getDocument().getBody());
            if (options.draft()) {
                DraftWatermark.addTo(docx);
            }
            docx.getProperties().getCoreProperties()
                    .setTitle(OfficialTitle.text(document.kind(), document.level(), document.period()));
            docx.getProperties().getCoreProperties().setCreator(CREATOR);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
            docx.write(bytes);
            return bytes.toByteArray();
        } catch (XmlException e) {
            throw new IllegalStateException("The built-in styles of the official documents do not parse", e);
        }
    }

    private static void addDraftMarking(XWPFDocument docx) {
        XWPFParagraph paragraph = docx.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.RIGHT);
        XWPFRun run = paragraph.createRun();
        run.setBold(true);
        run.setFontSize(OfficialLayout.TITLE_SIZE / 2);
        run.setColor(DRAFT_COLOR);
        run.setText(DRAFT_MARKING);
    }

    private static void addCentredLine(XWPFDocument docx, String text, boolean bold) {
        XWPFParagraph paragraph = docx.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = paragraph.createRun();
        if (bold) {
            run.setBold(true);
        }
        run.setFontSize(OfficialLayout.TITLE_SIZE / 2);
        run.setText(text);
    }

    private static void setUpPage(CTBody body) {
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(OfficialLayout.PAGE_WIDTH));
        size.setH(BigInteger.valueOf(OfficialLayout.PAGE_HEIGHT));
        size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(OfficialLayout.MARGIN);
        margins.setTop(margin);
        margins.setRight(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setHeader(BigInteger.valueOf(OfficialLayout.HEADER_DISTANCE));
        margins.setFooter(BigInteger.valueOf(OfficialLayout.HEADER_DISTANCE));
        margins.setGutter(BigInteger.ZERO);
    }
}
