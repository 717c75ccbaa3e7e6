-- Operators with MySQL precedence, variables, CASE, CAST / CONVERT, INTERVAL, literals
SELECT 1 + 2 * 3 - 4 / 2 DIV 1 MOD 3 % 2, -x, ~x, !x, BINARY 'a', 2 ^ 3 | 4 & 5 << 1 >> 2;
SELECT a OR b || c XOR d AND e && NOT f, a <=> b, a != b, a <> b, a >= b, a <= b;
SELECT a IS NULL, b IS NOT NULL, c IS TRUE, d IS NOT UNKNOWN;
SELECT x BETWEEN 1 AND 10 AND y NOT BETWEEN 2 AND 3, name LIKE 'a%' ESCAPE '!', name NOT LIKE '_b';
SELECT s REGEXP '^a', s NOT RLIKE 'b$', s SOUNDS LIKE 'x', a IN (1, 2, 3), a NOT IN (4);
SELECT @v := @v + 1, @@global.max_connections, @@session.sql_mode, @@autocommit, @`odd var`;
SELECT CASE WHEN a > 0 THEN 'pos' WHEN a < 0 THEN 'neg' ELSE 'zero' END,
       CASE a WHEN 1 THEN 'one' END;
SELECT CAST(a AS UNSIGNED), CAST(b AS DECIMAL(10,2)), CAST(c AS CHAR(10) CHARACTER SET utf8mb4),
       CONVERT(d, SIGNED INTEGER), CONVERT(e USING latin1), CAST(f AS DATETIME(3));
SELECT NOW() + INTERVAL 1 DAY, DATE_SUB(d, INTERVAL '1:30' HOUR_MINUTE), INTERVAL 2 WEEK + d;
SELECT 'single', "double", 'it''s', "say ""hi""", 'tab\there', _utf8mb4'intro', _latin1 'x',
       N'national', X'4D79', 0x4D79, b'101', 0b11, 1.5e3, .5, DATE '2024-01-31',
       TIME '10:00:00', TIMESTAMP '2024-01-31 10:00:00', TRUE, FALSE, NULL, 'a' 'b';
SELECT `select`, `weird``name`, t.`col`, db.t.c FROM `my db`.`my table` t;
SELECT TRIM(LEADING '0' FROM s), SUBSTRING(s FROM 2 FOR 3), EXTRACT(YEAR FROM d),
       POSITION('a' IN s), CHAR(65 USING utf8mb4), COUNT(*), COUNT(DISTINCT a, b),
       IF(a, b, c), LEFT(s, 2), REPLACE(s, 'a', 'b'), CURRENT_TIMESTAMP, CURRENT_DATE(),
       CURRENT_USER, LOCALTIME(3), UTC_TIMESTAMP(), DATABASE(), a COLLATE utf8mb4_bin,
       j->'$.a', j->>'$.b', MATCH (title, body) AGAINST ('x' IN BOOLEAN MODE), ROW(1, 2) = (1, 2);
