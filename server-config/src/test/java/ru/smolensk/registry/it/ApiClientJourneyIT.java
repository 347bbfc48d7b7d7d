package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.smolensk.registry.it.apiclient.ApiClient;
import ru.smolensk.registry.it.apiclient.ApiException;
import ru.smolensk.registry.it.apiclient.ApiResponse;
import ru.smolensk.registry.it.apiclient.api.DefaultApi;
import ru.smolensk.registry.it.apiclient.model.CreateSubmissionRequest;
import ru.smolensk.registry.it.apiclient.model.DecisionRequest;
import ru.smolensk.registry.it.apiclient.model.EventDates;
import ru.smolensk.registry.it.apiclient.model.EventListView;
import ru.smolensk.registry.it.apiclient.model.EventView;
import ru.smolensk.registry.it.apiclient.model.ImportReportView;
import ru.smolensk.registry.it.apiclient.model.StatisticsView;
import ru.smolensk.registry.it.apiclient.model.SubmissionDetailsView;
import ru.smolensk.registry.it.apiclient.model.SubmissionView;

/**
 * A reporting cycle through a Java client generated from the published OpenAPI document (nothing hand-written between
 * the test and HTTP): reference data, a new plan, entries added, read, changed by sending the read object back, one
 * deleted with If-Match, the plan submitted and approved by the coordinator, its document downloaded, statistics read;
 * and a Word plan uploaded as multipart form data (a dry run, then the import) and read back.
 */
class ApiClientJourneyIT {

    private static final String PERIOD = "2033-H1";
    /** The period chosen for the uploaded plan, whose title names none (no other test uses it). */
    private static final String UPLOAD_PERIOD = "2035-H1";
    private static final String UPLOAD_SAMPLE = "plan-velizhsky-no-period.docx";

    private static DefaultApi as(String account) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(RegistryClient.BASE_URL);
        client.setReadTimeout(Duration.ofSeconds(60));
        String basic = "Basic " + Base64.getEncoder().encodeToString((account + ":" + account)
                .getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", basic));
        return new DefaultApi(client);
    }

    private static String header(ApiResponse<?> response, String name) {
        return response.getHeaders().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                .map(h -> h.getValue().get(0)).findFirst().orElseThrow(() -> new AssertionError("no " + name));
    }

    @BeforeAll
    static void serverUp() throws InterruptedException {
        Api.awaitTheApplication();
    }

    @Test
    void anOperatorAndTheCoordinatorWorkThroughAPlanWithTheGeneratedClient() throws ApiException, IOException {
        DefaultApi operator = as("smolensk");
        DefaultApi coordinator = as("coordinator");

        assertTrue(operator.referenceCountries().stream().anyMatch(c -> "BY".equals(c.getCode())));
        assertTrue(operator.referenceSpheres().size() > 0);
        assertTrue(operator.referenceOrganizations("MUNICIPAL").stream().anyMatch(o -> "smolensk".equals(o
                .getCode())));

        ApiResponse<SubmissionView> created = operator.submissionCreateWithHttpInfo(new CreateSubmissionRequest()
                .period(PERIOD).kind(CreateSubmissionRequest.KindEnum.PLAN));
        assertEquals(201, created.getStatusCode());
        SubmissionView plan = created.getData();
        assertTrue(header(created, "Location").endsWith("/api/submissions/" + plan.getId()));
        assertEquals(SubmissionView.StatusEnum.DRAFT, plan.getStatus());
        assertEquals("smolensk", plan.getOrganization().getCode());
        assertNotNull(plan.getCreatedAt().getOffset(), "times carry their offset");

        ApiResponse<EventView> added = operator.eventCreateWithHttpInfo(entry(plan.getId(), "Фестиваль «Дружба»",
                "22-25 мая 2033 года"));
        assertEquals(201, added.getStatusCode());
        EventView festival = added.getData();
        assertTrue(header(added, "Location").endsWith("/api/events/" + festival.getId()));
        assertEquals(LocalDate.of(2033, 5, 22), festival.getDates().getStart());
        EventView second = operator.eventCreate(entry(plan.getId(), "Визит делегации", "июнь 2033 года"));

        ApiResponse<EventView> read = operator.eventGetWithHttpInfo(festival.getId());
        EventView changed = read.getData();
        changed.setName("Фестиваль «Дружба без границ»");
        ApiResponse<EventView> updated = operator.eventUpdateWithHttpInfo(festival.getId(), header(read, "ETag"),
                changed);
        assertEquals(200, updated.getStatusCode());
        assertEquals("Фестиваль «Дружба без границ»", updated.getData().getName());
        assertEquals(changed.getDates().getText(), updated.getData().getDates().getText());
        assertEquals(changed.getVersion() + 1, updated.getData().getVersion());
        assertEquals("\"" + updated.getData().getVersion() + "\"", header(updated, "ETag"));

        ApiException stale = assertThrows(ApiException.class, () -> operator.eventUpdate(festival.getId(),
                header(read, "ETag"), changed));
        assertEquals(412, stale.getCode());
        assertTrue(stale.getResponseBody().contains("\"code\":\"stale-version\""), stale.getResponseBody());

        operator.eventDelete(second.getId(), "\"" + second.getVersion() + "\"");
        assertEquals(404, assertThrows(ApiException.class, () -> operator.eventGet(second.getId())).getCode());

        EventListView page = operator.eventList(null, null, null, "plan", null, "smolensk", 0, PERIOD, null, 1,
                null, null, null, null, null);
        assertEquals(1, page.getTotal());
        assertEquals(List.of(festival.getId()), page.getItems().stream().map(EventView::getId).toList());
        assertNull(page.getNext());
        assertNull(page.getPrev());

        ApiResponse<SubmissionDetailsView> details = operator.submissionGetWithHttpInfo(plan.getId());
        assertEquals(1, details.getData().getEntries().size());
        SubmissionView submitted = operator.submissionSubmit(plan.getId(), header(details, "ETag"));
        assertEquals(SubmissionView.StatusEnum.SUBMITTED, submitted.getStatus());
        SubmissionView approved = coordinator.submissionApprove(plan.getId(), "\"" + submitted.getVersion() + "\"",
                new DecisionRequest().comment("Утверждено"));
        assertEquals(SubmissionView.StatusEnum.APPROVED, approved.getStatus());
        assertEquals("coordinator", approved.getDecidedBy());

        File document = operator.documentOfOrganization("docx", "PLAN", "smolensk", PERIOD);
        byte[] bytes = Files.readAllBytes(document.toPath());
        assertEquals("PK", new String(bytes, 0, 2, StandardCharsets.US_ASCII), "a Word document (zip)");
        Files.deleteIfExists(document.toPath());

        StatisticsView statistics = coordinator.statisticsStatistics(PERIOD, false, "PLAN", null);
        assertEquals(1, statistics.getEvents());
        assertTrue(statistics.getByOrganization().stream().anyMatch(c -> "smolensk".equals(c.getCode())),
                String.valueOf(statistics.getByOrganization()));
    }

