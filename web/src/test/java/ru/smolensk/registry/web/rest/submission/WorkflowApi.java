package ru.smolensk.registry.web.rest.submission;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;

import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.application.campaign.CampaignGuard;
import ru.smolensk.registry.domain.application.submission.SubmissionApproved;
import ru.smolensk.registry.domain.application.submission.SubmissionService;
import ru.smolensk.registry.domain.testing.InMemoryCampaigns;
import ru.smolensk.registry.domain.testing.InMemoryEvents;
import ru.smolensk.registry.domain.testing.InMemoryOrganizations;
import ru.smolensk.registry.domain.testing.InMemorySubmissions;
import ru.smolensk.registry.domain.testing.RecordedEvents;
import ru.smolensk.registry.domain.testing.RecordingAuditLog;
import ru.smolensk.registry.domain.testing.TestUser;
import ru.smolensk.registry.web.rest.JsonbConfiguration;
import ru.smolensk.registry.web.rest.problem.DomainExceptionMapper;
import ru.smolensk.registry.web.rest.problem.InvalidFieldExceptionMapper;
import ru.smolensk.registry.web.rest.problem.JsonBodyExceptionMappers;

/**
 * The submission API served in memory by Jersey: the resource, the real workflow service on
 * in-memory repositories, the problem mappers and the JSON configuration of the application.
 */
final class WorkflowApi {

    final InMemoryOrganizations organizations = new InMemoryOrganizations();
    final InMemorySubmissions submissions = new InMemorySubmissions();
    final InMemoryEvents events = new InMemoryEvents();
    final RecordingAuditLog audit = new RecordingAuditLog();
    final TestUser user = new TestUser();
    final RecordedEvents<SubmissionApproved> approvals = new RecordedEvents<>();
    final SubmissionService service = new SubmissionService(user, organizations, submissions, events, audit,
            new CampaignGuard(user, new InMemoryCampaigns()), approvals);

    private final JerseyTest jersey = new JerseyTest() {
        @Override
        protected Application configure() {
            return new ResourceConfig(SubmissionResource.class, DomainExceptionMapper.class,
                    InvalidFieldExceptionMapper.class, JsonBodyExceptionMappers.MalformedJson.class,
                    JsonBodyExceptionMappers.MalformedJsonText.class, JsonBodyExceptionMappers.Unprocessable.class,
                    JsonbConfiguration.class).register(new AbstractBinder() {
                        @Override
                        protected void configure() {
                            bind(service).to(SubmissionService.class);
                        }
                    });
        }
    };

    void start() throws Exception {
        jersey.setUp();
    }

    void stop() throws Exception {
        jersey.tearDown();
    }

    /** Signs in as one of the demo accounts of the README. */
    WorkflowApi as(String account) {
        switch (account) {
            case "coordinator" -> user.signIn(account, Role.COORDINATOR, null);
            case "admin" -> user.signIn(account, Role.ADMIN, null);
            case "federal" -> user.signIn(account, Role.EXCHANGE, null);
            case "smolensk" -> user.signIn(account, Role.OPERATOR, organizations.get("smolensk"));
            case "shumyachi" -> user.signIn(account, Role.OPERATOR, organizations.get("shumyachsky"));
            case "culture" -> user.signIn(account, Role.OPERATOR, organizations.get("min_culture"));
            default -> throw new IllegalArgumentException(account);
        }
        return this;
    }

    Response get(String path) {
        return request(path, null).get();
    }

    Response post(String path, String json) {
        return request(path, null).post(Entity.entity(json, MediaType.APPLICATION_JSON_TYPE));
    }

    Response post(String path, String ifMatch, String json) {
        return request(path, ifMatch).post(Entity.entity(json, MediaType.APPLICATION_JSON_TYPE));
    }

    /** Creates a draft as the signed-in account and returns its id. */
    long createDraft(String organization, String period, String kind) {
        Response response = post("submissions",
                "{\"organization\":\"" + organization + "\",\"period\":\"" + period + "\",\"kind\":\"" + kind + "\"}");
        if (response.getStatus() != 201) {
            throw new IllegalStateException(response.getStatus() + " " + response.readEntity(String.class));
        }
        return object(response).getJsonNumber("id").longValue();
    }

    private Invocation.Builder request(String path, String ifMatch) {
        String[] pathAndQuery = path.split("\\?", 2);
        WebTarget target = jersey.target(pathAndQuery[0]);
        if (pathAndQuery.length == 2) {
            for (String parameter : pathAndQuery[1].split("&")) {
                String[] nameAndValue = parameter.split("=", 2);
                target = target.queryParam(nameAndValue[0], nameAndValue[1]);
            }
        }
        Invocation.Builder builder = target.request(MediaType.APPLICATION_JSON_TYPE,
                MediaType.valueOf("application/problem+json"));
        return ifMatch == null ? builder : builder.header("If-Match", ifMatch);
    }

    static JsonObject object(Response response) {
        return (JsonObject) json(response);
    }

    static JsonStructure json(Response response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.readEntity(String.class)))) {
            return reader.read();
        }
    }
}
