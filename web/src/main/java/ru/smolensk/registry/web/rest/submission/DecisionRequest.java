package ru.smolensk.registry.web.rest.submission;

/** The body of the coordinator's decision: the reason of a return or the comment of an approval. */
public class DecisionRequest {

    /** Why the submission is returned for correction (mandatory for a return). */
    public String reason;

    /** An optional comment of an approval. */
    public String comment;
}
