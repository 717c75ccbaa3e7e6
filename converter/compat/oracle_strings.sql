-- Oracle character functions whose PostgreSQL namesakes differ (Oracle SQL Language Reference,
-- "Character Functions"). Oracle has no empty string: '' is NULL, so an empty argument behaves
-- as NULL and a result that would be empty is NULL.
--
-- Each block starts with `-- barge:function <qualified name>`; `-- barge:needs <name>` lists
-- the other compat functions its bodies call (converter/compat/compat.h reads both).

-- barge:function barge_compat.instr
-- INSTR(string, substring [, position [, occurrence]]): position counts from 1; a negative
-- position counts back from the end and searches backwards; position 0 finds nothing (0);
-- occurrence < 1 is ORA-01428. Occurrences may overlap ('aaa','aa',1,2 is 2). Non-integer
-- position/occurrence are truncated, as Oracle converts them to integers.
CREATE OR REPLACE FUNCTION barge_compat.instr(str text, sub text, pos numeric DEFAULT 1,
                                              occurrence numeric DEFAULT 1)
RETURNS integer LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $body$
DECLARE
  p bigint;
  occ bigint;
  len integer;
  sublen integer;
  seen bigint := 0;
  i bigint;
  hit integer;
BEGIN
  IF str IS NULL OR str = '' OR sub IS NULL OR sub = '' OR pos IS NULL OR occurrence IS NULL THEN
    RETURN NULL;
  END IF;
  occ := trunc(occurrence);
  IF occ < 1 THEN
    RAISE EXCEPTION 'INSTR: argument % is out of range (ORA-01428)', occurrence
      USING ERRCODE = '22003';
  END IF;
  p := trunc(pos);
  IF p = 0 THEN
    RETURN 0;
  END IF;
  len := char_length(str);
  sublen := char_length(sub);
  IF p > 0 THEN
    i := p;
    WHILE i <= len LOOP
      hit := strpos(pg_catalog.substr(str, i::integer), sub);
      EXIT WHEN hit = 0;
      seen := seen + 1;
      IF seen = occ THEN
        RETURN i + hit - 1;
      END IF;
      i := i + hit;  -- the next occurrence may start inside this one
    END LOOP;
    RETURN 0;
  END IF;
  -- Backwards: an occurrence must begin at or before the starting character.
  i := len + p + 1;
  WHILE i >= 1 LOOP
    IF pg_catalog.substr(str, i::integer, sublen) = sub THEN
      seen := seen + 1;
      IF seen = occ THEN
        RETURN i;
      END IF;
    END IF;
    i := i - 1;
  END LOOP;
  RETURN 0;
END
$body$;

-- barge:function barge_compat.substr
-- SUBSTR(string, position [, length]): position 0 is 1; a negative position counts back from
-- the end (beyond the start: NULL); a NULL or < 1 length is NULL; an empty result is NULL.
-- Non-integer position/length are truncated.
CREATE OR REPLACE FUNCTION barge_compat.substr(str text, pos numeric)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
  SELECT CASE
           WHEN str IS NULL OR pos IS NULL THEN NULL
           WHEN trunc(pos) >= 0 THEN
             nullif(pg_catalog.substr(str, greatest(1, least(trunc(pos), 2147483647))::integer), '')
           WHEN char_length(str) + trunc(pos) + 1 < 1 THEN NULL
           ELSE pg_catalog.substr(str, (char_length(str) + trunc(pos) + 1)::integer)
         END
$body$;

CREATE OR REPLACE FUNCTION barge_compat.substr(str text, pos numeric, len numeric)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
  SELECT CASE
           WHEN str IS NULL OR pos IS NULL OR len IS NULL OR trunc(len) < 1 THEN NULL
           WHEN trunc(pos) >= 0 THEN
             nullif(pg_catalog.substr(str, greatest(1, least(trunc(pos), 2147483647))::integer,
                                      least(trunc(len), 2147483647)::integer), '')
           WHEN char_length(str) + trunc(pos) + 1 < 1 THEN NULL
           ELSE pg_catalog.substr(str, (char_length(str) + trunc(pos) + 1)::integer,
                                  least(trunc(len), 2147483647)::integer)
         END
$body$;

-- barge:function barge_compat.lpad
-- LPAD(expr, n [, pad]): n is truncated; n < 1, an empty/NULL pad or an empty result is NULL
-- (PostgreSQL returns '' or the unpadded string). The length counts characters, not display
-- width (Oracle counts display width for East Asian wide characters).
CREATE OR REPLACE FUNCTION barge_compat.lpad(str text, n numeric, pad text DEFAULT ' ')
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
  SELECT CASE
           WHEN str IS NULL OR str = '' OR n IS NULL OR pad IS NULL OR pad = '' OR trunc(n) < 1
             THEN NULL
           ELSE pg_catalog.lpad(str, least(trunc(n), 2147483647)::integer, pad)
         END
$body$;

-- barge:function barge_compat.rpad
-- RPAD(expr, n [, pad]): as LPAD, padding on the right.
CREATE OR REPLACE FUNCTION barge_compat.rpad(str text, n numeric, pad text DEFAULT ' ')
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
  SELECT CASE
           WHEN str IS NULL OR str = '' OR n IS NULL OR pad IS NULL OR pad = '' OR trunc(n) < 1
             THEN NULL
           ELSE pg_catalog.rpad(str, least(trunc(n), 2147483647)::integer, pad)
         END
$body$;

-- barge:function barge_compat.replace
-- REPLACE(string, search [, replacement]): a NULL/empty search returns the string unchanged; a
-- NULL or omitted replacement removes every occurrence (PostgreSQL's replace returns NULL).
CREATE OR REPLACE FUNCTION barge_compat.replace(str text, search text, replacement text DEFAULT NULL)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
  SELECT CASE
           WHEN str IS NULL OR str = '' THEN NULL
           WHEN search IS NULL OR search = '' THEN str
           ELSE nullif(pg_catalog.replace(str, search, coalesce(replacement, '')), '')
         END
$body$;

-- barge:function barge_compat.translate
-- TRANSLATE(string, from, to): a NULL or empty argument gives NULL (Oracle reads '' as NULL, so
-- translate(s, 'abc', '') is NULL there, while PostgreSQL removes the characters); an empty
-- result is NULL.
CREATE OR REPLACE FUNCTION barge_compat.translate(str text, from_chars text, to_chars text)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
  SELECT CASE
           WHEN str IS NULL OR str = '' OR from_chars IS NULL OR from_chars = '' OR to_chars IS NULL
                OR to_chars = '' THEN NULL
           ELSE nullif(pg_catalog.translate(str, from_chars, to_chars), '')
         END
$body$;
