-- Queries: joins, subqueries, derived tables, CTEs, window functions, grouping, limits, locking
SELECT DISTINCT c.id, c.name AS n, 'x' label, o.*
FROM customer AS c
  INNER JOIN orders o ON o.customer_id = c.id
  LEFT OUTER JOIN address a USING (address_id)
  RIGHT JOIN city ci ON ci.id = a.city_id
  CROSS JOIN country
  NATURAL JOIN region
  STRAIGHT_JOIN store s ON s.id = c.store_id
WHERE c.id IN (SELECT customer_id FROM payment WHERE amount > 5)
  AND EXISTS (SELECT 1 FROM rental r WHERE r.customer_id = c.id)
  AND c.store_id = ANY (SELECT id FROM store)
GROUP BY c.id, c.name WITH ROLLUP
HAVING COUNT(*) > 1
ORDER BY n DESC, 2
LIMIT 10, 20;
SELECT SQL_CALC_FOUND_ROWS STRAIGHT_JOIN id FROM t FORCE INDEX (PRIMARY) USE KEY FOR ORDER BY (ix_a)
  IGNORE INDEX (ix_b) LIMIT 5 OFFSET 10 FOR UPDATE NOWAIT;
SELECT id FROM t LOCK IN SHARE MODE;
SELECT * FROM (SELECT id, SUM(x) AS s FROM t GROUP BY id) AS d (id, total) WHERE d.total > 0;
WITH RECURSIVE seq (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 10),
  evens AS (SELECT n FROM seq WHERE n MOD 2 = 0)
SELECT n FROM evens;
SELECT id,
  ROW_NUMBER() OVER (PARTITION BY store_id ORDER BY amount DESC) AS rn,
  SUM(amount) OVER w AS running,
  LAG(amount, 1) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS prev,
  GROUP_CONCAT(DISTINCT name ORDER BY name SEPARATOR ', ') AS names
FROM payment
GROUP BY id
WINDOW w AS (PARTITION BY store_id ORDER BY id RANGE UNBOUNDED PRECEDING);
(SELECT a FROM t1 LIMIT 1) UNION (SELECT b FROM t2) ORDER BY a LIMIT 3;
SELECT 1 FROM DUAL;
