package ru.smolensk.registry.web.ui.exchange;

import java.io.Serializable;

/**
 * One record of a SubmitEvents receipt as the exchange screen's table shows it: the partner's record id, what
 * happened to it (its name in Russian from the bundle), the entry it became (opened by a link, its database id
 * never shown) and, when refused, the code and the message.
 */
public record ReceiptRecord(String recordId, String status, Long entryId, String code, String message)
        implements
            Serializable {

    private static final long serialVersionUID = 1L;
}
