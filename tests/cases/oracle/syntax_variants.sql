-- Operators written with blanks between their characters, the concatenation "| |", binds
-- written ": name", COLLATE on an expression, EXCEPTION as a name in SQL.
SELECT 'A' | | 'B' FROM dual WHERE 1 < > 2 AND 1 ! = 2 AND 1 ^ = 2 AND 1 < = 2 AND 2 > = 1;

SELECT :1, : 4 FROM t WHERE c = :5and :a = :b;

SELECT * FROM t ORDER BY substr(c, 1) COLLATE generic_m;

SELECT exception FROM exception;

SELECT * FROM (dual) d;

DECLARE
  e EXCEPTION;
BEGIN
  NULL;
EXCEPTION
  WHEN e THEN NULL;
END;
/

-- DDL forms: annotations, extended-statistics virtual column, partition maintenance,
-- column store compression, polymorphic table function, zonemaps, recycle-bin names.
CREATE TABLE fruit (
  id NUMBER(9) PRIMARY KEY ANNOTATIONS (Visibility 'Everyone'),
  v NUMBER GENERATED ALWAYS AS (id * 2) VIRTUAL BY USER FOR STATISTICS
)
COLUMN STORE COMPRESS FOR QUERY LOW NO ROW LEVEL LOCKING;

ALTER TABLE fruit MODIFY (id ANNOTATIONS (drop Visibility));

ALTER TABLE sales MODIFY PARTITION p1 SHRINK SPACE;

ALTER TABLE sales DROP PARTITION p0 UPDATE GLOBAL INDEXES;

CREATE FUNCTION skip_col(tab TABLE)
RETURN TABLE PIPELINED ROW POLYMORPHIC USING skip_col_pkg;
/

DROP MATERIALIZED ZONEMAP sales_zmap;

DROP TABLE inbox CASCADE CONSTRAINTS AS "BIN$yv+1ra/roTjgUwEBAH+ByQ==$0";

-- Analytic call forms: PARTITION BY inside the argument list, IGNORE NULLS inside it.
SELECT owner, APPROX_RANK(PARTITION BY owner ORDER BY APPROX_COUNT(*) DESC) FROM t GROUP BY owner;

SELECT LAG(deptno IGNORE NULLS) OVER (ORDER BY seq) FROM emp;

-- a unit named with a reserved word repeats it after END
CREATE OR REPLACE PACKAGE BODY lists AS
  FUNCTION join(a VARCHAR2) RETURN VARCHAR2 IS
  BEGIN
    RETURN a;
  END join;
END lists;
/

-- Cursor and SQL attributes, AT TIME ZONE / AT LOCAL are typed expressions.
BEGIN
  UPDATE t SET x = 1;
  IF SQL%ROWCOUNT = 0 OR c%NOTFOUND THEN
    v := systimestamp AT TIME ZONE 'UTC';
    w := CAST(d AS TIMESTAMP WITH TIME ZONE) AT LOCAL;
  END IF;
END;
/
