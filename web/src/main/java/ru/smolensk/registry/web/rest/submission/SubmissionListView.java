package ru.smolensk.registry.web.rest.submission;

import java.util.List;

/** The submissions matching a filter and their number. */
public record SubmissionListView(List<SubmissionView> items, long total) {
}
