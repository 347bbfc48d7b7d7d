package ru.smolensk.registry.persistence.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/**
 * An EclipseLink log that keeps every SQL statement the persistence unit runs with its bound values (set
 * {@code eclipselink.logging.logger} to this class, the SQL category to FINE and {@code eclipselink.logging.parameters}
 * on), so that tests can look at the plans of the statements the repositories really send.
 */
public class SqlCapture extends AbstractSessionLog {

    /** A statement with {@code ?} placeholders and the values bound to them, in order (as text, null for NULL). */
    public record Statement(String sql, List<String> values) {
    }

    private static final List<Statement> STATEMENTS = new ArrayList<>();

    @Override
    public void log(SessionLogEntry entry) {
        if (!SessionLog.SQL.equals(entry.getNameSpace()) || entry.getMessage() == null) {
            return;
        }
        String message = entry.getMessage();
        int bind = message.indexOf("\n\tbind => [");
        String sql = (bind < 0 ? message : message.substring(0, bind)).strip();
        List<String> values = new ArrayList<>();
        if (bind >= 0) {
            String list = message.substring(bind + "\n\tbind => [".length(), message.lastIndexOf(']'));
            Arrays.stream(list.split(", ", -1)).map(v -> "null".equals(v) ? null : v).forEach(values::add);
        }
        synchronized (STATEMENTS) {
            STATEMENTS.add(new Statement(sql, values));
        }
    }

    /** The statements logged since the last call, and forgets them. */
    public static List<Statement> take() {
        synchronized (STATEMENTS) {
            List<Statement> taken = List.copyOf(STATEMENTS);
            STATEMENTS.clear();
            return taken;
        }
    }
}
