-- Optimizer hints belong to the query block or DML statement whose keyword they follow.
SELECT /*+ INDEX(e emp_name_ix) FULL(d) */ e.ename, d.dname
  FROM emp e JOIN dept d ON d.deptno = e.deptno
 WHERE e.sal > (SELECT /*+ NO_UNNEST */ AVG(sal) FROM emp);

INSERT /*+ APPEND */ INTO emp_copy SELECT * FROM emp;

UPDATE --+ PARALLEL(emp 4)
  emp SET sal = sal * 1.1;

DELETE /*+ FULL(t) */ FROM t WHERE x = 1;

MERGE /*+ USE_HASH(s) */ INTO t USING s ON (t.id = s.id)
  WHEN MATCHED THEN UPDATE SET t.v = s.v;

-- a plain comment is not a hint, nor is a hint that does not follow the keyword
SELECT /* plain */ 1 FROM dual WHERE 1 = 1 /*+ too late */;
