package ru.smolensk.registry.domain.model.organization;

import java.util.List;
import java.util.Optional;

/** Organisations and their dated names. */
public interface OrganizationRepository {

    /** All organisations in the official order (municipalities first, город Смоленск first). */
    List<Organization> findAll();

    List<Organization> findByKinds(List<OrganizationKind> kinds);

    Optional<Organization> findByCode(String code);

    Optional<Organization> findById(long id);

    Organization save(Organization organization);
}
