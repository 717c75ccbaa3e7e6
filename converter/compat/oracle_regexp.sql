-- Oracle REGEXP_* functions (Oracle SQL Language Reference, REGEXP_LIKE/COUNT/INSTR/SUBSTR/
-- REPLACE). PostgreSQL 15 has all five with the same argument order, but differs in three ways
-- that these wrappers undo:
--   1. Newlines. Oracle's default is "." not matching a newline and ^/$ anchoring only at the
--      string's ends; 'n' lets "." match newlines, 'm' makes ^/$ match at line ends.
--      PostgreSQL's default lets "." match newlines; its 'n' flag means both "." not matching
--      and ^/$ at lines. So Oracle's match_parameter is translated (barge_compat.regexp_flags).
--   2. NULL. Oracle has no empty string: an empty source or pattern is NULL, and an empty
--      REGEXP_SUBSTR/REGEXP_REPLACE result is NULL. A NULL replacement removes the matches.
--   3. REGEXP_REPLACE replaces every occurrence by default (occurrence 0); PostgreSQL's
--      regexp_replace without 'g' replaces only the first. In the replacement Oracle reads "\&"
--      as a literal "&"; PostgreSQL as the whole match.
-- Kept as a known difference: PostgreSQL's 'x' also makes "#" start a comment; Oracle's 'x'
-- only ignores whitespace. Both engines are POSIX-based with Perl-style extensions (\d, \w,
-- \s, non-greedy quantifiers); a backslash inside brackets is an escape in PostgreSQL.
--
-- Block markers: see oracle_strings.sql.

-- barge:function barge_compat.regexp_flags
-- Oracle match_parameter -> PostgreSQL regular-expression flags. Letters i, c, n, m, x; the
-- last of i/c wins; anything else is ORA-01760. NULL means the defaults.
CREATE OR REPLACE FUNCTION barge_compat.regexp_flags(match_param text)
RETURNS text LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $body$
DECLARE
  dot_all boolean := false;
  multi_line boolean := false;
  expanded boolean := false;
  case_flag text := '';
  ch text;
BEGIN
  FOR i IN 1 .. coalesce(char_length(match_param), 0) LOOP
    ch := pg_catalog.substr(match_param, i, 1);
    CASE ch
      WHEN 'i' THEN case_flag := 'i';
      WHEN 'c' THEN case_flag := 'c';
      WHEN 'n' THEN dot_all := true;
      WHEN 'm' THEN multi_line := true;
      WHEN 'x' THEN expanded := true;
      ELSE
        RAISE EXCEPTION 'REGEXP: illegal match parameter % (ORA-01760)', match_param
          USING ERRCODE = '22023';
    END CASE;
  END LOOP;
  RETURN case_flag
         || CASE WHEN dot_all AND multi_line THEN 'w'
                 WHEN dot_all THEN ''
                 WHEN multi_line THEN 'n'
                 ELSE 'p' END
         || CASE WHEN expanded THEN 'x' ELSE '' END;
END
$body$;

-- barge:function barge_compat.regexp_like
-- barge:needs barge_compat.regexp_flags
-- REGEXP_LIKE(source, pattern [, match_parameter]).
CREATE OR REPLACE FUNCTION barge_compat.regexp_like(src text, pat text, match_param text DEFAULT NULL)
RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
  SELECT CASE
           WHEN src IS NULL OR src = '' OR pat IS NULL OR pat = '' THEN NULL
           ELSE pg_catalog.regexp_like(src, pat, barge_compat.regexp_flags(match_param))
         END
$body$;

-- barge:function barge_compat.regexp_count
-- barge:needs barge_compat.regexp_flags
-- REGEXP_COUNT(source, pattern [, position [, match_parameter]]): non-overlapping matches from
-- position (truncated; < 1 is an error, beyond the end gives 0).
CREATE OR REPLACE FUNCTION barge_compat.regexp_count(src text, pat text, pos numeric DEFAULT 1,
                                                     match_param text DEFAULT NULL)
RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
  SELECT CASE
           WHEN src IS NULL OR src = '' OR pat IS NULL OR pat = '' OR pos IS NULL THEN NULL
           ELSE pg_catalog.regexp_count(src, pat, trunc(pos)::integer,
                                        barge_compat.regexp_flags(match_param))
         END
$body$;

