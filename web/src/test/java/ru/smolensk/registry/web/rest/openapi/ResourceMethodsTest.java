package ru.smolensk.registry.web.rest.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.web.rest.RegistryApplication;
import ru.smolensk.registry.web.rest.campaign.CampaignResource;
import ru.smolensk.registry.web.rest.event.EventResource;
import ru.smolensk.registry.web.rest.importing.ImportResource;
import ru.smolensk.registry.web.rest.problem.ProblemCodes;
import ru.smolensk.registry.web.rest.reference.ReferenceResource;

/** The operation ids and roles the contract filter gives every operation, read from the resources' annotations. */
class ResourceMethodsTest {

    private final ResourceMethods methods = new ResourceMethods(RegistryApplication.class, List.of(
            EventResource.class, CampaignResource.class, ReferenceResource.class, ImportResource.class));

    @Test
    void everyOperationIsFoundByVerbAndPathTemplateWithItsIdAndRoles() {
        assertEquals(new ResourceMethods.ResourceMethod("eventUpdate", List.of("ADMIN", "COORDINATOR", "OPERATOR",
                "EXCHANGE")), methods.find("PUT", "/api/events/{id}"));
        assertEquals("eventList", methods.find("GET", "/api/events").operationId());
        assertEquals(List.of("ADMIN", "COORDINATOR"), methods.find("GET", "/api/campaigns/reminders").roles(),
                "a method's roles replace its class's");
        assertEquals(List.of("ADMIN"), methods.find("POST", "/api/reference/organizations").roles());
        assertEquals("importUpload", methods.find("POST", "/api/imports").operationId(),
                "of two methods on one path (file or form), the plainer name");
        assertEquals(null, methods.find("GET", "/api/nothing"));
    }

    @Test
    void pathTemplatesAreWrittenAsOpenApiWritesThem() {
        assertEquals("/api/events/{id}", ResourceMethods.normalize("/api//events/{ id : \\d+ }/"));
        assertEquals("/api", ResourceMethods.normalize("api/"));
    }

    @Test
    void errorResponsesListTheCodesOfTheirStatus() {
        assertEquals(List.of("stale-version"), ProblemCodes.codes(412, false));
        assertEquals(List.of("bad-request", "invalid-period", "malformed-json"), ProblemCodes.codes(400, false));
        assertEquals(List.of("too-large", "zip-bomb"), ProblemCodes.codes(413, true));
        assertEquals(List.of(), ProblemCodes.codes(413, false));
        assertEquals(409, ProblemCodes.status("submission-locked"));
    }
}
