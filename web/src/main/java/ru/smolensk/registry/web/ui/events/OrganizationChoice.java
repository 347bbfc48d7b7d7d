package ru.smolensk.registry.web.ui.events;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ru.smolensk.registry.domain.application.NotFoundException;
import ru.smolensk.registry.domain.application.ReferenceDataService;
import ru.smolensk.registry.domain.model.organization.Organization;

/**
 * The organisation filter as an autocomplete: the organisations whose name contains what the user typed, a few at a
 * time. A federal registry has thousands of organisations; listing them all in the page (as a select menu did) made
 * every opening of the screen carry and initialise them in the browser. Keeps the names of the codes it offered, so
 * the chosen organisation is shown by its name without reading it again.
 */
public class OrganizationChoice implements Serializable {

    /** How many organisations one completion offers: enough to choose among by reading, few enough to send. */
    public static final int OFFERED = 20;

    private static final long serialVersionUID = 1L;

    private final ReferenceDataService referenceData;
    private final Map<String, String> names = new HashMap<>();

    public OrganizationChoice(ReferenceDataService referenceData) {
        this.referenceData = referenceData;
    }

    /** The codes of the organisations whose name or code contains the text, in the official order. */
    public List<String> complete(String text) {
        List<Organization> found = referenceData.organizationsNamed(text, OFFERED);
        found.forEach(o -> names.put(o.code(), o.currentName()));
        return found.stream().map(Organization::code).toList();
    }

    /** The current name of the organisation of a code (the code itself when no organisation has it). */
    public String name(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return names.computeIfAbsent(code, this::currentName);
    }

    private String currentName(String code) {
        try {
            return referenceData.organization(code).currentName();
        } catch (NotFoundException unknown) {
            return code;
        }
    }
}
