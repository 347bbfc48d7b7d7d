package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import org.junit.jupiter.api.Test;

/** The published OpenAPI document is valid OpenAPI 3 and describes every operation in Russian. */
class OpenApiIT {

    @Test
    void theDocumentIsValidOpenApi3WithEveryOperationDescribed() {
        HttpResponse<String> response = RegistryClient.anonymous().get("/openapi");
        assertEquals(200, response.statusCode());
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(response.body());
        assertTrue(result.getMessages() == null || result.getMessages().isEmpty(),
                String.valueOf(result.getMessages()));
        OpenAPI api = result.getOpenAPI();
        assertNotNull(api);
        assertTrue(api.getOpenapi().startsWith("3."));
        for (String path : List.of("/api/events", "/api/events/{id}", "/api/imports", "/api/submissions",
                "/api/submissions/{id}/approve", "/api/audit", "/api/reference/organizations")) {
            assertNotNull(api.getPaths().get(path), path);
        }
        for (var entry : api.getPaths().entrySet()) {
            PathItem item = entry.getValue();
            for (Operation op : item.readOperations()) {
                assertNotNull(op.getSummary(), "no summary for " + entry.getKey());
                assertTrue(op.getSummary().matches(".*[А-Яа-я].*"), entry.getKey() + ": " + op.getSummary());
                assertNotNull(op.getResponses(), entry.getKey());
            }
        }
    }
}
