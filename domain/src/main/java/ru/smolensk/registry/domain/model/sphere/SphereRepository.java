package ru.smolensk.registry.domain.model.sphere;

import java.util.List;
import java.util.Optional;

/** Spheres of cooperation in their official order. */
public interface SphereRepository {

    List<Sphere> findAll();

    Optional<Sphere> findByCode(String code);

    Optional<Sphere> findById(long id);

    Sphere save(Sphere sphere);
}
