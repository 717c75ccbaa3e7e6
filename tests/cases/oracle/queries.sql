WITH tree (id, parent_id, lvl) AS (
  SELECT id, parent_id, 1 FROM nodes WHERE parent_id IS NULL
  UNION ALL
  SELECT n.id, n.parent_id, t.lvl + 1 FROM nodes n JOIN tree t ON n.parent_id = t.id
)
SELECT * FROM tree ORDER BY lvl FETCH FIRST 10 ROWS ONLY;

SELECT LEVEL, LPAD(' ', 2 * LEVEL) || ename AS name, SYS_CONNECT_BY_PATH(ename, '/') path,
       CONNECT_BY_ROOT ename AS root
  FROM emp
 START WITH mgr IS NULL
CONNECT BY NOCYCLE PRIOR empno = mgr
 ORDER SIBLINGS BY ename;

SELECT e.ename, d.dname, e.sal
  FROM emp e, dept d
 WHERE e.deptno = d.deptno(+)
   AND e.hiredate BETWEEN DATE '2000-01-01' AND SYSDATE - INTERVAL '1' YEAR
   AND ROWNUM <= 5
MINUS
SELECT ename, NULL, 0 FROM retired;

SELECT deptno,
       SUM(sal) OVER (PARTITION BY deptno ORDER BY hiredate ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) running,
       RANK() OVER (ORDER BY sal DESC NULLS LAST) rnk,
       MAX(sal) KEEP (DENSE_RANK FIRST ORDER BY hiredate) first_sal,
       LISTAGG(ename, ',') WITHIN GROUP (ORDER BY ename) names,
       CASE WHEN sal > 3000 THEN 'high' WHEN sal > 1000 THEN 'mid' ELSE 'low' END band,
       CAST(sal AS NUMBER(10,2)) sal2,
       DECODE(comm, NULL, 0, comm) comm2
  FROM emp
 WHERE deptno IN (10, 20) AND ename NOT LIKE 'X%' ESCAPE '\'
   AND EXISTS (SELECT 1 FROM dept WHERE dept.deptno = emp.deptno)
   AND sal > ALL (SELECT avg_sal FROM targets)
 GROUP BY deptno, ROLLUP(job)
HAVING COUNT(*) > 1;

SELECT * FROM (SELECT job, deptno, sal FROM emp)
  PIVOT (SUM(sal) AS total FOR deptno IN (10 AS d10, 20 AS d20));

SELECT * FROM emp AS OF TIMESTAMP SYSTIMESTAMP - INTERVAL '10' MINUTE
 WHERE empno = :id FOR UPDATE OF sal NOWAIT;

SELECT d.dname, e.ename FROM dept d LEFT OUTER JOIN emp e USING (deptno)
 CROSS JOIN TABLE(get_ids()) t OFFSET 5 ROWS FETCH NEXT 5 ROWS WITH TIES;

-- partitioned outer join: PARTITION BY on the left side, on the right side, and a list
SELECT h.hr, b.room FROM bookings b PARTITION BY (b.room)
  RIGHT OUTER JOIN hrs h ON (h.hr = b.hr);
SELECT h.hr, b.room FROM hrs h LEFT JOIN bookings b PARTITION BY b.room, b.day ON h.hr = b.hr;
