-- Oracle numeric, conversion and aggregate helpers (Oracle SQL Language Reference, "Numeric
-- Functions", TO_CHAR (number), LISTAGG). LNNVL needs no function: LNNVL(c) is
-- `(c) IS NOT TRUE`.
--
-- Block markers: see oracle_strings.sql.

-- barge:function barge_compat.greatest
-- GREATEST(expr, ...): NULL as soon as one argument is NULL (PostgreSQL's greatest ignores
-- NULLs). Arguments are brought to a common type by PostgreSQL's rules; Oracle converts them to
-- the first argument's type.
CREATE OR REPLACE FUNCTION barge_compat.greatest(VARIADIC args anycompatiblearray)
RETURNS anycompatible LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
  SELECT CASE
           WHEN array_position(args, NULL) IS NOT NULL THEN NULL
           ELSE (SELECT a FROM unnest(args) AS u(a) ORDER BY a DESC LIMIT 1)
         END
$body$;

-- barge:function barge_compat.least
-- LEAST(expr, ...): as GREATEST, the smallest.
CREATE OR REPLACE FUNCTION barge_compat.least(VARIADIC args anycompatiblearray)
RETURNS anycompatible LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
  SELECT CASE
           WHEN array_position(args, NULL) IS NOT NULL THEN NULL
           ELSE (SELECT a FROM unnest(args) AS u(a) ORDER BY a LIMIT 1)
         END
$body$;

-- barge:function barge_compat.bitand
-- BITAND(a, b): each argument is first truncated towards zero (SIGN(A)*FLOOR(ABS(A))), then
-- ANDed bit by bit in two's complement. Range: bigint (Oracle: 128 bits; outside bigint this
-- raises "bigint out of range").
CREATE OR REPLACE FUNCTION barge_compat.bitand(a numeric, b numeric)
RETURNS numeric LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
  SELECT (trunc(a)::bigint & trunc(b)::bigint)::numeric
$body$;

-- barge:function barge_compat.nanvl
-- NANVL(n2, n1): n1 when n2 is NaN, otherwise n2 (NULL stays NULL).
CREATE OR REPLACE FUNCTION barge_compat.nanvl(n2 double precision, n1 double precision)
RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
  SELECT CASE WHEN n2 = 'NaN'::double precision THEN n1 ELSE n2 END
$body$;

CREATE OR REPLACE FUNCTION barge_compat.nanvl(n2 numeric, n1 numeric)
RETURNS numeric LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
  SELECT CASE WHEN n2 = 'NaN'::numeric THEN n1 ELSE n2 END
$body$;

