-- Columns added, dropped or renamed by ALTER TABLE are not applied yet: each is reported high
-- (BRG-3036), so a statement using them is no surprise; MODIFY keeps the column (BRG-0002).
CREATE TABLE depts (dept_id NUMBER(4) NOT NULL, dept_name VARCHAR2(30));
ALTER TABLE depts ADD (dn VARCHAR2(300));
ALTER TABLE depts ADD CONSTRAINT depts_pk PRIMARY KEY (dept_id);
ALTER TABLE depts MODIFY (dept_name VARCHAR2(60));
