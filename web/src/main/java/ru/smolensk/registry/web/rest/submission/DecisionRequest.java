package ru.smolensk.registry.web.rest.submission;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of the coordinator's decision: the reason of a return or the comment of an approval. */
@Schema(description = "Решение координатора: причина возврата или комментарий утверждения")
public class DecisionRequest {

    /** Why the submission is returned for correction (mandatory for a return). */
    @Schema(description = "Причина возврата или открытия для изменений (обязательна для них)", example = "Уточните"
            + " сроки проведения")
    public String reason;

    /** An optional comment of an approval. */
    @Schema(description = "Комментарий утверждения", example = "Утверждено")
    public String comment;
}