    @Test
    void theCoordinatorUploadsAWordPlanWithTheGeneratedClientAndReadsItBack(@TempDir Path folder)
            throws ApiException, IOException {
        DefaultApi coordinator = as("coordinator");
        File plan = sample(folder, UPLOAD_SAMPLE);

        ApiResponse<ImportReportView> preview = coordinator.importUploadWithHttpInfo(plan, null, true, null, null,
                UPLOAD_PERIOD, null);
        assertEquals(200, preview.getStatusCode());
        ImportReportView dryRun = preview.getData();
        assertEquals("velizhsky", dryRun.getOrganization().getCode());
        assertEquals("PLAN", dryRun.getKind());
        assertEquals(UPLOAD_PERIOD, dryRun.getPeriod(), "the period chosen as a query parameter");
        assertEquals(1, dryRun.getEvents());
        assertTrue(dryRun.getSubmissions().isEmpty(), "a dry run writes nothing");
        assertEquals(0, velizhskyPlans(coordinator).getTotal());

        ApiResponse<ImportReportView> imported = coordinator.importUploadWithHttpInfo(plan, null, false, null, null,
                UPLOAD_PERIOD, null);
        assertEquals(201, imported.getStatusCode());
        ImportReportView report = imported.getData();
        assertEquals(1, report.getCreated());
        assertEquals(1, report.getSubmissions().size());
        long id = report.getSubmissions().get(0);
        assertTrue(header(imported, "Location").endsWith("/api/submissions/" + id), header(imported, "Location"));

        SubmissionDetailsView details = coordinator.submissionGet(id);
        assertEquals("velizhsky", details.getOrganization().getCode());
        assertEquals(UPLOAD_PERIOD, details.getPeriod());
        assertEquals("PLAN", details.getKind());
        assertEquals(List.of("Фестиваль «Велижская ярмарка»"), details.getEntries().stream().map(e -> e.getName())
                .toList());
        EventListView page = velizhskyPlans(coordinator);
        assertEquals(1, page.getTotal());
        assertEquals("г. Велиж", page.getItems().get(0).getPlace());
    }

    private static EventListView velizhskyPlans(DefaultApi client) throws ApiException {
        return client.eventList(null, null, null, "plan", null, "velizhsky", 0, UPLOAD_PERIOD, null, 50, null, null,
                null, null, null);
    }

    /** A sample document of the test resources as a file of its own name (the name the form part carries). */
    private static File sample(Path folder, String name) throws IOException {
        Path file = folder.resolve(name);
        try (InputStream in = ApiClientJourneyIT.class.getResourceAsStream("/samples/" + name)) {
            assertNotNull(in, "missing sample " + name);
            Files.copy(in, file);
        }
        return file.toFile();
    }

    private static EventView entry(long submissionId, String name, String dates) {
        return new EventView().submissionId(submissionId).name(name).place("г. Смоленск")
                .dates(new EventDates().text(dates)).description("Концерт творческих коллективов")
                .goal("Укрепление дружбы").participants("Коллективы г. Смоленска и г. Витебска (Республика Беларусь)");
    }

}
