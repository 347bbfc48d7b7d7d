package ru.smolensk.registry.web.ui.campaign;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An extension of a campaign's deadline for one organisation as the campaign screen lists it.
 *
 * @param grantedBy the name of the person who granted it
 */
public record ExtensionRow(String organization, LocalDate until, String reason, String grantedBy)
        implements
            Serializable {

    private static final long serialVersionUID = 1L;
}
