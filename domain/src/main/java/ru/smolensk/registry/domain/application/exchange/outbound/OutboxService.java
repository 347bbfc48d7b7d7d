package ru.smolensk.registry.domain.application.exchange.outbound;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.smolensk.registry.domain.application.AccessDeniedException;
import ru.smolensk.registry.domain.application.AuditJson;
import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.application.NotFoundException;
import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.application.exchange.ExchangeService;
import ru.smolensk.registry.domain.application.exchange.ExchangedEvent;
import ru.smolensk.registry.domain.application.submission.SubmissionApproved;
import ru.smolensk.registry.domain.model.audit.AuditAction;
import ru.smolensk.registry.domain.model.audit.AuditLog;
import ru.smolensk.registry.domain.model.audit.AuditRecord;
import ru.smolensk.registry.domain.model.event.EventEntryRepository;
import ru.smolensk.registry.domain.model.exchange.ExchangeDirection;
import ru.smolensk.registry.domain.model.exchange.ExchangeJournal;
import ru.smolensk.registry.domain.model.exchange.ExchangeMessage;
import ru.smolensk.registry.domain.model.exchange.ExchangeStatus;
import ru.smolensk.registry.domain.model.exchange.OutboundMessage;
import ru.smolensk.registry.domain.model.exchange.OutboundStatus;
import ru.smolensk.registry.domain.model.exchange.Outbox;
import ru.smolensk.registry.domain.model.shared.DomainException;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionRepository;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/**
 * The outbox of approved records. Approval writes one message per configured partner in the approving
 * transaction (nothing is sent then); {@link #deliver} sends one due message in a transaction of its own, with
 * the same message id on every attempt, journals the attempt and schedules the next one with exponential
 * backoff, or marks the message dead after the configured number of attempts.
 */
@ApplicationScoped
public class OutboxService {

    private static final Logger LOG = Logger.getLogger(OutboxService.class.getName());
    private static final int MAX_LISTED = 500;

    @Inject
    Outbox outbox;

    @Inject
    OutboundSettings settings;

    @Inject
    PartnerGateway gateway;

    @Inject
    SubmissionRepository submissions;

    @Inject
    EventEntryRepository events;

    @Inject
    ExchangeJournal journal;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    /** Writes the messages of an approved submission, in the approving transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onApproval(@Observes SubmissionApproved approved) {
        OffsetDateTime now = OffsetDateTime.now();
        for (String partner : settings.partners()) {
            outbox.save(new OutboundMessage(partner, ExchangeService.SUBMIT_EVENTS, approved.submissionId(), now));
        }
    }

    /** Ids of the messages due now, oldest first. */
    @Transactional
    public List<Long> due(int limit) {
        return outbox.due(OffsetDateTime.now(), limit);
    }

    /** One attempt to deliver a due message; the outcome is committed whatever it is. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void deliver(long id) {
        OutboundMessage message = outbox.findById(id).orElse(null);
        OffsetDateTime now = OffsetDateTime.now();
        if (message == null || message.status() != OutboundStatus.PENDING || message.nextAttemptAt() == null
                || message.nextAttemptAt().isAfter(now)) {
            return;
        }
        Submission submission = submissions.findById(message.submissionId()).orElse(null);
        if (submission == null || submission.status() != SubmissionStatus.APPROVED) {
            message.failed(now, "План или отчет больше не утвержден", settings.maxDelay(), 1);
            return;
        }
        List<ExchangedEvent> records = events.findBySubmission(submission).stream().map(ExchangedEvent::of).toList();
        PartnerGateway.Delivery delivery = gateway.submit(message.partner(), message.messageId(), records);
        ExchangeMessage journaled = journal.find(message.partner(), message.messageId())
                .orElseGet(() -> journal.save(ExchangeMessage.sent(message.partner(), message.messageId(),
                        message.operation(), now, delivery.sizeBytes(), delivery.sha256())));
        if (delivery.accepted()) {
            message.delivered(now);
            journaled.answer(ExchangeStatus.DELIVERED, null, null, now);
        } else {
            message.failed(now, delivery.error(), settings.delayAfter(message.attempts() + 1), settings.maxAttempts());
            journaled.answer(ExchangeStatus.FAILED, "delivery-failed", delivery.error(), now);
            LOG.log(Level.WARNING, "Delivery of {0} to {1} failed (attempt {2}): {3}",
                    new Object[]{message.messageId(), message.partner(), message.attempts(), delivery.error()});
        }
    }

    /** Messages of the outbox for administrators and the coordinator. */
    @Transactional
    public List<OutboundMessage> messages(OutboundStatus status, String partner) {
        if (!user.hasRole(Role.ADMIN) && !user.hasRole(Role.COORDINATOR)) {
            throw new AccessDeniedException("Очередь отправки доступна администратору и координатору");
        }
        return outbox.search(status, partner, MAX_LISTED);
    }

    /** The exchange journal, inbound and outbound, for administrators and the coordinator. */
    @Transactional
    public List<ExchangeMessage> journal(String partner, ExchangeDirection direction, int limit) {
        if (!user.hasRole(Role.ADMIN) && !user.hasRole(Role.COORDINATOR)) {
            throw new AccessDeniedException("Журнал обмена доступен администратору и координатору");
        }
        return journal.search(partner, direction, Math.max(1, Math.min(limit, MAX_LISTED)));
    }

    /**
     * Drops the bodies of journaled messages older than the retention (the entries stay, so a late resend of such a
     * message id is refused as stale rather than processed twice).
     */
    @Transactional
    public int forgetBodiesOlderThan(java.time.Duration retention) {
        return journal.forgetBodiesBefore(OffsetDateTime.now().minus(retention));
    }

    /** An administrator sends a dead message again, at once and with the same message id. */
    @Transactional
    public OutboundMessage resend(long id) {
        if (!user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Повторную отправку выполняет только администратор");
        }
        OutboundMessage message = outbox.findById(id)
                .orElseThrow(() -> new NotFoundException("Сообщение № " + id + " не найдено в очереди отправки"));
        if (message.status() == OutboundStatus.SENT) {
            throw new DomainException("workflow-conflict", "Сообщение " + message.messageId() + " уже доставлено");
        }
        String before = AuditJson.object(java.util.Map.of("status", message.status().name(), "attempts",
                message.attempts()));
        message.resend(OffsetDateTime.now());
        audit.append(new AuditRecord(OffsetDateTime.now(), user.username(), AuditAction.UPDATE, "OutboundMessage",
                message.messageId(), "Повторная отправка в систему «" + message.partner() + "»", before,
                AuditJson.object(java.util.Map.of("status", message.status().name(), "attempts", 0))));
        return message;
    }
}
