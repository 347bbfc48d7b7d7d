package ru.smolensk.registry.web.rest.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import ru.smolensk.registry.domain.model.campaign.Campaign;

/** A campaign as the API shows it. */
public record CampaignView(String kind, String level, String period, LocalDate opensOn, LocalDate closesOn,
        List<ExtensionView> extensions) {

    /** An extension of the deadline for one organisation. */
    public record ExtensionView(String organization, LocalDate until, String reason, String grantedBy,
            OffsetDateTime grantedAt) {
    }

    static CampaignView of(Campaign c) {
        return new CampaignView(c.kind().name(), c.level().name(), c.period().code(), c.opensOn(), c.closesOn(),
                c.extensions().stream().map(e -> new ExtensionView(e.organization().code(), e.until(), e.reason(),
                        e.grantedBy(), e.grantedAt())).toList());
    }
}
