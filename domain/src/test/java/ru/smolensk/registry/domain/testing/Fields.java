package ru.smolensk.registry.domain.testing;

import java.lang.reflect.Field;

/** Sets the fields that JPA would set (generated ids, versions) on entities of in-memory tests. */
public final class Fields {

    private Fields() {
    }

    public static void set(Object target, String name, Object value) {
        try {
            Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot set " + name + " of " + target.getClass(), e);
        }
    }
}
