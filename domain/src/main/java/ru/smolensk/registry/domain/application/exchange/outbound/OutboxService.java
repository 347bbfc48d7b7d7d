package ru.smolensk.registry.domain.application.exchange.outbound;

import java.time.OffsetDateTime;
import java.util.List;

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
import ru.smolensk.registry.domain.application.submission.SubmissionApproved;
import ru.smolensk.registry.domain.model.audit.AuditAction;
import ru.smolensk.registry.domain.model.audit.AuditLog;
import ru.smolensk.registry.domain.model.audit.AuditRecord;
import ru.smolensk.registry.domain.model.exchange.ExchangeDirection;
import ru.smolensk.registry.domain.model.exchange.ExchangeJournal;
import ru.smolensk.registry.domain.model.exchange.ExchangeMessage;
import ru.smolensk.registry.domain.model.exchange.ExchangeStatus;
import ru.smolensk.registry.domain.model.exchange.JournalFilter;
import ru.smolensk.registry.domain.model.exchange.JournalLine;
import ru.smolensk.registry.domain.model.exchange.OutboundMessage;
import ru.smolensk.registry.domain.model.exchange.OutboundStatus;
import ru.smolensk.registry.domain.model.exchange.Outbox;
import ru.smolensk.registry.domain.model.shared.DomainException;

/**
 * The outbox of approved records. Approval writes one message per configured partner in the approving
 * transaction (nothing is sent then); {@link #deliver} sends one due message (claimed, sent outside any
 * transaction, recorded), with the same message id on every attempt, journals the attempt and schedules the next
 * one with exponential backoff, or marks the message dead after the configured number of attempts.
 */
@ApplicationScoped
public class OutboxService {

    private static final int MAX_LISTED = 500;
    /**
     * Longer than any attempt can take (the gateway's connect and read timeouts, 5 s and 30 s), and short, as a
     * message whose attempt was cut off (a server stopped hard mid-way) waits for it before it is sent again.
     */
    private static final java.time.Duration ATTEMPT_LEASE = java.time.Duration.ofMinutes(2);

    @Inject
    Outbox outbox;

    @Inject
    OutboundSettings settings;

    @Inject
    PartnerGateway gateway;

    @Inject
    OutboxAttempts attempts;

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

    /**
     * One attempt to deliver a due message: claimed in a short transaction, sent outside any transaction, its
     * outcome recorded in another; the outcome is committed whatever it is.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void deliver(long id) {
        attempts.claim(id, ATTEMPT_LEASE).ifPresent(dispatch -> attempts.record(dispatch,
                gateway.submit(dispatch.partner(), dispatch.messageId(), dispatch.records())));
    }

    /** Messages of the outbox for administrators and the coordinator. */
    @Transactional
    public List<OutboundMessage> messages(OutboundStatus status, String partner) {
        if (!user.hasRole(Role.ADMIN) && !user.hasRole(Role.COORDINATOR)) {
            throw new AccessDeniedException("Очередь отправки доступна администратору и координатору");
        }
        return outbox.search(status, partner, MAX_LISTED);
    }

    /** The exchange journal, inbound and outbound, newest first, for administrators and the coordinator. */
    @Transactional
    public List<JournalLine> journal(String partner, ExchangeDirection direction, ExchangeStatus status, int limit) {
        return journal(JournalFilter.of(partner, direction, status, limit));
    }

    /** The exchange journal filtered and paged (at most a bounded number of entries per page). */
    @Transactional
    public List<JournalLine> journal(JournalFilter filter) {
        requireJournalReader();
        return journal.search(new JournalFilter(filter.partner(), filter.direction(), filter.status(),
                filter.messageId() == null ? null : filter.messageId().strip().toLowerCase(java.util.Locale.ROOT),
                filter.test(), Math.max(0, filter.offset()), Math.max(1, Math.min(filter.limit(), MAX_LISTED))));
    }

    /** One journaled message with the message as received or sent and its answer, while they are kept. */
    @Transactional
    public ExchangeMessage journalEntry(long id) {
        requireJournalReader();
        return journal.findById(id)
                .orElseThrow(() -> new NotFoundException("Сообщение не найдено в журнале обмена"));
    }

    private void requireJournalReader() {
        if (!user.hasRole(Role.ADMIN) && !user.hasRole(Role.COORDINATOR)) {
            throw new AccessDeniedException("Журнал обмена доступен администратору и координатору");
        }
    }

    /**
     * Drops the bodies of at most {@code batch} journaled messages received before the moment, in one transaction
     * (the entries stay, so a late resend of such a message id is refused as stale rather than processed twice);
     * returns how many. The retention calls it until a batch comes back short.
     */
    @Transactional
    public int forgetBodiesBefore(OffsetDateTime before, int batch) {
        return journal.forgetBodiesBefore(before, batch);
    }

    /** An administrator sends a dead message again, at once and with the same message id. */
    @Transactional
    public OutboundMessage resend(long id) {
        if (!user.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Повторную отправку выполняет только администратор");
        }
        OutboundMessage message = outbox.findById(id)
                .orElseThrow(() -> new NotFoundException("Сообщение не найдено в очереди отправки"));
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
