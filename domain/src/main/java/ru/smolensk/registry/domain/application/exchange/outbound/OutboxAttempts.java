package ru.smolensk.registry.domain.application.exchange.outbound;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.smolensk.registry.domain.application.exchange.ExchangedEvent;
import ru.smolensk.registry.domain.model.event.EventEntryRepository;
import ru.smolensk.registry.domain.model.exchange.ExchangeJournal;
import ru.smolensk.registry.domain.model.exchange.ExchangeMessage;
import ru.smolensk.registry.domain.model.exchange.ExchangeStatus;
import ru.smolensk.registry.domain.model.exchange.OutboundMessage;
import ru.smolensk.registry.domain.model.exchange.OutboundStatus;
import ru.smolensk.registry.domain.model.exchange.Outbox;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionRepository;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/**
 * The two short transactions around one delivery attempt: claiming a due message (and reading what to send), and
 * recording the outcome. The partner is called between them, outside any transaction, so no database connection
 * or lock is held while the network is slow.
 */
@ApplicationScoped
public class OutboxAttempts {

    private static final Logger LOG = Logger.getLogger(OutboxAttempts.class.getName());

    @Inject
    Outbox outbox;

    @Inject
    OutboundSettings settings;

    @Inject
    SubmissionRepository submissions;

    @Inject
    EventEntryRepository events;

    @Inject
    ExchangeJournal journal;

    /** What one attempt sends. */
    public record Dispatch(long id, String partner, String messageId, String operation, List<ExchangedEvent> records,
            OffsetDateTime startedAt) {
    }

    /**
     * Claims the message for one attempt when it is still due, for {@code lease}; a message whose plan or report is
     * no longer approved fails its attempt instead.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Dispatch> claim(long id, Duration lease) {
        OutboundMessage message = outbox.findById(id).orElse(null);
        OffsetDateTime now = OffsetDateTime.now();
        if (message == null || message.status() != OutboundStatus.PENDING || message.nextAttemptAt() == null
                || message.nextAttemptAt().isAfter(now)) {
            return Optional.empty();
        }
        Submission submission = submissions.findById(message.submissionId()).orElse(null);
        if (submission == null || submission.status() != SubmissionStatus.APPROVED) {
            message.failed(now, "План или отчет больше не утвержден", settings.maxDelay(), 1);
            return Optional.empty();
        }
        List<ExchangedEvent> records = events.findBySubmission(submission).stream().map(ExchangedEvent::of).toList();
        message.claim(now.plus(lease));
        return Optional.of(new Dispatch(id, message.partner(), message.messageId(), message.operation(), records,
                now));
    }

    /** Records the outcome of the attempt: delivered, or the next attempt with backoff, or dead. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Dispatch dispatch, PartnerGateway.Delivery delivery) {
        OutboundMessage message = outbox.findById(dispatch.id()).orElseThrow();
        OffsetDateTime now = OffsetDateTime.now();
        ExchangeMessage journaled = journal.find(dispatch.partner(), dispatch.messageId())
                .orElseGet(() -> journal.save(ExchangeMessage.sent(dispatch.partner(), dispatch.messageId(),
                        dispatch.operation(), dispatch.startedAt(), delivery.sizeBytes(), delivery.sha256(),
                        delivery.body())));
        if (delivery.accepted()) {
            message.delivered(now);
            journaled.answer(ExchangeStatus.DELIVERED, null, null, now);
        } else {
            message.failed(now, delivery.error(), settings.delayAfter(message.attempts() + 1), settings.maxAttempts());
            journaled.answer(ExchangeStatus.FAILED, "delivery-failed", delivery.error(), now);
            LOG.log(Level.WARNING, "Delivery of {0} to {1} failed (attempt {2}): {3}",
                    new Object[]{dispatch.messageId(), dispatch.partner(), message.attempts(), delivery.error()});
        }
    }
}
