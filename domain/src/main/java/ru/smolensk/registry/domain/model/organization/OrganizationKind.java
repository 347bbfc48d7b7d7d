package ru.smolensk.registry.domain.model.organization;

import ru.smolensk.registry.domain.model.submission.Level;

/** What sort of body an organisation is; decides at which level it reports. */
public enum OrganizationKind {
    /** Городской округ: город Смоленск, город Десногорск. */
    CITY_OKRUG(Level.MUNICIPAL),
    /** Муниципальный округ (before the 2024–2025 reform: район). */
    MUNICIPAL_OKRUG(Level.MUNICIPAL),
    /** Regional executive body: ministry, main directorate, department. */
    EXECUTIVE_BODY(Level.REGIONAL),
    /** An institution subordinate to a regional executive body. */
    SUBORDINATE_INSTITUTION(Level.REGIONAL),
    /** The regional department that consolidates and approves plans and reports. */
    COORDINATING_BODY(Level.REGIONAL), OTHER(Level.REGIONAL);

    private final Level level;

    OrganizationKind(Level level) {
        this.level = level;
    }

    /** The level of the documents an organisation of this kind submits. */
    public Level level() {
        return level;
    }

    public boolean isMunicipality() {
        return level == Level.MUNICIPAL;
    }
}
