-- A masked ID number keeps only its last 4 characters: the first 4 added nothing a row's village
-- code does not say, and with the birth date shown beside them they rebuilt the whole number.
UPDATE worker
SET id_number_masked = CONCAT(REPEAT('*', CHAR_LENGTH(id_number_masked) - 4), RIGHT(id_number_masked, 4))
WHERE CHAR_LENGTH(id_number_masked) > 4;
