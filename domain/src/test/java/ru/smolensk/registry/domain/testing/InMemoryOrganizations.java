package ru.smolensk.registry.domain.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.organization.OrganizationKind;
import ru.smolensk.registry.domain.model.organization.OrganizationRepository;

/** A few organisations of the region, kept in memory: two municipal, one regional executive body. */
public final class InMemoryOrganizations implements OrganizationRepository {

    private final List<Organization> all = new ArrayList<>();

    public InMemoryOrganizations() {
        add(1, "smolensk", OrganizationKind.CITY_OKRUG, "город Смоленск", 1);
        add(25, "shumyachsky", OrganizationKind.MUNICIPAL_OKRUG, "Шумячский муниципальный округ", 240);
        add(109, "min_culture", OrganizationKind.EXECUTIVE_BODY, "Министерство культуры и туризма Смоленской области",
                100);
    }

    private void add(long id, String code, OrganizationKind kind, String name, int order) {
        Organization organization = new Organization(code, kind, name, order);
        Fields.set(organization, "id", id);
        all.add(organization);
    }

    public Organization get(String code) {
        return findByCode(code).orElseThrow();
    }

    @Override
    public List<Organization> findAll() {
        return List.copyOf(all);
    }

    @Override
    public List<Organization> findByKinds(List<OrganizationKind> kinds) {
        return all.stream().filter(o -> kinds.contains(o.kind())).toList();
    }

    @Override
    public Optional<Organization> findByCode(String code) {
        return all.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    @Override
    public List<Organization> findActiveByNamePart(String text, int limit) {
        String part = text.toLowerCase(java.util.Locale.ROOT);
        return all.stream().filter(Organization::isActive)
                .filter(o -> o.code().toLowerCase(java.util.Locale.ROOT).contains(part) || o.names().stream()
                        .anyMatch(n -> n.name().toLowerCase(java.util.Locale.ROOT).contains(part)))
                .limit(limit).toList();
    }

    @Override
    public Optional<Organization> findById(long id) {
        return all.stream().filter(o -> o.id() == id).findFirst();
    }

    @Override
    public Organization save(Organization organization) {
        all.add(organization);
        return organization;
    }
}
