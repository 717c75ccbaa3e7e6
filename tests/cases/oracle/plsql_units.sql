CREATE OR REPLACE EDITIONABLE FUNCTION get_rows (p_limit IN PLS_INTEGER DEFAULT 10)
  RETURN id_tab PIPELINED DETERMINISTIC PARALLEL_ENABLE RESULT_CACHE
  AUTHID DEFINER
IS
BEGIN
  FOR i IN 1 .. p_limit LOOP
    PIPE ROW (i);
  END LOOP;
  RETURN;
END get_rows;
/
CREATE PROCEDURE raise_sal (p_empno emp.empno%TYPE, p_pct NUMBER := 5) AUTHID CURRENT_USER AS
BEGIN
  UPDATE emp SET sal = sal * (1 + p_pct / 100) WHERE empno = p_empno;
END;
/
CREATE OR REPLACE PACKAGE emp_api AUTHID DEFINER AS
  PRAGMA SERIALLY_REUSABLE;
  g_version CONSTANT VARCHAR2(10) := '1.0';
  TYPE emp_tab IS TABLE OF emp%ROWTYPE;
  CURSOR c_all RETURN emp%ROWTYPE;
  no_such_emp EXCEPTION;
  FUNCTION find (p_id NUMBER) RETURN emp%ROWTYPE;
  PROCEDURE hire (p_name VARCHAR2, p_dept NUMBER DEFAULT NULL);
  $IF DBMS_DB_VERSION.VER_LE_12 $THEN
  PROCEDURE legacy_only;
  $ELSE
  PROCEDURE modern_only;
  $END
END emp_api;
/
CREATE OR REPLACE PACKAGE BODY emp_api AS
  CURSOR c_all RETURN emp%ROWTYPE IS SELECT * FROM emp;
  FUNCTION find (p_id NUMBER) RETURN emp%ROWTYPE IS
    l_row emp%ROWTYPE;
  BEGIN
    SELECT * INTO l_row FROM emp WHERE empno = p_id;
    RETURN l_row;
  EXCEPTION
    WHEN NO_DATA_FOUND THEN RAISE no_such_emp;
  END find;
  PROCEDURE hire (p_name VARCHAR2, p_dept NUMBER DEFAULT NULL) IS
  BEGIN
    $IF $$debug_on $THEN
      DBMS_OUTPUT.PUT_LINE('hire ' || p_name);
    $ELSIF $$trace $THEN
      NULL;
    $END
    INSERT INTO emp (empno, ename, deptno) VALUES (emp_seq.NEXTVAL, p_name, p_dept);
  END hire;
  PROCEDURE modern_only IS BEGIN NULL; END;
BEGIN
  DBMS_OUTPUT.PUT_LINE('emp_api initialised');
END emp_api;
/
CREATE OR REPLACE PROCEDURE ext_proc (p NUMBER) AS LANGUAGE C NAME "ext_proc" LIBRARY ext_lib;
/
