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
    private final String[] extraByGrid;
    private final boolean[] reportedByGrid;
    private final Map<ColumnRole, TableCell> cellByRole;
    private final List<TableCell> unknownCells;
    private final List<String> headerKeys;
    private final TableCell firstCell;
    private int extrasBundleGrid = -1;

    private ColumnLayout(ColumnRole[] roleByGrid, Map<ColumnRole, TableCell> cellByRole,
            List<TableCell> unknownCells, List<String> headerKeys, TableCell firstCell) {
        this.roleByGrid = roleByGrid;
        this.extraByGrid = new String[roleByGrid.length];
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
        int bundle = -1;
        List<TableCell> ignored = new ArrayList<>();
        for (TableCell cell : header) {
            keys.add(OfficeText.key(cell.text()));
            if (cell.isBlank()) {
                continue;
            }
            if (DerivedColumns.isExtrasBundle(cell.text())) {
                bundle = cell.gridStart();
                continue;
            }
            ColumnRole role = ColumnRole.recognize(cell.text());
            boolean derived = DerivedColumns.isDerived(cell.text());
            if (role == null && derived) {
                ignored.add(cell); // a column the registry's own workbooks add (dates as parsed, countries...)
                continue;
            }
            if (role == null || role.isMeta() && !allowMeta) {
                unknown.add(cell);
                continue;
            }
            TableCell earlier = cellByRole.get(role);
            if (earlier != null) {
                if (derived) {
                    ignored.add(cell);
                    continue;
                }
                if (!DerivedColumns.isDerived(earlier.text())) {
                    throw new DocumentReadException(ReadFailure.UNKNOWN_HEADER, "Столбец «" + role.title()
                            + "» встречается в шапке таблицы дважды: «" + OfficeText.snippet(earlier.text())
                            + "» и «" + OfficeText.snippet(cell.text()) + "»");
                }
                for (int g = earlier.gridStart(); g < earlier.gridStart() + earlier.span(); g++) {
                    roleByGrid[g] = null;
                }
                ignored.add(earlier);
            }
            cellByRole.put(role, cell);
            for (int g = cell.gridStart(); g < cell.gridStart() + cell.span(); g++) {
                roleByGrid[g] = role;
            }
        }
        ColumnLayout layout = new ColumnLayout(roleByGrid, cellByRole, unknown, keys,
                header.isEmpty() ? null : header.get(0));
        layout.extrasBundleGrid = bundle;
        ignored.forEach(layout::markReported);
        if (bundle >= 0 && bundle < layout.reportedByGrid.length) {
            layout.reportedByGrid[bundle] = true;
        }
        return layout;
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
     * other kind and unknown columns are kept as extra columns (their text stays with each entry) with a warning.
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
                TableCell cell = cellByRole.get(role);
                drop(role);
                if (has(ColumnRole.DOCUMENT_KIND)) {
                    markReported(cell); // the registry's own workbook has the columns of both kinds
                    continue;
                }
                keepAsExtra(cell);
                log.add(IssueCode.EXTRA_COLUMN, null, null, "Столбец «" + role.title() + "» не предусмотрен в "
                        + (kind == DocumentKind.PLAN ? "плане" : "отчете") + "; его текст сохранен с каждым "
                        + "мероприятием как дополнительные сведения");
            }
        }
        for (TableCell cell : unknownCells) {
            keepAsExtra(cell);
            log.add(IssueCode.EXTRA_COLUMN, "Столбец «" + OfficeText.snippet(cell.text()) + "» не входит в "
                    + "официальную форму; его текст сохранен с каждым мероприятием как дополнительные сведения");
        }
    }

    /** The header (on one line) of an extra column kept with the entries, or null when the column is not one. */
    String extraHeaderAt(int grid) {
        return grid >= 0 && grid < extraByGrid.length ? extraByGrid[grid] : null;
    }

    /**
     * Whether a grid column is the registry's own «Дополнительные столбцы», holding every extra column of the
     * originally imported table as «Header»: text.
     */
    boolean isExtrasBundle(int grid) {
        return grid >= 0 && grid == extrasBundleGrid;
    }

    /** The headers of the extra columns in table order. */
    List<String> extraHeaders() {
        List<String> headers = new ArrayList<>();
        for (String header : extraByGrid) {
            if (header != null && !headers.contains(header)) {
                headers.add(header);
            }
        }
        return headers;
    }

    private void keepAsExtra(TableCell cell) {
        String header = OfficeText.normalizeSpace(OfficeText.stripBookmarks(cell.text()));
        for (int g = cell.gridStart(); g < cell.gridStart() + cell.span() && g < extraByGrid.length; g++) {
            extraByGrid[g] = header;
        }
        markReported(cell);
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
