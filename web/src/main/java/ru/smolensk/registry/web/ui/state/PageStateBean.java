package ru.smolensk.registry.web.ui.state;

import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.inject.spi.InjectionTarget;

/**
 * A screen's view-scoped bean that travels in the page's view state ({@code @ViewScoped(saveInViewState = true)}):
 * its injected services are {@code transient} and injected again when MyFaces reads the bean back from a posted page,
 * on whichever server. Container proxies cannot travel themselves: Weld writes them as a placeholder that only
 * Liberty's own session deserializer turns back into a proxy, and MyFaces' view state reader failed on it
 * ({@code ClassCastException: cannot assign instance of SerializableClientProxy}). Leaving them out also keeps the
 * page's state smaller.
 */
public abstract class PageStateBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<Class<?>, InjectionTarget<Object>> TARGETS = new ConcurrentHashMap<>();

    /** Injects the services again into the bean just read from the page, then hands it on to the reader. */
    protected Object readResolve() {
        BeanManager beans = CDI.current().getBeanManager();
        CreationalContext<Object> context = beans.createCreationalContext(null);
        TARGETS.computeIfAbsent(getClass(), type -> target(beans, type)).inject(this, context);
        return this;
    }

    @SuppressWarnings("unchecked")
    private static InjectionTarget<Object> target(BeanManager beans, Class<?> type) {
        return beans.getInjectionTargetFactory(beans.createAnnotatedType((Class<Object>) type))
                .createInjectionTarget(null);
    }
}
