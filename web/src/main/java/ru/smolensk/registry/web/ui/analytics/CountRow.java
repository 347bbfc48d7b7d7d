package ru.smolensk.registry.web.ui.analytics;

import java.io.Serializable;

/** One line of a statistics table: what is counted (in Russian) and how many events. */
public record CountRow(String label, long count) implements Serializable {

    private static final long serialVersionUID = 1L;
}
