package ru.smolensk.registry.integration.office.write;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of the export, created once per workbook and shared by all cells. */
final class WorkbookStyles {

    static final String DATE_FORMAT = "dd.mm.yyyy";

    final CellStyle header;
    final CellStyle text;
    final CellStyle date;
    final CellStyle integer;
    final CellStyle caption;

    WorkbookStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);

        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);

        text = workbook.createCellStyle();
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);

        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
        date.setVerticalAlignment(VerticalAlignment.TOP);

        integer = workbook.createCellStyle();
        integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
        integer.setVerticalAlignment(VerticalAlignment.TOP);

        caption = workbook.createCellStyle();
        caption.setFont(bold);
    }
}
