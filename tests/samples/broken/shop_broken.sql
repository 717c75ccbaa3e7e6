-- barge test input: objects PostgreSQL must refuse, for `--verify` (written for barge)
CREATE TABLE shop.broken (
  id   NUMBER(10) PRIMARY KEY,
  qty  NUMBER(6) CONSTRAINT broken_qty_ck CHECK (no_such_column > 0)
);

CREATE TABLE shop.broken_child (
  id        NUMBER(10) PRIMARY KEY,
  broken_id NUMBER(10) CONSTRAINT broken_child_fk REFERENCES shop.broken (id)
);

CREATE TABLE shop.fine (
  id NUMBER(10) PRIMARY KEY
);

CREATE TABLE shop.altered (
  id NUMBER(10)
);
ALTER TABLE shop.altered ADD CONSTRAINT altered_ck CHECK (missing_col > 0);
