package ru.smolensk.registry.web.ui.exchange;

import java.util.List;

import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.smolensk.registry.domain.application.exchange.outbound.OutboxService;
import ru.smolensk.registry.domain.model.exchange.ExchangeDirection;
import ru.smolensk.registry.domain.model.exchange.ExchangeStatus;
import ru.smolensk.registry.domain.model.exchange.OutboundStatus;
import ru.smolensk.registry.domain.model.shared.DomainException;
import ru.smolensk.registry.web.exchange.ResendRace;
import ru.smolensk.registry.web.ui.Texts;
import ru.smolensk.registry.web.ui.state.PageStateBean;

/**
 * The exchange screen: the journal filtered by partner, direction and outcome, one message opened with what was
 * received or sent and the answer, and the outbox with resending (the services check the roles again).
 */
@Named("exchange")
@ViewScoped(saveInViewState = true)
public class ExchangeBean extends PageStateBean {

    private static final long serialVersionUID = 1L;
    private static final int JOURNAL_ROWS = 200;

    @Inject
    transient OutboxService outbox;

    private String partner;
    private ExchangeDirection direction;
    private ExchangeStatus status;
    private OutboundStatus outboxStatus;
    private List<JournalRow> journal;
    private List<OutboxRow> outboxRows;
    private JournalDetail opened;

    /** Lists the journal and the outbox anew with the chosen filters. */
    public void search() {
        journal = null;
        outboxRows = null;
    }

    /** Opens one journaled message with its bodies. */
    public void open(long id) {
        try {
            opened = JournalDetail.of(outbox.journalEntry(id));
        } catch (DomainException e) {
            opened = null;
            Texts.errorText(e.getMessage());
        }
    }

    /** Sends an undelivered message again at once, with the same message id (administrators only). */
    public void resend(long id) {
        try {
            Texts.info("exchange.resent", ResendRace.resendOnce(() -> outbox.resend(id)).messageId());
        } catch (DomainException e) {
            Texts.errorText(e.getMessage());
        }
        outboxRows = null;
    }

    public List<JournalRow> getJournal() {
        if (journal == null) {
            try {
                journal = outbox.journal(partnerCode(), direction, status, JOURNAL_ROWS).stream().map(JournalRow::of)
                        .toList();
            } catch (DomainException e) {
                Texts.errorText(e.getMessage());
                journal = List.of();
            }
        }
        return journal;
    }

    public List<OutboxRow> getOutbox() {
        if (outboxRows == null) {
            try {
                outboxRows = outbox.messages(outboxStatus, partnerCode()).stream().map(OutboxRow::of).toList();
            } catch (DomainException e) {
                Texts.errorText(e.getMessage());
                outboxRows = List.of();
            }
        }
        return outboxRows;
    }

    private String partnerCode() {
        return partner == null || partner.isBlank() ? null : partner.strip();
    }

    public JournalDetail getOpened() {
        return opened;
    }

    public ExchangeDirection[] getDirections() {
        return ExchangeDirection.values();
    }

    public ExchangeStatus[] getStatuses() {
        return ExchangeStatus.values();
    }

    public OutboundStatus[] getOutboxStatuses() {
        return OutboundStatus.values();
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public ExchangeDirection getDirection() {
        return direction;
    }

    public void setDirection(ExchangeDirection direction) {
        this.direction = direction;
    }

    public ExchangeStatus getStatus() {
        return status;
    }

    public void setStatus(ExchangeStatus status) {
        this.status = status;
    }

    public OutboundStatus getOutboxStatus() {
        return outboxStatus;
    }

    public void setOutboxStatus(OutboundStatus outboxStatus) {
        this.outboxStatus = outboxStatus;
    }
}
