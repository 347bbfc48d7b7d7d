package ru.smolensk.registry.domain.application.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.application.importing.ImportReport.Reference;
import ru.smolensk.registry.domain.model.event.EventField;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.Level;

/**
 * Decides whose document an upload is and for which period: a consolidated document (sections name the
 * organisations or spheres) or a single organisation's own one (the title names the organisation; no section rows
 * or a single one). What the person chose in the preview wins over the title; an operator's own organisation is the
 * default for them when the title names none. Nothing is guessed silently: an unknown period or organisation is an
 * error saying what to choose, with suggestions.
 */
final class DocumentIssuer {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)");

    private final List<Organization> organizations;
    private final TitleIssuer titles;

    DocumentIssuer(List<Organization> organizations) {
        this.organizations = organizations;
        this.titles = new TitleIssuer(organizations);
    }

    /**
     * What the import decided.
     *
     * @param document the document with the level and period to import it under (either may stay null when
     *            {@code errors} is not empty)
     * @param issuer the organisation a single organisation's document belongs to, or null for a consolidated one
     * @param suggestions organisations that may be meant when none could be matched
     */
    record Resolution(ImportedDocument document, Organization issuer, List<ImportIssue> warnings,
            List<ImportIssue> errors, List<Reference> suggestions) {
    }

    Resolution resolve(CurrentUser user, ImportedDocument document, ImportOptions options) {
        List<ImportIssue> warnings = new ArrayList<>();
        List<ImportIssue> errors = new ArrayList<>();
        List<Reference> suggestions = new ArrayList<>();
        ReportingPeriod period = period(document, options, errors);
        Organization issuer = null;
        if (options.organizationCode() != null && !options.organizationCode().isBlank()) {
            issuer = chosen(options.organizationCode(), errors);
        } else if (document.titledSections() <= 1) {
            issuer = titles.find(document.title()).or(() -> singleSectionIssuer(document)).orElse(null);
            if (issuer == null && !user.seesAllOrganizations() && user.organization().isPresent()
                    && document.titledSections() == 0) {
                issuer = user.organization().get();
                warnings.add(ImportIssue.warning(null, null, "own-organization", "В заголовке документа не названа "
                        + "организация; мероприятия загружаются в документ вашей организации «"
                        + issuer.nameOn(period == null ? java.time.LocalDate.now() : period.start()) + "»"));
            }
            if (issuer == null && (document.level() == null || document.titledSections() == 0)) {
                java.time.LocalDate on = period == null ? java.time.LocalDate.now() : period.start();
                titles.suggest(document.title(), on)
                        .forEach(o -> suggestions.add(new Reference(o.code(), o.nameOn(on))));
                errors.add(ImportIssue.error(null, null, "unknown-organization", "Не удалось определить по заголовку, "
                        + "чей это документ" + quoted(document.title()) + ". Выберите организацию при загрузке"
                        + (suggestions.isEmpty()
                                ? ""
                                : ". Возможно: " + String.join("; ",
                                        suggestions.stream().map(Reference::name).toList()))));
            }
        }
        if (issuer != null && !user.mayManage(issuer)) {
            errors.add(ImportIssue.error(null, null, "foreign-organization", "Документ относится к организации «"
                    + issuer.currentName() + "»; загрузить его может оператор этой организации или координатор"));
        }
        Level level = issuer != null ? issuer.level() : document.level();
        return new Resolution(document.resolved(level, period), issuer, warnings, errors, suggestions);
    }

    private Optional<Organization> singleSectionIssuer(ImportedDocument document) {
        return document.sections().stream().filter(s -> !s.title().isBlank()).findFirst()
                .flatMap(s -> titles.find(s.title()));
    }

    private Organization chosen(String code, List<ImportIssue> errors) {
        Optional<Organization> org = organizations.stream().filter(o -> o.code().equals(code)).findFirst();
        if (org.isEmpty()) {
            errors.add(ImportIssue.error(null, null, "unknown-organization", "Организация с кодом «" + code
                    + "» не найдена в справочнике"));
        }
        return org.orElse(null);
    }

    private static ReportingPeriod period(ImportedDocument document, ImportOptions options,
            List<ImportIssue> errors) {
        ReportingPeriod fromTitle = document.period();
        ReportingPeriod chosen = options.period();
        if (chosen != null && fromTitle != null && !chosen.equals(fromTitle)) {
            errors.add(ImportIssue.error(null, null, "period-conflict", "В заголовке документа указан период «"
                    + PeriodTitles.of(fromTitle) + "», а при загрузке выбран «" + PeriodTitles.of(chosen) + "»"));
            return fromTitle;
        }
        if (chosen != null || fromTitle != null) {
            return chosen != null ? chosen : fromTitle;
        }
        TreeSet<String> years = new TreeSet<>();
        document.sections().forEach(s -> s.rows().forEach(r -> {
            Matcher m = YEAR.matcher(r.cell(EventField.DATES));
            while (m.find()) {
                years.add(m.group(1));
            }
        }));
        errors.add(ImportIssue.error(null, null, "unknown-period", "Не удалось определить по заголовку период "
                + "документа" + quoted(document.title()) + ". Выберите период при загрузке"
                + (years.isEmpty() ? "" : " (даты мероприятий в документе: " + String.join(", ", years) + " г.)")));
        return null;
    }

    private static String quoted(String title) {
        return title == null || title.isBlank() ? " (заголовка нет)" : " («" + title + "»)";
    }
}
