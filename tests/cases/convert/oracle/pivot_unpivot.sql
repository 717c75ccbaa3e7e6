REM PIVOT -> GROUP BY with one conditional aggregate per value; UNPIVOT -> CROSS JOIN LATERAL VALUES.
CREATE TABLE emp (empno NUMBER(4), job VARCHAR2(10), deptno NUMBER(2), sal NUMBER(7,2));
CREATE TABLE quarterly (product_id NUMBER(6), q1 NUMBER, q2 NUMBER, q3 NUMBER, q4 NUMBER);
CREATE TABLE job_totals (job VARCHAR2(10), d10 NUMBER, d20 NUMBER);

CREATE VIEW dept_pivot AS
  SELECT * FROM (SELECT job, deptno, sal FROM emp)
  PIVOT (SUM(sal) AS total, COUNT(*) AS cnt FOR deptno IN (10 AS d10, 20 AS d20, 30 AS d30));

REM values without aliases give Oracle's headings; the alias after PIVOT names the result.
CREATE VIEW dept_max AS
  SELECT p.* FROM (SELECT job, deptno, sal FROM emp) PIVOT (MAX(sal) FOR deptno IN (10, 20)) p;

REM a table as the source: every other column groups; two FOR columns.
CREATE VIEW job_dept AS
  SELECT * FROM emp PIVOT (AVG(sal) AS avg_sal FOR (job, deptno) IN (('CLERK', 10) AS clerk10, ('CLERK', 20) AS clerk20));

REM a WITH query as the source.
CREATE VIEW from_with AS
  WITH src AS (SELECT job, deptno FROM emp)
  SELECT * FROM src PIVOT (COUNT(*) FOR deptno IN (10 AS d10, 20 AS d20)) ORDER BY job;

REM a WITH element of the enclosing query as the source.
CREATE VIEW from_outer_with AS
  WITH base AS (SELECT job, deptno, sal FROM emp),
       pivoted AS (SELECT * FROM base PIVOT (SUM(sal) FOR deptno IN (10 AS d10, 20 AS d20)))
  SELECT job, d10, d20 FROM pivoted;

CREATE VIEW quarters AS
  SELECT product_id, quarter, amount
    FROM quarterly
 UNPIVOT (amount FOR quarter IN (q1 AS 'Q1', q2 AS 'Q2', q3 AS 'Q3', q4 AS 'Q4'));

CREATE VIEW quarters_with_nulls AS
  SELECT * FROM quarterly UNPIVOT INCLUDE NULLS (amount FOR quarter IN (q1, q2, q3, q4));

REM two measure columns: a row is left out only when both are NULL.
CREATE VIEW halves AS
  SELECT * FROM quarterly
  UNPIVOT EXCLUDE NULLS ((first_q, second_q) FOR half IN ((q1, q2) AS 1, (q3, q4) AS 2));

REM PIVOT XML has no PostgreSQL form: the view is left out.
CREATE VIEW dept_xml AS
  SELECT * FROM (SELECT job, deptno, sal FROM emp) PIVOT XML (SUM(sal) FOR deptno IN (ANY));

INSERT INTO job_totals
  SELECT * FROM (SELECT job, deptno, sal FROM emp) PIVOT (SUM(sal) FOR deptno IN (10 AS d10, 20 AS d20));
