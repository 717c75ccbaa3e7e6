REM Views over Oracle query idioms: each rewrite is a separate view.
CREATE TABLE departments (
  department_id NUMBER(4) PRIMARY KEY,
  department_name VARCHAR2(30) NOT NULL,
  manager_id NUMBER(6),
  location_id NUMBER(4)
);
CREATE TABLE employees (
  employee_id NUMBER(6) PRIMARY KEY,
  first_name VARCHAR2(20),
  last_name VARCHAR2(25) NOT NULL,
  hire_date DATE NOT NULL,
  salary NUMBER(8,2),
  commission_pct NUMBER(2,2),
  manager_id NUMBER(6),
  department_id NUMBER(4)
);
CREATE SEQUENCE employees_seq START WITH 300;

CREATE OR REPLACE VIEW emp_dept_outer AS
  SELECT e.last_name, d.department_name
  FROM employees e, departments d
  WHERE e.department_id = d.department_id(+)
    AND d.location_id(+) = 1700;

CREATE OR REPLACE VIEW emp_decode AS
  SELECT employee_id,
         DECODE(department_id, 10, 'Admin', 20, 'Marketing', NULL, 'None', 'Other') AS dept,
         NVL(commission_pct, 0) AS comm,
         NVL2(commission_pct, 'yes', 'no') AS has_comm,
         first_name || ' ' || last_name AS full_name
  FROM employees;

CREATE OR REPLACE VIEW top_earners AS
  SELECT * FROM (SELECT last_name, salary FROM employees ORDER BY salary DESC)
  WHERE ROWNUM <= 5;

CREATE OR REPLACE VIEW emp_dates AS
  SELECT employee_id, hire_date + 30 AS probation_end, SYSDATE - hire_date AS days_employed,
         TRUNC(hire_date, 'MM') AS hire_month, TRUNC(hire_date) AS hire_day,
         ADD_MONTHS(hire_date, 6) AS review_date,
         TO_CHAR(hire_date, 'YYYY-MM-DD') AS hired,
         EXTRACT(YEAR FROM hire_date) AS hire_year
  FROM employees;

CREATE OR REPLACE VIEW no_managers AS
  SELECT employee_id FROM employees
  MINUS
  SELECT manager_id FROM employees;

CREATE OR REPLACE VIEW dept_lists AS
  SELECT department_id, LISTAGG(last_name, ', ') WITHIN GROUP (ORDER BY last_name) AS names,
         GREATEST(MAX(salary), 1000) AS top, COUNT(*) AS n
  FROM employees
  WHERE first_name <> ''
  GROUP BY department_id;

CREATE OR REPLACE VIEW half_ids AS
  SELECT employee_id / 2 AS half, ROWNUM AS rn FROM employees;

CREATE OR REPLACE VIEW today AS SELECT SYSDATE AS now, USER AS who FROM dual;

CREATE OR REPLACE VIEW ranked AS
  SELECT last_name, RANK() OVER (PARTITION BY department_id ORDER BY salary DESC) AS r
  FROM employees
  WITH READ ONLY;

CREATE OR REPLACE VIEW missing_table AS SELECT * FROM not_there;

CREATE OR REPLACE VIEW uses_context AS
  SELECT SYS_CONTEXT('USERENV', 'SESSION_USER') AS u FROM dual;

CREATE PUBLIC SYNONYM emps FOR employees;

CREATE MATERIALIZED VIEW dept_counts REFRESH COMPLETE ON DEMAND AS
  SELECT department_id, COUNT(*) AS n FROM employees GROUP BY department_id;

INSERT INTO departments VALUES (10, 'Administration', 200, 1700);
INSERT INTO departments (department_id, department_name, location_id) VALUES (20, 'Marketing', 1800);
INSERT INTO employees VALUES (employees_seq.NEXTVAL, 'Steven', 'King', TO_DATE('17-06-2003', 'DD-MM-YYYY'), 24000, NULL, NULL, 10);
INSERT INTO employees VALUES (employees_seq.NEXTVAL, '', 'Kochhar', TO_DATE('21-09-2005', 'DD-MM-YYYY'), 17000, .2, 300, 20);
UPDATE employees SET salary = salary * 1.1 WHERE department_id = 10;
DELETE FROM employees WHERE last_name = 'Nobody';
MERGE INTO departments d
USING (SELECT 30 AS id, 'Purchasing' AS name FROM dual) s
ON (d.department_id = s.id)
WHEN MATCHED THEN UPDATE SET d.department_name = s.name
WHEN NOT MATCHED THEN INSERT (department_id, department_name) VALUES (s.id, s.name);
