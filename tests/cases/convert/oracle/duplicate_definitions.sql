REM Two generations of the same script in one input: the later definition wins
CREATE TABLE warehouses (
  warehouse_id NUMBER(3) PRIMARY KEY,
  name VARCHAR2(35)
);
CREATE TABLE warehouses (
  warehouse_id   NUMBER(3) PRIMARY KEY,
  warehouse_name VARCHAR2(35),
  location_id    NUMBER(4)
);

-- An example script run twice in one input: it drops and recreates its table, so the rows
-- inserted before the second CREATE are gone in Oracle; only the last load is converted.
DROP TABLE planets CASCADE CONSTRAINTS PURGE;
CREATE TABLE planets (name VARCHAR2(20) PRIMARY KEY);
INSERT INTO planets VALUES ('Mercury');
UPDATE planets SET name = 'Venus' WHERE name = 'Mercury';
INSERT INTO planets VALUES ('Mercury');
DROP TABLE planets CASCADE CONSTRAINTS PURGE;
CREATE TABLE planets (name VARCHAR2(20) PRIMARY KEY);
INSERT INTO planets VALUES ('Mercury');
INSERT INTO planets VALUES ('Earth');

-- A view recreated by a later release of the scripts: the first one reads the first
-- generation's column, which the table that deploys does not have; only the last is converted.
CREATE OR REPLACE VIEW warehouse_names AS SELECT name FROM warehouses;
CREATE OR REPLACE VIEW warehouse_names AS SELECT warehouse_name AS name FROM warehouses;
