package ru.smolensk.registry.it;

import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Every staff screen with the demo account that sees it at its fullest, for the tests that go over all of them (layout
 * at phone and desktop sizes, accessibility).
 *
 * @param name a short name for messages and screenshot files
 * @param path the address below the context root
 * @param account the demo account that opens it
 */
record Screens(String name, String path, String account) {

    /** The screens of an operator, the coordinator and the administrator, and the public ones. */
    static List<Screens> all() {
        long plan = operatorsPlan();
        return List.of(new Screens("login", "/login.xhtml", null), new Screens("help", "/help.xhtml", null),
                new Screens("developers", "/developers.xhtml", null),
                new Screens("not-found", "/app/no-such-page.xhtml", "shumyachi"),
                new Screens("dashboard-operator", "/app/index.xhtml", "shumyachi"),
                new Screens("events", "/app/events.xhtml", "shumyachi"),
                new Screens("submissions", "/app/submissions.xhtml", "shumyachi"),
                new Screens("submission", "/app/submission.xhtml?id=" + plan, "shumyachi"),
                new Screens("entry-form", "/app/event.xhtml?submission=" + plan, "shumyachi"),
                new Screens("import", "/app/import.xhtml", "shumyachi"),
                new Screens("documents", "/app/documents.xhtml", "shumyachi"),
                new Screens("fulfilment", "/app/fulfilment.xhtml", "shumyachi"),
                new Screens("series", "/app/series.xhtml", "shumyachi"),
                new Screens("analytics", "/app/analytics.xhtml", "coordinator"),
                new Screens("dashboard-coordinator", "/app/index.xhtml", "coordinator"),
                new Screens("campaigns", "/app/campaigns.xhtml", "coordinator"),
                new Screens("exchange", "/app/exchange.xhtml", "coordinator"),
                new Screens("reference", "/app/admin/reference.xhtml", "admin"),
                new Screens("accounts", "/app/admin/accounts.xhtml", "admin"),
                new Screens("forbidden", "/app/admin/accounts.xhtml", "shumyachi"));
    }

    /** The id of Шумячский муниципальный округ's plan for the first half of 2026 (demo data). */
    static long operatorsPlan() {
        JsonObject list = RegistryClient.json(RegistryClient.as("shumyachi").get("/api/submissions"))
                .asJsonObject();
        for (JsonValue item : list.getJsonArray("items")) {
            JsonObject submission = item.asJsonObject();
            if ("PLAN".equals(submission.getString("kind")) && "2026-H1".equals(submission.getString("period"))) {
                return submission.getJsonNumber("id").longValue();
            }
        }
        throw new IllegalStateException("The demo data have no 2026-H1 plan of shumyachi: " + list);
    }
}
