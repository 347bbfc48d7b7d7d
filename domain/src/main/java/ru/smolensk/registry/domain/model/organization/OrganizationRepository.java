package ru.smolensk.registry.domain.model.organization;

import java.util.List;
import java.util.Optional;

/** Organisations and their dated names. */
public interface OrganizationRepository {

    /** All organisations in the official order (municipalities first, город Смоленск first). */
    List<Organization> findAll();

    List<Organization> findByKinds(List<OrganizationKind> kinds);

    Optional<Organization> findByCode(String code);

    /**
     * Active organisations one of whose names (current, former or alias) or whose code contains the text, ignoring
     * case, in the official order, at most {@code limit}: the choice of an organisation by typing a part of its name,
     * without carrying every organisation of a federal registry to the screen.
     */
    List<Organization> findActiveByNamePart(String text, int limit);

    Optional<Organization> findById(long id);

    Organization save(Organization organization);
}
