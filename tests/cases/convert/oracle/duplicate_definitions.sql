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
