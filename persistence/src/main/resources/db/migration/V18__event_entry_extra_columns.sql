-- The text of an imported table's columns that are not official ones («Ответственный исполнитель», «Источник
-- финансирования» …), kept verbatim with each entry (header and text separated by U+001F, columns by U+001E).
-- Rarely read and unbounded, so TEXT as in V15.
ALTER TABLE event_entry ADD COLUMN extra_columns TEXT;
