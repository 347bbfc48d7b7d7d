package ru.smolensk.registry.web.rest.openapi;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * The Java methods of the REST resources by {@code "GET /api/events/{id}"}: the roles each one allows and an
 * operation id made of the resource and the method ({@code EventResource.create} → {@code eventCreate}).
 */
final class ResourceMethods {

    /** A resource method as the contract names it. */
    record ResourceMethod(String operationId, List<String> roles) {
    }

    private final Map<String, ResourceMethod> byKey = new HashMap<>();

    ResourceMethods(Class<?> application, Collection<Class<?>> resources) {
        ApplicationPath base = application.getAnnotation(ApplicationPath.class);
        String root = base == null ? "" : base.value();
        for (Class<?> resource : resources) {
            Path classPath = resource.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : resource.getMethods()) {
                String verb = httpMethod(method);
                if (verb == null) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                String path = normalize(root + "/" + classPath.value() + "/"
                        + (methodPath == null ? "" : methodPath.value()));
                ResourceMethod found = new ResourceMethod(operationId(resource, method), roles(resource, method));
                byKey.merge(key(verb, path), found, ResourceMethods::shorterId);
            }
        }
    }

    /** Of two methods on one verb and path (different media types), the one with the shorter, plainer name. */
    private static ResourceMethod shorterId(ResourceMethod a, ResourceMethod b) {
        int byLength = Integer.compare(a.operationId().length(), b.operationId().length());
        return byLength < 0 || byLength == 0 && a.operationId().compareTo(b.operationId()) <= 0 ? a : b;
    }

    static String key(String verb, String path) {
        return verb.toUpperCase(Locale.ROOT) + " " + path;
    }

    /** The method answering this verb and path template, or null. */
    ResourceMethod find(String verb, String path) {
        return byKey.get(key(verb, path));
    }

    int size() {
        return byKey.size();
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** A path template as OpenAPI writes it: one slash between segments, none at the end, no regular expressions. */
    static String normalize(String path) {
        String p = path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        p = p.startsWith("/") ? p : "/" + p;
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private static String operationId(Class<?> resource, Method method) {
        String noun = resource.getSimpleName().replaceFirst("Resource$", "");
        String name = method.getName();
        return Character.toLowerCase(noun.charAt(0)) + noun.substring(1) + Character.toUpperCase(name.charAt(0))
                + name.substring(1);
    }

    private static List<String> roles(Class<?> resource, Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return List.of();
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null && !resource.isAnnotationPresent(PermitAll.class)) {
            roles = resource.getAnnotation(RolesAllowed.class);
        }
        return roles == null ? List.of() : Arrays.asList(roles.value());
    }
}
