DECLARE
  TYPE emp_rec IS RECORD (id NUMBER, name VARCHAR2(30) := 'none');
  TYPE name_map IS TABLE OF VARCHAR2(30) INDEX BY PLS_INTEGER;
  TYPE id_list IS TABLE OF NUMBER;
  TYPE small_arr IS VARRAY(3) OF DATE;
  TYPE emp_cur_t IS REF CURSOR RETURN emp%ROWTYPE;
  SUBTYPE short_name IS VARCHAR2(10) NOT NULL;
  c_limit  CONSTANT PLS_INTEGER := 100;
  l_name   emp.ename%TYPE;
  l_names  name_map;
  l_ids    id_list := id_list();
  l_cur    SYS_REFCURSOR;
  l_count  NUMBER NOT NULL DEFAULT 0;
  e_busy   EXCEPTION;
  PRAGMA EXCEPTION_INIT(e_busy, -54);
  CURSOR c_emp (p_dept NUMBER DEFAULT 10) RETURN emp%ROWTYPE IS
    SELECT * FROM emp WHERE deptno = p_dept;
  FUNCTION twice (p IN NUMBER) RETURN NUMBER;
  PROCEDURE log_it (p_msg IN OUT NOCOPY VARCHAR2) IS
    PRAGMA AUTONOMOUS_TRANSACTION;
  BEGIN
    INSERT INTO log_table (msg) VALUES (p_msg);
    COMMIT;
  END log_it;
  FUNCTION twice (p IN NUMBER) RETURN NUMBER IS BEGIN RETURN p * 2; END;
BEGIN
  <<outer_loop>>
  FOR r IN c_emp(20) LOOP
    l_names(r.empno) := r.ename;
    EXIT outer_loop WHEN r.sal IS NULL;
    CONTINUE WHEN r.sal < 100;
  END LOOP outer_loop;
  FOR i IN REVERSE 1 .. c_limit LOOP
    NULL;
  END LOOP;
  FOR r IN (SELECT empno FROM emp) LOOP
    l_ids.EXTEND;
    l_ids(l_ids.LAST) := r.empno;
  END LOOP;
  WHILE l_count < 10 LOOP
    l_count := l_count + 1;
  END LOOP;
  LOOP
    EXIT WHEN l_count = 0;
    l_count := l_count - 1;
  END LOOP;
  IF l_count = 0 THEN
    l_name := 'zero';
  ELSIF l_count BETWEEN 1 AND 5 THEN
    l_name := 'few';
  ELSE
    l_name := NULL;
  END IF;
  CASE l_name
    WHEN 'zero' THEN log_it(l_name);
    ELSE NULL;
  END CASE;
  SELECT ename INTO l_name FROM emp WHERE empno = 7839;
  SELECT empno BULK COLLECT INTO l_ids FROM emp;
  OPEN l_cur FOR SELECT * FROM emp;
  OPEN l_cur FOR 'SELECT * FROM emp WHERE deptno = :d' USING 10;
  FETCH l_cur BULK COLLECT INTO l_ids LIMIT c_limit;
  CLOSE l_cur;
  FORALL i IN INDICES OF l_ids SAVE EXCEPTIONS
    DELETE FROM emp WHERE empno = l_ids(i);
  EXECUTE IMMEDIATE 'UPDATE emp SET sal = :1 WHERE empno = :2' USING 100, IN OUT l_count RETURNING INTO l_name;
  EXECUTE IMMEDIATE 'SELECT COUNT(*) FROM emp' INTO l_count;
  DBMS_OUTPUT.PUT_LINE(p_msg => 'rows: ' || SQL%ROWCOUNT);
  IF l_names.EXISTS(1) AND l_ids.COUNT > 0 THEN
    l_names.DELETE(1);
  END IF;
  GOTO done;
  <<done>>
  SET TRANSACTION READ ONLY;
  ROLLBACK;
EXCEPTION
  WHEN e_busy OR DUP_VAL_ON_INDEX THEN
    RAISE;
  WHEN NO_DATA_FOUND THEN
    RAISE_APPLICATION_ERROR(-20001, 'not found: ' || SQLERRM);
  WHEN OTHERS THEN
    RAISE e_busy;
END;
/
