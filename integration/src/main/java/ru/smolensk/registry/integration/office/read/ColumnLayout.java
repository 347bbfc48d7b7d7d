package ru.smolensk.registry.integration.office.read;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import ru.smolensk.registry.domain.model.event.EventField;
import ru.smolensk.registry.domain.model.submission.DocumentKind;

/**
 * The columns of a table as announced by its header row: which grid column holds which {@link ColumnRole}.
 */
final class ColumnLayout {

    /** A header row must name at least this many official columns to be taken for one. */
    static final int MIN_RECOGNISED_COLUMNS = 3;

    private final ColumnRole[] roleByGrid;
    private final boolean[] reportedByGrid;
    private final Map<ColumnRole, TableCell> cellByRole;
    private final List<TableCell> unknownCells;
    private final List<String> headerKeys;
    private final TableCell firstCell;

    private ColumnLayout(ColumnRole[] roleByGrid, Map<ColumnRole, TableCell> cellByRole,
            List<TableCell> unknownCells, List<String> headerKeys, TableCell firstCell) {
        this.roleByGrid = roleByGrid;
        this.reportedByGrid = new boolean[roleByGrid.length];
        this.cellByRole = cellByRole;
        this.unknownCells = unknownCells;
        this.headerKeys = headerKeys;
        this.firstCell = firstCell;
    }

    /** Whether a row looks like a header row: it names at least {@value #MIN_RECOGNISED_COLUMNS} official columns. */
    static boolean looksLikeHeader(List<TableCell> row) {
        Set<ColumnRole> seen = EnumSet.noneOf(ColumnRole.class);
        for (TableCell cell : row) {
            ColumnRole role = ColumnRole.recognize(cell.text());
            if (role != null && role.field() != null) {
                seen.add(role);
            }
        }
        return seen.size() >= MIN_RECOGNISED_COLUMNS;
    }

    /**
     * The layout announced by a header row.
     *
     * @param allowMeta whether the Excel-only columns («Раздел», «Вид документа», «Уровень», «Период») are allowed
     * @throws DocumentReadException {@code unknown-header} when a column is announced twice
     */
    static ColumnLayout of(List<TableCell> header, boolean allowMeta) {
        int width = 0;
        for (TableCell cell : header) {
            width = Math.max(width, cell.gridStart() + cell.span());
        }
        ColumnRole[] roleByGrid = new ColumnRole[width];
        Map<ColumnRole, TableCell> cellByRole = new EnumMap<>(ColumnRole.class);
        List<TableCell> unknown = new ArrayList<>();
        List<String> keys = new ArrayList<>(header.size());
        for (TableCell cell : header) {
            keys.add(OfficeText.key(cell.text()));
            if (cell.isBlank()) {
                continue;
            }
            ColumnRole role = ColumnRole.recognize(cell.text());
            if (role == null || role.isMeta() && !allowMeta) {
                unknown.add(cell);
                continue;
            }
            if (cellByRole.putIfAbsent(role, cell) != null) {
                throw new DocumentReadException(ReadFailure.UNKNOWN_HEADER, "Столбец «" + role.title()
                        + "» встречается в шапке таблицы дважды: «" + OfficeText.snippet(cellByRole.get(role).text())
                        + "» и «" + OfficeText.snippet(cell.text()) + "»");
            }
            for (int g = cell.gridStart(); g < cell.gridStart() + cell.span(); g++) {
                roleByGrid[g] = role;
            }
        }
        return new ColumnLayout(roleByGrid, cellByRole, unknown, keys, header.isEmpty() ? null : header.get(0));
    }

    /** The kind the columns point to: plans have description and goal, reports have the outcome; or null. */
    DocumentKind kindByColumns() {
        boolean plan = has(ColumnRole.DESCRIPTION) || has(ColumnRole.GOAL);
        boolean report = has(ColumnRole.OUTCOME);
        if (plan == report) {
            return null;
        }
        return plan ? DocumentKind.PLAN : DocumentKind.REPORT;
    }

