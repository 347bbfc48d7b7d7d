package ru.smolensk.registry.web.ui.analytics;

import java.util.List;

/**
 * The Chart.js configuration of a one-series bar chart as PrimeFaces' {@code p:chart} takes it (a JSON text): the
 * labels, the counts and the series name. Horizontal bars suit long Russian names (organisations, countries).
 */
final class ChartJson {

    private static final String COLOR = "#3b6fd4";

    private ChartJson() {
    }

    /** A bar chart of the rows, horizontal or vertical; at most {@code limit} rows (the first ones). */
    static String bars(List<CountRow> rows, String series, boolean horizontal, int limit) {
        List<CountRow> shown = rows.size() > limit ? rows.subList(0, limit) : rows;
        StringBuilder labels = new StringBuilder();
        StringBuilder data = new StringBuilder();
        for (CountRow row : shown) {
            labels.append(labels.isEmpty() ? "" : ",").append(string(shorten(row.label())));
            data.append(data.isEmpty() ? "" : ",").append(row.count());
        }
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[{\"label\":" + string(series)
                + ",\"data\":[" + data + "],\"backgroundColor\":\"" + COLOR + "\"}]},\"options\":{\"indexAxis\":\""
                + (horizontal ? "y" : "x") + "\",\"responsive\":true,\"maintainAspectRatio\":false,"
                + "\"plugins\":{\"legend\":{\"display\":false}},\"scales\":{\"" + (horizontal ? "x" : "y")
                + "\":{\"beginAtZero\":true,\"ticks\":{\"precision\":0}}}}}";
    }

    /** Long names are cut on the axis (the table below shows them whole). */
    static String shorten(String label) {
        return label.length() <= 40 ? label : label.substring(0, 39) + "…";
    }

    /** A JSON string literal. */
    static String string(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '<' -> json.append("\\u003c");
                case '>' -> json.append("\\u003e");
                case '&' -> json.append("\\u0026");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
