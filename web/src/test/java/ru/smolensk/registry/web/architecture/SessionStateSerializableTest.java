package ru.smolensk.registry.web.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;
import org.omnifaces.cdi.ViewScoped;

/**
 * Every view-scoped bean is serialized into the page's view state after each request, and with sessions kept in the
 * database (a cluster, {@code SESSIONS_STORE=database}) every session-scoped one into the database, and read back
 * by another server: every field it keeps must be serializable (the
 * registry's own types all the way down), and what it has injected must be a container proxy of a normal-scoped bean.
 */
class SessionStateSerializableTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("ru.smolensk.registry");

    /**
     * MyFaces keeps Faces' own view-scoped beans in session objects of its own classes, which Liberty cannot read back
     * from the database (docs/operations.md): the screens use OmniFaces' view scope, whose classes are the WAR's.
     */
    @Test
    void theScreensUseOmniFacesViewScopeWhichAnotherServerCanReadBack() {
        List<String> facesViewScoped = CLASSES.stream()
                .filter(c -> c.isAnnotatedWith(jakarta.faces.view.ViewScoped.class)).map(JavaClass::getName).toList();
        assertTrue(facesViewScoped.isEmpty(), () -> "jakarta.faces.view.ViewScoped on " + facesViewScoped);
        assertTrue(CLASSES.stream().filter(c -> c.isAnnotatedWith(ViewScoped.class)).count() >= 14,
                "the screens' view-scoped beans use org.omnifaces.cdi.ViewScoped");
    }

    /**
     * A screen's form survives its server only if its bean travels in the page (MyFaces' view map, where OmniFaces
     * otherwise keeps the bean storage's id, is one of MyFaces' session objects). OmniFaces reads the setting from
     * the bean class by reflection. The import screen alone stays in the session: it holds the uploaded file.
     */
    @Test
    void everyScreensBeanTravelsInThePageExceptTheImportScreenWhichHoldsAFile() {
        List<String> inSession = CLASSES.stream().filter(c -> c.isAnnotatedWith(ViewScoped.class))
                .filter(c -> !c.reflect().getAnnotation(ViewScoped.class).saveInViewState())
                .map(JavaClass::getSimpleName).toList();
        assertEquals(List.of("ImportBean"), inSession);
    }

    @Test
    void viewAndSessionScopedBeansKeepOnlySerializableState() {
        List<String> problems = new ArrayList<>();
        List<Class<?>> beans = CLASSES.stream()
                .filter(c -> c.isAnnotatedWith(ViewScoped.class) || c.isAnnotatedWith(SessionScoped.class))
                .map(JavaClass::reflect).toList();
        assertFalse(beans.isEmpty(), "the screens' view-scoped beans are found");
        for (Class<?> bean : beans) {
            Set<Type> checked = new HashSet<>();
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            boolean inPage = bean.isAnnotationPresent(ViewScoped.class)
                    && bean.getAnnotation(ViewScoped.class).saveInViewState();
            for (Field field : kept(bean)) {
                String where = bean.getSimpleName() + "." + field.getName();
                if (inPage && field.isAnnotationPresent(Inject.class)) {
                    problems.add(where + ": an injected service of a bean kept in the page must be transient (it is"
                            + " injected again when the bean is read back, PageStateBean)");
                } else if (field.isAnnotationPresent(Inject.class)) {
                    if (!isProxied(field.getType())) {
                        problems.add(where + ": injected " + field.getType().getName() + " is not normal-scoped");
                    }
                } else {
                    checkSerializable(field.getGenericType(), where, inPage, checked, problems);
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    private static void checkSerializable(Type type, String where, boolean inPage, Set<Type> checked,
            List<String> problems) {
        if (!checked.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType generic) {
            for (Type argument : generic.getActualTypeArguments()) {
                checkSerializable(argument, where, inPage, checked, problems);
            }
            checkSerializable(generic.getRawType(), where, inPage, checked, problems);
            return;
        }
        if (!(type instanceof Class<?> c) || c.isPrimitive()) {
            return;
        }
        boolean container = Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c)
                || c == Optional.class;
        if (container || c.isInterface() && !c.getName().startsWith("ru.smolensk.")) {
            return;
        }
        if (isProxied(c)) {
            if (inPage) {
                problems.add(where + ": a container proxy cannot be read back from the page; make it transient");
            }
            return;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(where + ": " + c.getName() + " is not Serializable");
            return;
        }
        if (c.getName().startsWith("ru.smolensk.")) {
            for (Field field : kept(c)) {
                checkSerializable(field.getGenericType(), where + " → " + c.getSimpleName() + "." + field.getName(),
                        inPage, checked, problems);
            }
        }
    }

    private static List<Field> kept(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c.getName().startsWith("ru.smolensk."); c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())
                        && !f.isSynthetic()) {
                    fields.add(f);
                }
            }
        }
        return fields;
    }

    /**
     * A bean of a normal scope, or an interface all of whose beans are: injected (or handed on from an injected field)
     * as a serializable container proxy.
     */
    private static boolean isProxied(Class<?> type) {
        JavaClass declared = CLASSES.stream().filter(c -> c.isEquivalentTo(type)).findFirst().orElse(null);
        if (declared == null) {
            return false;
        }
        if (!type.isInterface()) {
            return isNormalScoped(declared);
        }
        List<JavaClass> beans = declared.getAllSubclasses().stream()
                .filter(c -> !c.getModifiers().contains(JavaModifier.ABSTRACT))
                .filter(c -> isNormalScoped(c) || c.isAnnotatedWith(Dependent.class)).toList();
        return !beans.isEmpty() && beans.stream().allMatch(SessionStateSerializableTest::isNormalScoped);
    }

    private static boolean isNormalScoped(JavaClass bean) {
        return bean.isAnnotatedWith(ApplicationScoped.class) || bean.isAnnotatedWith(RequestScoped.class)
                || bean.isAnnotatedWith(SessionScoped.class) || bean.isAnnotatedWith(ViewScoped.class);
    }
}
