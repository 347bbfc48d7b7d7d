package ru.smolensk.registry.domain.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ru.smolensk.registry.domain.model.sphere.Sphere;
import ru.smolensk.registry.domain.model.sphere.SphereRepository;

/** Spheres of cooperation in memory (none until a test saves one). */
public final class InMemorySpheres implements SphereRepository {

    private final List<Sphere> all = new ArrayList<>();
    private long nextId = 1;

    @Override
    public List<Sphere> findAll() {
        return List.copyOf(all);
    }

    @Override
    public Optional<Sphere> findByCode(String code) {
        return all.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    @Override
    public Optional<Sphere> findById(long id) {
        return all.stream().filter(s -> s.id() != null && s.id() == id).findFirst();
    }

    @Override
    public Sphere save(Sphere sphere) {
        if (sphere.id() == null) {
            Fields.set(sphere, "id", nextId++);
            all.add(sphere);
        }
        return sphere;
    }
}
