package ru.smolensk.registry.domain.model.fulfilment;

import java.util.List;
import java.util.Optional;

import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.submission.Submission;

/** Recorded outcomes of plan entries. */
public interface PlanOutcomeRepository {

    Optional<PlanOutcome> findByPlanEntry(EventEntry planEntry);

    /** The outcomes recorded for the entries of a plan. */
    List<PlanOutcome> findByPlan(Submission plan);

    PlanOutcome save(PlanOutcome outcome);

    void delete(PlanOutcome outcome);
}
