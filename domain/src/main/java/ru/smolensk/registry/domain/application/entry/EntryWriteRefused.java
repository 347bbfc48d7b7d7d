package ru.smolensk.registry.domain.application.entry;

import ru.smolensk.registry.domain.application.AccessDeniedException;

/**
 * The caller's role does not write entries by this channel: administrators keep reference data and accounts, not
 * plans and reports; partner systems write only by exchange (HTTP 403, fault {@code ACCESS_DENIED}).
 */
public class EntryWriteRefused extends AccessDeniedException {
    private static final long serialVersionUID = 1L;

    public static final String CODE = "entry-write-refused";

    public EntryWriteRefused(Channel channel) {
        super(CODE, channel == Channel.EXCHANGE
                ? "Передавать мероприятия могут только информационные системы-партнеры"
                : "Изменять мероприятия планов и отчетов могут только операторы своей организации и координатор");
    }
}
