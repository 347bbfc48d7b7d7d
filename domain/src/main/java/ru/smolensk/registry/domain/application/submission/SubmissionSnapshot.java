package ru.smolensk.registry.domain.application.submission;

import java.util.LinkedHashMap;
import java.util.Map;

import ru.smolensk.registry.domain.application.AuditJson;
import ru.smolensk.registry.domain.model.submission.Submission;

/** The state of a submission as the audit log keeps it (a flat JSON object). */
final class SubmissionSnapshot {

    private SubmissionSnapshot() {
    }

    static String of(Submission s) {
        return AuditJson.object(state(s));
    }

    /** The state with one more entry, e.g. the coordinator's comment of an approval. */
    static String of(Submission s, String key, Object value) {
        Map<String, Object> state = state(s);
        state.put(key, value);
        return AuditJson.object(state);
    }

    private static Map<String, Object> state(Submission s) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("id", s.id());
        state.put("organization", s.organization().code());
        state.put("period", s.period().code());
        state.put("kind", s.kind().name());
        state.put("level", s.level().name());
        state.put("status", s.status().name());
        state.put("returnReason", s.returnReason());
        return state;
    }
}
