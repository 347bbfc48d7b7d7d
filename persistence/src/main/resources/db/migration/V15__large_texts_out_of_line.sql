-- Audit states and journaled answers are large texts written far more often than read. As TEXT they are kept out
-- of the row (H2 stores them as large objects; PostgreSQL's TEXT is its usual unbounded string), so that writing
-- a row does not copy pages full of large values.
ALTER TABLE audit_record ALTER COLUMN before_state SET DATA TYPE TEXT;
ALTER TABLE audit_record ALTER COLUMN after_state SET DATA TYPE TEXT;
ALTER TABLE exchange_message ALTER COLUMN response_body SET DATA TYPE TEXT;
