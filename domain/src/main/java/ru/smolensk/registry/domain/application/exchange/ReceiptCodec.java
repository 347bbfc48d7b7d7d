package ru.smolensk.registry.domain.application.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a receipt in the journal as text, one record per line, fields separated by tabs (tabs, line
 * breaks and backslashes inside values escaped), so that a repeated message gets the same answer.
 */
final class ReceiptCodec {

    private static final String NULL = "\\0";

    private ReceiptCodec() {
    }

    static String encode(Receipt receipt) {
        StringBuilder out = new StringBuilder();
        for (RecordResult r : receipt.results()) {
            out.append(escape(r.recordId())).append('\t').append(r.status().name()).append('\t')
                    .append(r.entryId() == null ? NULL : r.entryId().toString()).append('\t')
                    .append(escape(r.code())).append('\t').append(escape(r.message())).append('\n');
        }
        return out.toString();
    }

    static Receipt decode(String text) {
        List<RecordResult> results = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            results.add(new RecordResult(unescape(f[0]), RecordStatus.valueOf(f[1]),
                    NULL.equals(f[2]) ? null : Long.valueOf(f[2]), unescape(f[3]), unescape(f[4])));
        }
        return new Receipt(false, results);
    }

    private static String escape(String value) {
        if (value == null) {
            return NULL;
        }
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String value) {
        if (NULL.equals(value)) {
            return null;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