    /**
     * Checks the columns against the official ones of the kind: missing columns stop the reading, columns of the
     * other kind and unknown columns are reported as errors and not read.
     *
     * @throws DocumentReadException {@code unknown-header} when an official column (or the number column, if
     *             required) is missing
     */
    void validate(DocumentKind kind, boolean numberRequired, IssueLog log) {
        List<EventField> required = EventField.columnsOf(kind);
        List<ColumnRole> missing = new ArrayList<>();
        if (numberRequired && !has(ColumnRole.NUMBER) && !adoptBlankFirstColumnAsNumber()) {
            missing.add(ColumnRole.NUMBER);
        }
        for (EventField field : required) {
            if (!has(ColumnRole.of(field))) {
                missing.add(ColumnRole.of(field));
            }
        }
        if (!missing.isEmpty()) {
            throw new DocumentReadException(ReadFailure.UNKNOWN_HEADER, missingMessage(kind, missing));
        }
        for (ColumnRole role : List.copyOf(cellByRole.keySet())) {
            if (role.field() != null && !required.contains(role.field())) {
                log.add(IssueCode.COLUMN_NOT_IN_KIND, null, role.field(), "Столбец «" + role.title()
                        + "» не предусмотрен в " + (kind == DocumentKind.PLAN ? "плане" : "отчете")
                        + "; его содержимое не загружено");
                markReported(cellByRole.get(role));
                drop(role);
            }
        }
        for (TableCell cell : unknownCells) {
            markReported(cell);
            log.add(IssueCode.UNKNOWN_COLUMN, "Неизвестный столбец «" + OfficeText.snippet(cell.text())
                    + "» в шапке таблицы; его содержимое не загружено");
        }
    }

    /** The role of a grid column, or null when the column is not read. */
    ColumnRole roleAt(int grid) {
        return grid >= 0 && grid < roleByGrid.length ? roleByGrid[grid] : null;
    }

    /**
     * Whether text in a grid column that is not read needs no warning of its own: its header was already
     * reported as unknown or as not belonging to the kind.
     */
    boolean isReported(int grid) {
        return grid >= 0 && grid < reportedByGrid.length && reportedByGrid[grid];
    }

    boolean has(ColumnRole role) {
        return cellByRole.containsKey(role);
    }

    /** The grid column where a role starts, or -1. */
    int gridOf(ColumnRole role) {
        TableCell cell = cellByRole.get(role);
        return cell == null ? -1 : cell.gridStart();
    }

    /** Number of grid columns covered by the header. */
    int width() {
        return roleByGrid.length;
    }

    /** Whether a row repeats the header row (same texts, ignoring whitespace and case). */
    boolean isHeaderRepeat(List<TableCell> row) {
        if (row.size() != headerKeys.size()) {
            return false;
        }
        for (int i = 0; i < row.size(); i++) {
            if (!OfficeText.key(row.get(i).text()).equals(headerKeys.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** A first column with an empty header is taken for the number column. */
    private boolean adoptBlankFirstColumnAsNumber() {
        if (firstCell == null || !firstCell.isBlank() || firstCell.gridStart() != 0) {
            return false;
        }
        cellByRole.put(ColumnRole.NUMBER, firstCell);
        for (int g = 0; g < firstCell.span() && g < roleByGrid.length; g++) {
            roleByGrid[g] = ColumnRole.NUMBER;
        }
        return true;
    }

    private void markReported(TableCell cell) {
        for (int g = cell.gridStart(); g < cell.gridStart() + cell.span() && g < reportedByGrid.length; g++) {
            reportedByGrid[g] = true;
        }
    }

    private void drop(ColumnRole role) {
        cellByRole.remove(role);
        for (int g = 0; g < roleByGrid.length; g++) {
            if (roleByGrid[g] == role) {
                roleByGrid[g] = null;
            }
        }
    }

    private String missingMessage(DocumentKind kind, List<ColumnRole> missing) {
        String kindName = kind == DocumentKind.PLAN ? "план" : "отчет";
        DocumentKind byColumns = kindByColumns();
        if (byColumns != null && byColumns != kind) {
            return "По заголовку документ — " + kindName + ", а столбцы таблицы — как в "
                    + (byColumns == DocumentKind.PLAN ? "плане" : "отчете")
                    + ". Проверьте заголовок и шапку таблицы";
        }
        String found = cellByRole.values().stream().map(c -> "«" + OfficeText.snippet(c.text()) + "»")
                .collect(Collectors.joining(", "));
        String unknown = unknownCells.stream().map(c -> "«" + OfficeText.snippet(c.text()) + "»")
                .collect(Collectors.joining(", "));
        return "Не удалось распознать шапку таблицы: нет " + (missing.size() == 1 ? "столбца " : "столбцов ")
                + missing.stream().map(r -> "«" + r.title() + "»").collect(Collectors.joining(", "))
                + (found.isEmpty() ? "" : ". Распознаны: " + found)
                + (unknown.isEmpty() ? "" : ". Не распознаны: " + unknown);
    }
}
