package ru.smolensk.registry.integration.office.write;

import java.util.Objects;
import java.util.stream.Stream;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.xmlbeans.XmlObject;

import com.microsoft.schemas.vml.CTShape;

/**
 * The diagonal «ПРОЕКТ» watermark of a draft, in every page header. POI draws it in solid black with a
 * wrongly escaped font; this turns it into Word's usual semi-transparent silver Times New Roman text.
 */
final class DraftWatermark {

    static final String TEXT = "ПРОЕКТ";

    private static final String SHAPES = "declare namespace v='urn:schemas-microsoft-com:vml' .//v:shape";

    private DraftWatermark() {
    }

    static void addTo(XWPFDocument docx) {
        XWPFHeaderFooterPolicy policy = docx.createHeaderFooterPolicy();
        policy.createWatermark(TEXT);
        Stream.of(policy.getDefaultHeader(), policy.getFirstPageHeader(), policy.getEvenPageHeader())
                .filter(Objects::nonNull).forEach(DraftWatermark::soften);
    }

    private static void soften(XWPFHeader header) {
        for (XmlObject found : header._getHdrFtr().selectPath(SHAPES)) {
            if (found instanceof CTShape shape) {
                shape.setFillcolor("silver");
                shape.setStyle(shape.getStyle() + ";rotation:315");
                shape.addNewFill().setOpacity(".5");
                if (shape.sizeOfTextpathArray() > 0) {
                    shape.getTextpathArray(0).setStyle("font-family:\"Times New Roman\";font-size:1pt");
                }
            }
        }
    }
}
