REM Index created before the key constraint that uses it; IS JSON on CLOB and BLOB; FK types
CREATE TABLE regions (region_id NUMBER NOT NULL, name VARCHAR2(25));
CREATE UNIQUE INDEX reg_id_pk ON regions (region_id);
ALTER TABLE regions ADD ( CONSTRAINT reg_id_pk PRIMARY KEY (region_id));
CREATE TABLE offices (
  office_id NUMBER(6) PRIMARY KEY,
  region_id NUMBER(4) REFERENCES regions (region_id),
  details   CLOB CONSTRAINT offices_json_c CHECK (details IS JSON),
  raw_doc   BLOB,
  CONSTRAINT offices_raw_c CHECK (raw_doc IS JSON)
);
CREATE INDEX offices_region_ix ON offices (region_id);
CREATE INDEX offices_region_ix ON offices (region_id);
