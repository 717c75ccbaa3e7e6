REM IR fields the table converter does not express are reported, not dropped.
CREATE GLOBAL TEMPORARY TABLE session_items (
  item_id NUMBER(9) PRIMARY KEY,
  label VARCHAR2(40)
) ON COMMIT DELETE ROWS;
CREATE TABLE parts (part_id NUMBER(9) PRIMARY KEY, name VARCHAR2(30));
CREATE INDEX parts_name_ix ON parts (name) LOCAL;
