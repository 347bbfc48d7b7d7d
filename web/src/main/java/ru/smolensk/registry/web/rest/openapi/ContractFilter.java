package ru.smolensk.registry.web.rest.openapi;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.web.rest.RegistryApplication;
import ru.smolensk.registry.web.rest.openapi.ResourceMethods.ResourceMethod;
import ru.smolensk.registry.web.rest.problem.Problem;
import ru.smolensk.registry.web.rest.problem.ProblemCodes;

/**
 * Completes every operation of the OpenAPI document (named in {@code mp.openapi.filter}): an operation id from its
 * Java method, the roles it allows (in {@code x-roles} and in its description: OpenAPI lets a security requirement of
 * HTTP Basic name roles only from 3.1 on, and the server's validator still refuses them), the
 * responses every secured operation may give (401, and 403 where not every role may call it), and for every error
 * response the problem+json body with the {@code code} values of its status. A new resource is described so without
 * any annotation beyond its own.
 */
public class ContractFilter implements OASFilter {

    /** The extension of an operation that lists the role names allowed to call it. */
    public static final String ROLES_EXTENSION = "x-roles";

    static final String PROBLEM_REF = "#/components/schemas/Problem";

    private static final Logger LOG = Logger.getLogger(ContractFilter.class.getName());

    private static final Map<String, String> ROLE_NAMES = Map.of(Role.ADMIN_NAME, "администратор",
            Role.COORDINATOR_NAME, "координатор", Role.OPERATOR_NAME, "оператор организации", Role.EXCHANGE_NAME,
            "система-партнер (обмен)");

    private final ResourceMethods methods;

    public ContractFilter() {
        this(new ResourceMethods(RegistryApplication.class, resourceClasses()));
    }

    ContractFilter(ResourceMethods methods) {
        this.methods = methods;
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((verb, operation) -> {
            describe(path, operation, methods.find(verb.name(), path));
        }));
    }

    private static void describe(String path, Operation operation, ResourceMethod method) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        if (method != null) {
            operation.setOperationId(method.operationId());
            roles(operation, method.roles());
        }
        boolean imports = path.startsWith("/api/imports");
        operation.getResponses().getAPIResponses().forEach((status, response) -> problem(status, response, imports));
    }

    private static void roles(Operation operation, List<String> roles) {
        if (roles.isEmpty()) {
            return;
        }
        operation.addExtension(ROLES_EXTENSION, roles);
        String names = roles.stream().map(r -> ROLE_NAMES.getOrDefault(r, r)).collect(Collectors.joining(", "));
        String description = operation.getDescription() == null ? "" : operation.getDescription().strip() + "\n\n";
        operation.setDescription(description + "Роли: " + names + ".");
        APIResponses responses = operation.getResponses();
        if (!responses.hasAPIResponse("401")) {
            responses.addAPIResponse("401", OASFactory.createAPIResponse().description("Нет учетных данных или они"
                    + " неверны (HTTP Basic); заголовок WWW-Authenticate"));
        }
        if (roles.size() < ROLE_NAMES.size() && !responses.hasAPIResponse("403")) {
            responses.addAPIResponse("403", OASFactory.createAPIResponse().description("Операция недоступна вашей"
                    + " роли"));
        }
    }

    private static void problem(String status, APIResponse response, boolean imports) {
        int code;
        try {
            code = Integer.parseInt(status);
        } catch (NumberFormatException notANumber) {
            return;
        }
        if (code < 400) {
            return;
        }
        if (response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty()) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
        }
        List<String> codes = ProblemCodes.codes(code, imports);
        String description = response.getDescription() == null ? "" : response.getDescription().strip();
        if (!codes.isEmpty() && !description.contains("code:")) {
            response.setDescription((description.isEmpty() ? "" : description + ". ") + "code: "
                    + String.join(", ", codes));
        }
    }

    /** The REST resources among the application's CDI beans (every resource is one). */
    private static Collection<Class<?>> resourceClasses() {
        try {
            return CDI.current().getBeanManager().getBeans(Object.class, Any.Literal.INSTANCE).stream()
                    .<Class<?>>map(Bean::getBeanClass).filter(c -> c.isAnnotationPresent(Path.class)).distinct()
                    .toList();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The REST resources could not be listed: the OpenAPI document names no roles", e);
            return List.of();
        }
    }
}
