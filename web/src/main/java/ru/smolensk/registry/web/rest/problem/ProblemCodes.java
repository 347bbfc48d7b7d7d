package ru.smolensk.registry.web.rest.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ru.smolensk.registry.domain.application.backup.BackupService;
import ru.smolensk.registry.domain.application.entry.EntryWriteRefused;
import ru.smolensk.registry.domain.application.entry.OutsideOrganisation;
import ru.smolensk.registry.domain.model.campaign.CampaignClosed;
import ru.smolensk.registry.domain.model.submission.PeriodKindMismatch;
import ru.smolensk.registry.domain.model.submission.SubmissionLocked;

/**
 * Every {@code code} a problem of the API may carry and its HTTP status, in one table: the mappers answer with it and
 * the OpenAPI document lists, under each error response, the codes of its status.
 */
public final class ProblemCodes {

    /** The codes of broken business rules and the status they are answered with (others: 422). */
    static final Map<String, Integer> DOMAIN = Map.ofEntries(Map.entry("not-found", 404),
            Map.entry("access-denied", 403), Map.entry(OutsideOrganisation.CODE, 403),
            Map.entry(EntryWriteRefused.CODE, 403), Map.entry("workflow-conflict", 409),
            Map.entry(SubmissionLocked.CODE, 409), Map.entry(CampaignClosed.CODE, 409), Map.entry("bad-request", 400),
            Map.entry("invalid-period", 400), Map.entry("stale-version", 412), Map.entry("precondition-required", 428),
            Map.entry("conflict", 409), Map.entry("validation", 422),
            Map.entry(BackupService.USE_DATABASE_TOOLS, 501));

    /** Codes of the other mappers: malformed bodies, the runtime's own errors, rules answered with 422. */
    private static final Map<String, Integer> OTHER = Map.ofEntries(Map.entry(JsonBodyExceptionMappers.CODE, 400),
            Map.entry("http-401", 401), Map.entry("http-403", 403), Map.entry("http-404", 404),
            Map.entry("http-405", 405), Map.entry("http-406", 406), Map.entry("http-415", 415),
            Map.entry(PeriodKindMismatch.CODE, 422), Map.entry("internal-error", 500),
            Map.entry(ServerFaultMapper.DATABASE_UNAVAILABLE, 503));

    /** Codes only the import of files answers with (its own mappers). */
    public static final Map<String, Integer> IMPORT = Map.ofEntries(Map.entry("not-office-document", 415),
            Map.entry("too-large", 413), Map.entry("zip-bomb", 413), Map.entry("corrupted", 422),
            Map.entry("encrypted", 422), Map.entry("no-table", 422), Map.entry("unknown-header", 422),
            Map.entry("unknown-period", 422), Map.entry("unknown-kind", 422), Map.entry("unknown-level", 422),
            Map.entry("import-rejected", 422));

    private ProblemCodes() {
    }

    /** The status a domain exception with this code is answered with. */
    public static int status(String code) {
        return DOMAIN.getOrDefault(code, 422);
    }

    /** The codes answered with this status, sorted; with {@code imports} also those of the import of files. */
    public static List<String> codes(int status, boolean imports) {
        Map<String, Integer> all = new LinkedHashMap<>(DOMAIN);
        all.putAll(OTHER);
        if (imports) {
            all.putAll(IMPORT);
        }
        return new TreeMap<>(all).entrySet().stream().filter(e -> e.getValue() == status).map(Map.Entry::getKey)
                .toList();
    }
}
