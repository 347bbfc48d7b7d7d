package ru.smolensk.registry.web.ui.analytics;

import java.io.Serializable;

/** One organisation's plan against its reports: planned, reported, planned entries held and the share held. */
public record FulfilmentRow(String organization, long planned, long reported, long plannedHeld, int percentHeld)
        implements
            Serializable {

    private static final long serialVersionUID = 1L;
}
