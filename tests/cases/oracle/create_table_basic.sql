REM Basic relational table with inline and out-of-line constraints
CREATE TABLE hr.regions (
  region_id   NUMBER CONSTRAINT region_id_nn NOT NULL,
  region_name VARCHAR2(25) DEFAULT 'none',
  code        CHAR(2 CHAR) NOT NULL UNIQUE,
  budget      NUMBER(12, 2) CHECK (budget >= 0),
  created     DATE,
  changed_at  TIMESTAMP(3) WITH LOCAL TIME ZONE,
  parent_id   NUMBER REFERENCES hr.regions (region_id) ON DELETE CASCADE,
  CONSTRAINT reg_id_pk PRIMARY KEY (region_id)
);
CREATE GLOBAL TEMPORARY TABLE "Scratch" (
  "Id" INTEGER
) ON COMMIT PRESERVE ROWS
/
