package ru.smolensk.registry.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;

import ru.smolensk.registry.domain.application.event.DataVersion;

/** The data version of this server: the number of entity writes counted by {@link EntityWrites}. */
@ApplicationScoped
public class EntityWriteVersion implements DataVersion {

    @Override
    public long current() {
        return EntityWrites.count();
    }
}
