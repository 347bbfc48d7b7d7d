package ru.smolensk.registry.domain.model.submission;

/** Russian names of submission statuses for messages of the domain model. */
final class StatusNames {

    private StatusNames() {
    }

    static String of(SubmissionStatus status) {
        return switch (status) {
            case DRAFT -> "черновик";
            case SUBMITTED -> "на рассмотрении";
            case RETURNED -> "возвращен на доработку";
            case APPROVED -> "утвержден";
        };
    }
}