-- barge:function barge_compat.regexp_instr
-- barge:needs barge_compat.regexp_flags
-- REGEXP_INSTR(source, pattern [, position [, occurrence [, return_option [, match_parameter
-- [, subexpr]]]]]): return_option 0 gives the match's first character, 1 the one after it;
-- 0 when there is no such match.
CREATE OR REPLACE FUNCTION barge_compat.regexp_instr(src text, pat text, pos numeric DEFAULT 1,
                                                     occurrence numeric DEFAULT 1,
                                                     return_opt numeric DEFAULT 0,
                                                     match_param text DEFAULT NULL,
                                                     subexpr numeric DEFAULT 0)
RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
  SELECT CASE
           WHEN src IS NULL OR src = '' OR pat IS NULL OR pat = '' OR pos IS NULL
                OR occurrence IS NULL OR return_opt IS NULL OR subexpr IS NULL THEN NULL
           ELSE pg_catalog.regexp_instr(src, pat, trunc(pos)::integer, trunc(occurrence)::integer,
                                        trunc(return_opt)::integer,
                                        barge_compat.regexp_flags(match_param),
                                        trunc(subexpr)::integer)
         END
$body$;

-- barge:function barge_compat.regexp_substr
-- barge:needs barge_compat.regexp_flags
-- REGEXP_SUBSTR(source, pattern [, position [, occurrence [, match_parameter [, subexpr]]]]):
-- NULL when there is no match or the match is empty.
CREATE OR REPLACE FUNCTION barge_compat.regexp_substr(src text, pat text, pos numeric DEFAULT 1,
                                                      occurrence numeric DEFAULT 1,
                                                      match_param text DEFAULT NULL,
                                                      subexpr numeric DEFAULT 0)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
  SELECT CASE
           WHEN src IS NULL OR src = '' OR pat IS NULL OR pat = '' OR pos IS NULL
                OR occurrence IS NULL OR subexpr IS NULL THEN NULL
           ELSE nullif(pg_catalog.regexp_substr(src, pat, trunc(pos)::integer,
                                                trunc(occurrence)::integer,
                                                barge_compat.regexp_flags(match_param),
                                                trunc(subexpr)::integer), '')
         END
$body$;

-- barge:function barge_compat.regexp_replacement
-- Oracle replace_string -> PostgreSQL replacement: "\&" is a literal "&" in Oracle; "\1".."\9"
-- and "\\" mean the same in both.
CREATE OR REPLACE FUNCTION barge_compat.regexp_replacement(repl text)
RETURNS text LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $body$
DECLARE
  out text := '';
  i integer := 1;
  n integer := char_length(repl);
  ch text;
BEGIN
  IF repl IS NULL THEN
    RETURN '';
  END IF;
  WHILE i <= n LOOP
    ch := pg_catalog.substr(repl, i, 1);
    IF ch = '\' AND i < n THEN
      IF pg_catalog.substr(repl, i + 1, 1) = '&' THEN
        out := out || '&';
      ELSE
        out := out || pg_catalog.substr(repl, i, 2);
      END IF;
      i := i + 2;
    ELSE
      out := out || ch;
      i := i + 1;
    END IF;
  END LOOP;
  RETURN out;
END
$body$;

-- barge:function barge_compat.regexp_replace
-- barge:needs barge_compat.regexp_flags
-- barge:needs barge_compat.regexp_replacement
-- REGEXP_REPLACE(source, pattern [, replace_string [, position [, occurrence
-- [, match_parameter]]]]): occurrence 0 (the default) replaces every match, n > 0 only the
-- n-th; a NULL pattern returns the source; a NULL replacement removes the matches.
CREATE OR REPLACE FUNCTION barge_compat.regexp_replace(src text, pat text, repl text DEFAULT NULL,
                                                       pos numeric DEFAULT 1,
                                                       occurrence numeric DEFAULT 0,
                                                       match_param text DEFAULT NULL)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
  SELECT CASE
           WHEN src IS NULL OR src = '' OR pos IS NULL OR occurrence IS NULL THEN NULL
           WHEN pat IS NULL OR pat = '' THEN src
           ELSE nullif(pg_catalog.regexp_replace(src, pat, barge_compat.regexp_replacement(repl),
                                                 trunc(pos)::integer, trunc(occurrence)::integer,
                                                 barge_compat.regexp_flags(match_param)), '')
         END
$body$;
