-- Oracle 21c / 23ai PL/SQL and SQL seen in public code.
DECLARE
  TYPE t_tab IS TABLE OF VARCHAR2(30) INDEX BY PLS_INTEGER;
  l_tab t_tab;
  l_sum PLS_INTEGER := 0;
  CURSOR c IS SELECT ename FROM emp;
  TYPE t_rec IS RECORD (cursor INTEGER, name VARCHAR2(30));
BEGIN
  FOR i IN 1..10 BY 2 LOOP l_sum := l_sum + i MOD 3; END LOOP;
  FOR i IN REVERSE 1..3, 10..12 WHILE l_sum < 100 LOOP NULL; END LOOP;
  FOR i IN INDICES OF l_tab LOOP NULL; END LOOP;
  FOR v VARCHAR2(30) IN VALUES OF l_tab LOOP NULL; END LOOP;
  FOR k, v IN PAIRS OF l_tab LOOP NULL; END LOOP;
  FOR i MUTABLE PLS_INTEGER IN REPEAT i * 2 WHILE i < 1000 WHEN MOD(i, 3) = 0 LOOP NULL; END LOOP;
  FOR r IN c, (SELECT ename FROM emp) LOOP NULL; END LOOP;
  l_tab := t_tab(FOR r IN c SEQUENCE => r.ename);
  l_tab := t_tab(FOR i IN 1..3 INDEX i => TO_CHAR(i));
END;
/
CREATE OR REPLACE FUNCTION full_name (p_first IN VARCHAR2, p_last IN VARCHAR2)
  RETURN VARCHAR2 SQL_MACRO (SCALAR)
IS
BEGIN
  RETURN q'[p_first || ' ' || p_last]';
END full_name;
/
CREATE OR REPLACE FUNCTION middle (left IN NUMBER, right IN NUMBER) RETURN NUMBER IS
BEGIN
  RETURN (left + right) / 2;
END;
/
SELECT JSON_OBJECT('name' : e.ename, 'job' : e.job) AS j,
       JSON { 'name' : e.ename, 'sal' : e.sal } AS k,
       JSON [ 1, 2, e.sal ] AS a
  FROM emp e;
WITH base (id, label) AS (VALUES (1, 'one'), (2, 'two'))
SELECT b.id, v.x FROM base b, (VALUES (1), (2)) v (x);
SELECT TRUE AS yes, CAST(NULL AS BOOLEAN) AS maybe FROM dual;
CREATE TABLE IF NOT EXISTS flags (id NUMBER, on_off BOOLEAN);
CREATE OR REPLACE VIEW IF NOT EXISTS v_flags AS SELECT * FROM flags;
DROP TABLE IF EXISTS flags;
DECLARE
  CURSOR c IS SELECT * FROM emp WHERE deptno = 10 FOR UPDATE OF sal ORDER BY empno;
BEGIN
  NULL;
END;
/
MERGE INTO emp t USING new_emp s ON (t.empno = s.empno)
WHEN NOT MATCHED THEN INSERT (t.empno, t.ename) VALUES (s.empno, s.ename);
CREATE OR REPLACE PACKAGE BODY secret wrapped
a000000
1
abcd
b
7e 9a
/
BEGIN
  NULL;
END;
SELECT 1 FROM dual;
DECLARE
  l_sql VARCHAR2(100) := 'SELECT ename FROM emp';
BEGIN
  FOR r emp%ROWTYPE IN (EXECUTE IMMEDIATE l_sql USING 1) LOOP NULL; END LOOP;
  FOR r IN (EXECUTE IMMEDIATE l_sql) LOOP NULL; END LOOP;
END;
/
SELECT name FROM recipes g
ORDER BY VECTOR_DISTANCE(g.embedding, VECTOR_EMBEDDING(minilm USING 'yummy dessert' AS data), COSINE)
FETCH FIRST 3 ROWS ONLY;
