package ru.smolensk.registry.domain.normalization;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ru.smolensk.registry.domain.model.event.DateRange;
import ru.smolensk.registry.domain.model.event.EventField;
import ru.smolensk.registry.domain.model.event.EventFormat;
import ru.smolensk.registry.domain.model.event.EventPlace;
import ru.smolensk.registry.domain.model.event.FieldStatus;
import ru.smolensk.registry.domain.model.event.NormalizedValues;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.model.event.ParseStatus;
import ru.smolensk.registry.domain.model.event.ParticipantCount;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;

/**
 * Reads the normalized values of one event row from its verbatim columns: dates, places and
 * countries, format, role, participant count and (for reports) agreements signed. Thread-safe.
 */
public final class RowNormalizer {

    private final DateExpressionParser dates = new DateExpressionParser();
    private final PlaceParser places = new PlaceParser();
    private final CountryDetector countries = new CountryDetector();
    private final FormatDetector formats = new FormatDetector();
    private final RoleDetector roles = new RoleDetector();
    private final ParticipantCountParser counts = new ParticipantCountParser();
    private final AgreementExtractor agreements = new AgreementExtractor();

    /** Normalizes a row; {@code rowNumber} labels the warnings. */
    public NormalizedRow normalize(OfficialColumns columns, DocumentKind kind, ReportingPeriod period,
            String rowNumber) {
        List<RowWarning> warnings = new ArrayList<>();
        Map<EventField, FieldStatus> statuses = new EnumMap<>(EventField.class);

        ParsedDate parsed = dates.parse(columns.dates(), period);
        parsed.warnings().forEach(w -> warnings.add(new RowWarning(rowNumber, EventField.DATES, "date", w)));
        statuses.put(EventField.DATES, new FieldStatus(parsed.status(),
                parsed.warnings().isEmpty() ? null : String.join("; ", parsed.warnings())));
        DateRange range = new DateRange(parsed.start(), parsed.end(), parsed.precision(), parsed.dateClass(),
                parsed.qualifier());

        List<ParsedPlace> parsedPlaces = places.parse(columns.place());
        List<EventPlace> eventPlaces = parsedPlaces.stream()
                .map(p -> new EventPlace(p.raw(), p.locality(), p.region(), p.countryCode())).toList();
        statuses.put(EventField.PLACE, placeStatus(columns.place(), parsedPlaces));

        Set<String> involved = new LinkedHashSet<>();
        parsedPlaces.stream().map(ParsedPlace::countryCode).filter(c -> c != null && !"RU".equals(c))
                .forEach(involved::add);
        for (EventField field : EventField.values()) {
            if (field != EventField.DATES) {
                involved.addAll(countries.detect(columns.get(field)));
            }
        }

        EventFormat format = formats.detect(columns.place(), columns.name(), columns.description(), columns.goal(),
                columns.outcome(), columns.participants());
        ParticipantCount count = counts.parse(columns.participants())
                .map(c -> new ParticipantCount(c.value(), c.max(), c.qualifier(), c.scope())).orElse(null);
        statuses.put(EventField.PARTICIPANTS, new FieldStatus(blank(columns.participants())
                ? ParseStatus.EMPTY
                : count != null ? ParseStatus.OK : ParseStatus.PARTIAL, null));
        List<ExtractedAgreement> signed = kind == DocumentKind.REPORT
                ? agreements.extractSigned(columns.outcome())
                : List.of();
        return new NormalizedRow(new NormalizedValues(range, format, roles.detect(columns.name()), count, eventPlaces,
                involved, statuses), signed, warnings);
    }

    private static FieldStatus placeStatus(String raw, List<ParsedPlace> parsed) {
        if (blank(raw)) {
            return new FieldStatus(ParseStatus.EMPTY, null);
        }
        long recognised = parsed.stream().filter(ParsedPlace::isRecognised).count();
        ParseStatus status = recognised == 0
                ? ParseStatus.UNPARSED
                : recognised == parsed.size() ? ParseStatus.OK : ParseStatus.PARTIAL;
        return new FieldStatus(status, null);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
