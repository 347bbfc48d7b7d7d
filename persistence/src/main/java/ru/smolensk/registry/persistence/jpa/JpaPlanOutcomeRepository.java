package ru.smolensk.registry.persistence.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.fulfilment.PlanOutcome;
import ru.smolensk.registry.domain.model.fulfilment.PlanOutcomeRepository;
import ru.smolensk.registry.domain.model.submission.Submission;

/** Recorded outcomes of plan entries in JPA. */
@ApplicationScoped
public class JpaPlanOutcomeRepository implements PlanOutcomeRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    protected JpaPlanOutcomeRepository() {
    }

    public JpaPlanOutcomeRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<PlanOutcome> findByPlanEntry(EventEntry planEntry) {
        return em.createQuery("select o from PlanOutcome o where o.planEntry = :e", PlanOutcome.class)
                .setParameter("e", planEntry).getResultStream().findFirst();
    }

    @Override
    public List<PlanOutcome> findByPlan(Submission plan) {
        return em.createQuery("select o from PlanOutcome o where o.planEntry.submission = :s", PlanOutcome.class)
                .setParameter("s", plan).getResultList();
    }

    /** Saves the outcome and writes anew the fulfilment summary of its plan. */
    @Override
    public PlanOutcome save(PlanOutcome outcome) {
        PlanOutcome saved = Persisting.save(em, outcome, outcome.id());
        new StatisticsSummary(em).summariseFulfilment(saved.planEntry().submission().id());
        return saved;
    }

    /** Removes the outcome and writes anew the fulfilment summary of its plan. */
    @Override
    public void delete(PlanOutcome outcome) {
        long plan = outcome.planEntry().submission().id();
        em.remove(em.contains(outcome) ? outcome : em.merge(outcome));
        new StatisticsSummary(em).summariseFulfilment(plan);
    }
}
