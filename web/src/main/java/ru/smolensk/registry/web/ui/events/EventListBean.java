package ru.smolensk.registry.web.ui.events;

import java.io.Serializable;
import java.text.NumberFormat;
import java.util.List;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.component.datatable.DataTable;

import ru.smolensk.registry.domain.application.ReferenceDataService;
import ru.smolensk.registry.domain.application.event.EventQueryService;
import ru.smolensk.registry.domain.model.event.EventFormat;
import ru.smolensk.registry.domain.model.event.EventQuery;
import ru.smolensk.registry.domain.model.event.TextHighlighter;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.web.ui.Texts;
import ru.smolensk.registry.web.ui.state.PageStateBean;

/** The events list screen: its filters, the lazily loaded table and the choices of the filters. */
@Named("eventList")
@ViewScoped(saveInViewState = true)
public class EventListBean extends PageStateBean {

    private static final long serialVersionUID = 1L;
    private static final String TABLE_ID = ":eventsForm:events";

    @Inject
    transient EventQueryService events;

    @Inject
    transient TextHighlighter highlighter;

    @Inject
    transient ReferenceDataService referenceData;

    private final EventFilter filter = new EventFilter();
    /** Made again after the bean is read back from the page: it holds the query service, which cannot travel. */
    private transient EventLazyModel model;
    /** The filters' choices: reference data, read again after the bean is restored from the page. */
    private transient OrganizationChoice organizationChoice;
    private transient List<Option> spheres;
    private transient List<Option> countries;

    /** A choice of a select list: the submitted value and the label shown. */
    public record Option(String value, String label) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    public EventLazyModel getModel() {
        if (model == null) {
            model = new EventLazyModel(events, filter, highlighter);
        }
        return model;
    }

    public EventFilter getFilter() {
        return filter;
    }

    /**
     * The Excel download of the filter (below the context root): the official document of the chosen
     * period for the chosen organisation or level; {@code null} when the filter names neither.
     */
    public String getExportPath() {
        return ExcelExport.pathOf(filter).orElse(null);
    }

    /**
     * How many rows «Выгрузить в Excel» reads at a time: the largest page the query service serves. The exporter reads
     * page after page until one is empty, so the file holds every row of the filter however many there are (without
     * it the exporter asked for the table's last row count in one page: more than the service serves, or, when the
     * filter matched fewer rows than that count, the same page again and again without end).
     */
    public int getExportBatch() {
        return EventQuery.MAX_PAGE_SIZE;
    }

    /**
     * The table's «records … of …» text: of the exact number, or «of more than N» when more entries match than are
     * counted (the paginator's placeholders are filled in by the table).
     */
    public String getPageReport() {
        EventLazyModel table = getModel();
        return table.isTotalExact()
                ? Texts.get("events.pageReport")
                : Texts.get("events.pageReport.more").replace("{more}",
                        NumberFormat.getIntegerInstance(Texts.RUSSIAN).format(table.getRowCount()));
    }

    /** Applies the filters: the table shows their first page. */
    public void search() {
        showFirstPage();
    }

    /** Clears every filter and shows the first page. */
    public void reset() {
        filter.clear();
        showFirstPage();
    }

    private static void showFirstPage() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE_ID);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public DocumentKind[] getKinds() {
        return DocumentKind.values();
    }

    public EventFormat[] getFormats() {
        return EventFormat.values();
    }

    /** Spheres of cooperation in the official order. */
    public List<Option> getSpheres() {
        if (spheres == null) {
            spheres = referenceData.spheres().stream().map(s -> new Option(s.code(), s.name())).toList();
        }
        return spheres;
    }

    /** Countries by their Russian names. */
    /** The Russian names of the row's countries, for the export of the filtered list. */
    public String countryNames(EventRow row) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        getCountries().forEach(c -> names.put(c.value(), c.label()));
        return String.join(", ", row.countryCodes().stream().map(code -> names.getOrDefault(code, code)).toList());
    }

    public List<Option> getCountries() {
        if (countries == null) {
            countries = referenceData.countries().stream().map(c -> new Option(c.code(), c.name())).toList();
        }
        return countries;
    }

    public Level[] getLevels() {
        return Level.values();
    }

    /** The organisation filter: organisations offered by a part of their name, shown by their current name. */
    public OrganizationChoice getOrganizationChoice() {
        if (organizationChoice == null) {
            organizationChoice = new OrganizationChoice(referenceData);
        }
        return organizationChoice;
    }
}
