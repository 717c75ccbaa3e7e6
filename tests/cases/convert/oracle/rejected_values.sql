-- Values PostgreSQL would refuse: each left out with a high item; every table deploys.
CREATE TABLE bad_values
  ( id       NUMBER(6) PRIMARY KEY
  , zero_p   NUMBER(0)
  , huge     VARCHAR2(99999999999999999999)
  , raw_ok   RAW(4) DEFAULT '00FF'
  , raw_bad  RAW(4) DEFAULT 'hello'
  , CONSTRAINT bad_values_uk UNIQUE (no_such_column)
  , CONSTRAINT bad_values_fk FOREIGN KEY (missing_id) REFERENCES bad_values (id)
  );
CREATE INDEX bad_values_ix ON bad_values (id, not_there);

CREATE SEQUENCE seq_all START WITH 10 INCREMENT BY 5 MINVALUE 1 MAXVALUE 1000000 CYCLE
  CACHE 20 ORDER KEEP GLOBAL;
CREATE SEQUENCE seq_scaled START WITH 1 NOCACHE NOORDER SCALE EXTEND SESSION;
