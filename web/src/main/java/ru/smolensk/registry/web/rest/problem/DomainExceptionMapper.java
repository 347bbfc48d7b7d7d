package ru.smolensk.registry.web.rest.problem;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import ru.smolensk.registry.domain.application.entry.EntryWriteRefused;
import ru.smolensk.registry.domain.application.entry.OutsideOrganisation;
import ru.smolensk.registry.domain.model.campaign.CampaignClosed;
import ru.smolensk.registry.domain.model.shared.DomainException;
import ru.smolensk.registry.domain.model.submission.SubmissionLocked;

/** Broken business rules as problem details; the HTTP status follows the exception's code. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    private static final Map<String, Integer> STATUS_BY_CODE = Map.ofEntries(Map.entry("not-found", 404),
            Map.entry("access-denied", 403), Map.entry(OutsideOrganisation.CODE, 403),
            Map.entry(EntryWriteRefused.CODE, 403), Map.entry("workflow-conflict", 409),
            Map.entry(SubmissionLocked.CODE, 409), Map.entry(CampaignClosed.CODE, 409), Map.entry("bad-request", 400),
            Map.entry("invalid-period", 400), Map.entry("stale-version", 412), Map.entry("precondition-required", 428),
            Map.entry("conflict", 409), Map.entry("validation", 422));

    private static final Map<Integer, String> TITLES = Map.of(400, "Некорректный запрос", 403, "Доступ запрещен", 404,
            "Не найдено", 409, "Конфликт состояния", 422, "Ошибка в данных", 412, "Версия устарела", 428,
            "Требуется версия объекта");

    @Override
    public Response toResponse(DomainException e) {
        int status = STATUS_BY_CODE.getOrDefault(e.code(), 422);
        Problem problem = Problem.of(status, e.code(), TITLES.get(status), e.getMessage());
        if (e instanceof BadRequestException bad && bad.field() != null) {
            problem = problem.withErrors(List.of(new Problem.FieldError(bad.field(), e.getMessage())));
        }
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
