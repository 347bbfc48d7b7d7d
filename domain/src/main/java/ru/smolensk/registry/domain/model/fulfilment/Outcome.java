package ru.smolensk.registry.domain.model.fulfilment;

/** What became of a planned event. */
public enum Outcome {

    /** Held as planned (a report entry fulfils it). */
    HELD,

    /** Held, but not as planned: other dates, place, format or participants (what changed is recorded). */
    HELD_WITH_CHANGES,

    /** Not held (the reason is recorded). */
    NOT_HELD,

    /** Neither a report entry fulfils it nor an outcome was recorded. */
    NO_INFORMATION;

    /** Whether the recorded outcome needs a text: what changed, or why the event was not held. */
    public boolean needsComment() {
        return this == HELD_WITH_CHANGES || this == NOT_HELD;
    }

    /** Whether the outcome says that the event was held (and so needs a report entry linked to the plan entry). */
    public boolean wasHeld() {
        return this == HELD || this == HELD_WITH_CHANGES;
    }

    /**
     * The outcome of a plan entry from what was recorded and whether a report entry is linked to it: a link means
     * held (with changes when so recorded); without a link, only a recorded "not held" counts, anything else is
     * no information. So the numbers always agree with the links of plan versus fact.
     */
    public static Outcome of(Outcome recorded, boolean linked) {
        if (linked) {
            return recorded == HELD_WITH_CHANGES ? HELD_WITH_CHANGES : HELD;
        }
        return recorded == NOT_HELD ? NOT_HELD : NO_INFORMATION;
    }

    /** The Russian label. */
    public String label() {
        return switch (this) {
            case HELD -> "Проведено по плану";
            case HELD_WITH_CHANGES -> "Проведено с изменениями";
            case NOT_HELD -> "Не проведено";
            case NO_INFORMATION -> "Нет сведений";
        };
    }
}
