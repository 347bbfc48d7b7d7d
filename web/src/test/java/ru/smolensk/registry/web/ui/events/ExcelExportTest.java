package ru.smolensk.registry.web.ui.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.model.submission.Level;

class ExcelExportTest {

    @Test
    void anOrganisationsPlanOfTheChosenHalfYear() {
        EventFilter filter = new EventFilter();
        filter.setPeriod("2026-H1");
        filter.setOrganization("shumyachsky");
        filter.setLevel(Level.REGIONAL);
        assertEquals(Optional.of("/api/documents/plan/2026-H1/organizations/shumyachsky.xlsx"),
                ExcelExport.pathOf(filter));
    }

    @Test
    void theConsolidatedReportOfALevel() {
        EventFilter filter = new EventFilter();
        filter.setPeriod("2025-Q4");
        filter.setLevel(Level.MUNICIPAL);
        assertEquals(Optional.of("/api/documents/report/municipal/2025-Q4.xlsx"), ExcelExport.pathOf(filter));
    }

    @Test
    void nothingWithoutAPeriodOrWithoutAnOrganisationOrLevel() {
        EventFilter filter = new EventFilter();
        filter.setOrganization("smolensk");
        assertTrue(ExcelExport.pathOf(filter).isEmpty());
        filter.setOrganization(null);
        filter.setPeriod("2026-H1");
        assertTrue(ExcelExport.pathOf(filter).isEmpty());
    }
}
