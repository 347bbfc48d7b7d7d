package ru.smolensk.registry.integration.office.read;

import java.util.Set;

/**
 * The columns the registry's own workbooks add beside the official ones (dates and countries as parsed, the
 * format, the status…): a workbook exported, corrected and loaded back has them, and they are neither official
 * columns nor the sender's extra information, so they are recognised and not read.
 */
final class DerivedColumns {

    private static final Set<String> HEADERS = Set.of("организация", "сфера сотрудничества", "дата начала",
            "дата окончания", "точность дат", "страны", "формат", "количество участников", "соглашения", "статус",
            "статус записи", "источник");

    private static final String EXTRAS_BUNDLE = "дополнительные столбцы";

    private DerivedColumns() {
    }

    /** Whether a header is the registry's own column bundling the extra columns of an imported table. */
    static boolean isExtrasBundle(String headerText) {
        return EXTRAS_BUNDLE.equals(OfficeText.key(headerText));
    }

    /** Whether a header names a column the registry derives from the official ones. */
    static boolean isDerived(String headerText) {
        return HEADERS.contains(OfficeText.key(headerText));
    }
}
