-- The rows of the last load only: Oracle's end state after running the script.
SELECT name FROM planets ORDER BY name;
SELECT count(*) FROM warehouse_names;