-- barge:function barge_compat.mod
-- MOD(n2, n1): n2 - n1 * TRUNC(n2/n1), the sign of n2 (PostgreSQL's mod agrees), except that
-- MOD(n2, 0) is n2 where PostgreSQL raises division by zero.
CREATE OR REPLACE FUNCTION barge_compat.mod(n2 numeric, n1 numeric)
RETURNS numeric LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
  SELECT CASE WHEN n1 = 0 THEN n2 ELSE pg_catalog.mod(n2, n1) END
$body$;

-- barge:function barge_compat.remainder
-- REMAINDER(n2, n1) = n2 - n1 * N, N the integer nearest n2/n1, and the even one when n2/n1 is
-- exactly x.5 (MOD uses FLOOR/truncation instead). n1 = 0 is an error for NUMBER.
CREATE OR REPLACE FUNCTION barge_compat.remainder(n2 numeric, n1 numeric)
RETURNS numeric LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $body$
DECLARE
  k numeric;
  n numeric;
BEGIN
  IF n2 IS NULL OR n1 IS NULL THEN
    RETURN NULL;
  END IF;
  IF n1 = 0 THEN
    RAISE EXCEPTION 'REMAINDER: division by zero' USING ERRCODE = '22012';
  END IF;
  IF mod(2 * n2, n1) = 0 AND mod(div(2 * n2, n1), 2) <> 0 THEN
    -- n2/n1 is exactly k/2 with k odd: take the even neighbour.
    k := div(2 * n2, n1);
    n := CASE WHEN mod(div(k - 1, 2), 2) = 0 THEN div(k - 1, 2) ELSE div(k + 1, 2) END;
  ELSE
    n := pg_catalog.round(n2 / n1);
  END IF;
  RETURN n2 - n1 * n;
END
$body$;

-- barge:function barge_compat.remainder_float
-- REMAINDER(n2, n1) on BINARY_FLOAT / BINARY_DOUBLE: as above, but n1 = 0 or an infinite n2
-- gives NaN. A separate name, not an overload: PostgreSQL would resolve integer arguments to
-- the double precision overload and turn Oracle's NUMBER error into NaN.
CREATE OR REPLACE FUNCTION barge_compat.remainder_float(n2 double precision, n1 double precision)
RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
  -- round(double precision) rounds half to even (rint).
  SELECT CASE
           WHEN n1 = 0 OR n2 IN ('Infinity'::double precision, '-Infinity'::double precision)
             THEN 'NaN'::double precision
           ELSE n2 - n1 * pg_catalog.round(n2 / n1)
         END
$body$;

-- barge:function barge_compat.to_char
-- TO_CHAR(number) without a format (and the 'TM'/'TM9' format): the shortest text, no trailing
-- zeros, no leading zero before the decimal point (0.5 -> '.5', -0.5 -> '-.5'). Oracle switches
-- to scientific notation past 64 characters; this does not.
CREATE OR REPLACE FUNCTION barge_compat.to_char(n numeric)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
  SELECT CASE
           WHEN n IS NULL THEN NULL
           WHEN n = 0 THEN '0'
           ELSE pg_catalog.regexp_replace(pg_catalog.trim_scale(n)::text, '^(-?)0\.', '\1.')
         END
$body$;

-- barge:function barge_compat.listagg_truncate
-- LISTAGG(... ON OVERFLOW TRUNCATE [indicator] [WITH|WITHOUT COUNT]) over the values collected
-- by array_agg(expr ORDER BY ...): NULL values are skipped; when the joined list is longer than
-- max_bytes (Oracle: 4000, or 32767 with MAX_STRING_SIZE=EXTENDED), the result is the whole
-- values that fit, the delimiter, the indicator and, WITH COUNT, "(number of values left
-- out)", all within max_bytes.
CREATE OR REPLACE FUNCTION barge_compat.listagg_truncate(items text[], delimiter text,
                                                         max_bytes integer DEFAULT 4000,
                                                         indicator text DEFAULT '...',
                                                         with_count boolean DEFAULT true)
RETURNS text LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $body$
DECLARE
  vals text[];
  total integer;
  full_list text;
  acc text := '';
  kept integer := 0;
  suffix text;
  sep text := coalesce(delimiter, '');
BEGIN
  vals := array_remove(items, NULL);
  total := coalesce(array_length(vals, 1), 0);
  IF total = 0 THEN
    RETURN NULL;
  END IF;
  full_list := array_to_string(vals, sep);
  IF octet_length(full_list) <= max_bytes THEN
    RETURN nullif(full_list, '');
  END IF;
  LOOP
    EXIT WHEN kept = total;
    suffix := sep || coalesce(indicator, '')
              || CASE WHEN with_count THEN '(' || (total - kept - 1) || ')' ELSE '' END;
    EXIT WHEN octet_length(acc || CASE WHEN kept > 0 THEN sep ELSE '' END || vals[kept + 1]
                           || suffix) > max_bytes;
    acc := acc || CASE WHEN kept > 0 THEN sep ELSE '' END || vals[kept + 1];
    kept := kept + 1;
  END LOOP;
  RETURN nullif(acc || sep || coalesce(indicator, '')
                || CASE WHEN with_count THEN '(' || (total - kept) || ')' ELSE '' END, '');
END
$body$;
