-- Column changes by ALTER TABLE are not applied yet: each is reported high (BRG-3036), so a
-- statement using the new column is no surprise; a constraint added by ALTER is applied.
CREATE TABLE depts (dept_id NUMBER(4) NOT NULL, dept_name VARCHAR2(30));
ALTER TABLE depts ADD (dn VARCHAR2(300));
ALTER TABLE depts ADD CONSTRAINT depts_pk PRIMARY KEY (dept_id);
