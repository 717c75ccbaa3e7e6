INSERT INTO emp (empno, ename, hiredate) VALUES (emp_seq.NEXTVAL, q'{O'Brien}', SYSDATE)
  RETURNING empno INTO :new_id;
INSERT /*+ APPEND */ INTO emp_hist SELECT * FROM emp WHERE deptno = 10
  LOG ERRORS INTO err$_emp ('load') REJECT LIMIT UNLIMITED;
INSERT ALL
  WHEN sal > 2000 THEN INTO high_paid (empno, sal) VALUES (empno, sal)
  ELSE INTO others (empno) VALUES (empno)
SELECT empno, sal FROM emp;
UPDATE emp e SET sal = sal * 1.1, (comm, bonus) = (SELECT 0, 0 FROM dual)
 WHERE deptno = 20 RETURNING sal INTO :s;
DELETE FROM emp WHERE hiredate < ADD_MONTHS(SYSDATE, -120);
MERGE INTO target t USING (SELECT id, val FROM source) s ON (t.id = s.id)
  WHEN MATCHED THEN UPDATE SET t.val = s.val WHERE t.val <> s.val DELETE WHERE s.val IS NULL
  WHEN NOT MATCHED THEN INSERT (id, val) VALUES (s.id, s.val);
LOCK TABLE emp IN EXCLUSIVE MODE NOWAIT;
SAVEPOINT before_cleanup;
ROLLBACK TO SAVEPOINT before_cleanup;
CALL refresh_stats('EMP');
