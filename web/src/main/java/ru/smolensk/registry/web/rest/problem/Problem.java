package ru.smolensk.registry.web.rest.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error as {@code application/problem+json} (RFC 9457): a stable {@code type}/{@code code} for
 * machines, a Russian {@code detail} for people, and field errors where input was invalid.
 */
@Schema(description = "Ошибка (RFC 9457, application/problem+json)", requiredProperties = {"type", "title", "status",
        "detail", "code"})
public record Problem(
        @Schema(description = "urn:registry:problem:<code>", example = "urn:registry:problem:stale-version") String type,
        @Schema(description = "Заголовок ошибки", example = "Версия устарела") String title,
        @Schema(description = "Код HTTP", example = "412") int status,
        @Schema(description = "Что произошло, по-русски", example = "Объект уже изменен другим пользователем") String detail,
        @Schema(description = "Код ошибки для программ; список — в описании каждого ответа", example = "stale-version") String code,
        @Schema(description = "Ошибки отдельных полей") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid input field. */
    @Schema(description = "Ошибка поля")
    public record FieldError(@Schema(description = "Поле тела или параметр", example = "name") String field,
            @Schema(description = "Сообщение", example = "Не заполнено поле «Наименование мероприятия»") String message) {
    }

    public static Problem of(int status, String code, String title, String detail) {
        return new Problem("urn:registry:problem:" + code, title, status, detail, code, List.of());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, code, List.copyOf(fieldErrors));
    }
}
