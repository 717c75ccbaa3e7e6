REM An HR-like schema: types, keys, checks, comments, sequences, indexes
CREATE TABLE regions (
  region_id   NUMBER CONSTRAINT region_id_nn NOT NULL,
  region_name VARCHAR2(25),
  CONSTRAINT reg_id_pk PRIMARY KEY (region_id)
);
CREATE TABLE countries (
  country_id   CHAR(2) CONSTRAINT country_id_nn NOT NULL,
  country_name VARCHAR2(40 CHAR),
  region_id    NUMBER REFERENCES regions (region_id),
  CONSTRAINT country_c_id_pk PRIMARY KEY (country_id)
);
CREATE TABLE employees (
  employee_id    NUMBER(6),
  first_name     VARCHAR2(20),
  last_name      VARCHAR2(25) CONSTRAINT emp_last_name_nn NOT NULL,
  email          VARCHAR2(25) NOT NULL UNIQUE,
  hire_date      DATE DEFAULT SYSDATE NOT NULL,
  salary         NUMBER(8,2) CONSTRAINT emp_salary_min CHECK (salary > 0),
  commission_pct NUMBER(2,2),
  manager_id     NUMBER(6),
  bonus          BINARY_DOUBLE,
  ratio          FLOAT,
  resume         CLOB,
  photo          BLOB,
  updated        TIMESTAMP(9) WITH TIME ZONE,
  CONSTRAINT emp_emp_id_pk PRIMARY KEY (employee_id),
  CONSTRAINT emp_manager_fk FOREIGN KEY (manager_id) REFERENCES employees (employee_id),
  CONSTRAINT emp_name_chk CHECK (first_name IS NOT NULL OR last_name IS NOT NULL)
);
CREATE TABLE "Audit Log" (
  "Id"   NUMBER(18) PRIMARY KEY,
  "when" DATE,
  what   VARCHAR2(4000) DEFAULT USER
);
