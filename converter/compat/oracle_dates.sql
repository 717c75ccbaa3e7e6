-- Oracle date functions (Oracle SQL Language Reference, "Datetime Functions"). Oracle DATE is
-- converted to `timestamp(0) without time zone`, so these take and return `timestamp`; the time
-- of day is kept wherever Oracle keeps it. A `timestamp with time zone` argument has to be cast
-- by the caller (no implicit cast to timestamp exists).
--
-- Block markers: see oracle_strings.sql.

-- barge:function barge_compat.add_months
-- ADD_MONTHS(date, n): n is truncated to an integer. When date is the last day of its month,
-- or the result month has fewer days than date's day, the result is the last day of the
-- result month. The time of day is kept.
CREATE OR REPLACE FUNCTION barge_compat.add_months(d timestamp, n numeric)
RETURNS timestamp LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
  SELECT CASE
           WHEN d IS NULL OR n IS NULL THEN NULL
           WHEN date_trunc('day', d) = date_trunc('month', d) + interval '1 month - 1 day' THEN
             date_trunc('month', d) + make_interval(months => trunc(n)::integer + 1)
               - interval '1 day' + (d - date_trunc('day', d))
           -- PostgreSQL clamps a day past the result month's end to its last day.
           ELSE d + make_interval(months => trunc(n)::integer)
         END
$body$;

-- barge:function barge_compat.months_between
-- MONTHS_BETWEEN(date1, date2): positive when date1 is later. An integer when both are the
-- same day of the month or both are last days of months; otherwise the fraction is based on a
-- 31-day month and includes the difference of the time components.
CREATE OR REPLACE FUNCTION barge_compat.months_between(d1 timestamp, d2 timestamp)
RETURNS numeric LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
  SELECT CASE
           WHEN d1 IS NULL OR d2 IS NULL THEN NULL
           WHEN extract(day FROM d1) = extract(day FROM d2)
                OR (date_trunc('day', d1) = date_trunc('month', d1) + interval '1 month - 1 day'
                    AND date_trunc('day', d2) = date_trunc('month', d2) + interval '1 month - 1 day')
             THEN (extract(year FROM d1) - extract(year FROM d2)) * 12
                  + extract(month FROM d1) - extract(month FROM d2)
           ELSE (extract(year FROM d1) - extract(year FROM d2)) * 12
                + extract(month FROM d1) - extract(month FROM d2)
                + (extract(day FROM d1) - extract(day FROM d2)
                   + (extract(epoch FROM d1 - date_trunc('day', d1))
                      - extract(epoch FROM d2 - date_trunc('day', d2))) / 86400) / 31
         END
$body$;

-- barge:function barge_compat.last_day
-- LAST_DAY(date): the last day of date's month, with date's time of day.
CREATE OR REPLACE FUNCTION barge_compat.last_day(d timestamp)
RETURNS timestamp LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
  SELECT date_trunc('month', d) + interval '1 month - 1 day' + (d - date_trunc('day', d))
$body$;

-- barge:function barge_compat.next_day
-- NEXT_DAY(date, day): the first later date that falls on the named day, with date's time of
-- day. English day names, case-insensitive, full or abbreviated; characters after the
-- three-letter abbreviation are ignored (Oracle: "MONDAY", "MON", "monxyz"). Anything else is
-- ORA-01846.
CREATE OR REPLACE FUNCTION barge_compat.next_day(d timestamp, day_name text)
RETURNS timestamp LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $body$
DECLARE
  target integer;
BEGIN
  IF d IS NULL OR day_name IS NULL OR day_name = '' THEN
    RETURN NULL;
  END IF;
  target := array_position(ARRAY['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'],
                           upper(left(btrim(day_name), 3))) - 1;
  IF target IS NULL OR char_length(btrim(day_name)) < 3 THEN
    RAISE EXCEPTION 'NEXT_DAY: % is not a valid day of the week (ORA-01846)', day_name
      USING ERRCODE = '22007';
  END IF;
  RETURN d + make_interval(days => (target - extract(dow FROM d)::integer + 6) % 7 + 1);
END
$body$;

-- barge:function barge_compat.trunc
-- TRUNC(date [, fmt]) with Oracle's ROUND/TRUNC date format models (default 'DD'):
-- CC/SCC century (starts in year xx01), SYYYY/YYYY/YEAR/SYEAR/YYY/YY/Y year, IYYY/IYY/IY/I ISO
-- year, Q quarter, MONTH/MON/MM/RM month, WW same weekday as 1 January, IW ISO week (Monday),
-- W same weekday as the 1st of the month, DDD/DD/J day, DAY/DY/D first day of the week,
-- HH/HH12/HH24 hour, MI minute. DAY/DY/D take Sunday as the first day of the week (Oracle's
-- NLS_TERRITORY=AMERICA); other territories start on Monday (use IW there).
CREATE OR REPLACE FUNCTION barge_compat.trunc(d timestamp, fmt text DEFAULT 'DD')
RETURNS timestamp LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $body$
DECLARE
  f text := upper(btrim(fmt));
  y integer;
BEGIN
  IF d IS NULL OR fmt IS NULL OR fmt = '' THEN
    RETURN NULL;
  END IF;
  CASE
    WHEN f IN ('CC', 'SCC') THEN
      y := extract(year FROM d)::integer;
      RETURN make_timestamp(((y - 1) / 100) * 100 + 1, 1, 1, 0, 0, 0);
    WHEN f IN ('SYYYY', 'YYYY', 'YEAR', 'SYEAR', 'YYY', 'YY', 'Y') THEN
      RETURN date_trunc('year', d);
    WHEN f IN ('IYYY', 'IYY', 'IY', 'I') THEN
      RETURN date_trunc('week', d) - make_interval(weeks => extract(week FROM d)::integer - 1);
    WHEN f = 'Q' THEN
      RETURN date_trunc('quarter', d);
    WHEN f IN ('MONTH', 'MON', 'MM', 'RM') THEN
      RETURN date_trunc('month', d);
    WHEN f = 'WW' THEN
      RETURN date_trunc('year', d)
             + make_interval(weeks => (extract(doy FROM d)::integer - 1) / 7);
    WHEN f = 'IW' THEN
      RETURN date_trunc('week', d);
    WHEN f = 'W' THEN
      RETURN date_trunc('month', d)
             + make_interval(weeks => (extract(day FROM d)::integer - 1) / 7);
    WHEN f IN ('DDD', 'DD', 'J') THEN
      RETURN date_trunc('day', d);
    WHEN f IN ('DAY', 'DY', 'D') THEN
      RETURN date_trunc('day', d) - make_interval(days => extract(dow FROM d)::integer);
    WHEN f IN ('HH', 'HH12', 'HH24') THEN
      RETURN date_trunc('hour', d);
    WHEN f = 'MI' THEN
      RETURN date_trunc('minute', d);
    ELSE
      RAISE EXCEPTION 'TRUNC: date format % is not recognized (ORA-01899)', fmt
        USING ERRCODE = '22007';
  END CASE;
END
$body$;

-- barge:function barge_compat.round
-- barge:needs barge_compat.trunc
-- ROUND(date [, fmt]), same format models as TRUNC. Years round up on 1 July, quarters on the
-- 16th day of their second month, months on the 16th, days at noon, hours at :30, minutes at
-- :30 seconds; centuries from year xx51. Week models (WW, IW, W, DAY) and ISO years round to
-- the nearer of the two surrounding starts (half way or later goes up: 3.5 days into a full
-- week), a partial last week of a year or month counting its real length.
CREATE OR REPLACE FUNCTION barge_compat.round(d timestamp, fmt text DEFAULT 'DD')
RETURNS timestamp LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $body$
DECLARE
  f text := upper(btrim(fmt));
  s timestamp;
  nxt timestamp;
BEGIN
  IF d IS NULL OR fmt IS NULL OR fmt = '' THEN
    RETURN NULL;
  END IF;
  CASE
    WHEN f IN ('CC', 'SCC') THEN
      s := barge_compat.trunc(d, f);
      IF extract(year FROM d) - extract(year FROM s) >= 50 THEN
        RETURN s + interval '100 years';
      END IF;
      RETURN s;
    WHEN f IN ('SYYYY', 'YYYY', 'YEAR', 'SYEAR', 'YYY', 'YY', 'Y') THEN
      RETURN date_trunc('year', d) + CASE WHEN extract(month FROM d) >= 7
                                          THEN interval '1 year' ELSE interval '0' END;
    WHEN f = 'Q' THEN
      RETURN date_trunc('quarter', d)
             + CASE WHEN (extract(month FROM d)::integer - 1) % 3 = 2
                         OR ((extract(month FROM d)::integer - 1) % 3 = 1
                             AND extract(day FROM d) >= 16)
                    THEN interval '3 months' ELSE interval '0' END;
    WHEN f IN ('MONTH', 'MON', 'MM', 'RM') THEN
      RETURN date_trunc('month', d) + CASE WHEN extract(day FROM d) >= 16
                                           THEN interval '1 month' ELSE interval '0' END;
    WHEN f IN ('IYYY', 'IYY', 'IY', 'I', 'WW', 'IW', 'W', 'DAY', 'DY', 'D') THEN
      s := barge_compat.trunc(d, f);
      IF f IN ('IYYY', 'IYY', 'IY', 'I') THEN
        nxt := barge_compat.trunc(s + interval '371 days', f);
      ELSE
        nxt := barge_compat.trunc(s + interval '7 days', f);
      END IF;
      IF d - s >= (nxt - s) / 2 THEN
        RETURN nxt;
      END IF;
      RETURN s;
    WHEN f IN ('DDD', 'DD', 'J') THEN
      RETURN date_trunc('day', d + interval '12 hours');
    WHEN f IN ('HH', 'HH12', 'HH24') THEN
      RETURN date_trunc('hour', d + interval '30 minutes');
    WHEN f = 'MI' THEN
      RETURN date_trunc('minute', d + interval '30 seconds');
    ELSE
      RAISE EXCEPTION 'ROUND: date format % is not recognized (ORA-01899)', fmt
        USING ERRCODE = '22007';
  END CASE;
END
$body$;

-- barge:function barge_compat.to_timestamp
-- TO_DATE / TO_TIMESTAMP(text, fmt) with fmt already mapped to a PostgreSQL template
-- (converter/rules/oracle_pg_format_models.h): the wall-clock value read, as Oracle DATE and
-- TIMESTAMP have no time zone. Plain to_timestamp(text, fmt)::timestamp reads in the session's
-- TimeZone and moves a time inside a daylight-saving gap (02:30 becomes 03:30); this reads in
-- UTC. An empty or NULL text is NULL.
CREATE OR REPLACE FUNCTION barge_compat.to_timestamp(str text, template text)
RETURNS timestamp LANGUAGE sql STABLE PARALLEL SAFE SET "TimeZone" = 'UTC' AS $body$
  SELECT pg_catalog.to_timestamp(nullif(str, ''), template) AT TIME ZONE 'UTC'
$body$;

-- barge:function barge_compat.to_timestamp_oracle
-- barge:needs barge_compat.to_timestamp
-- TO_DATE / TO_TIMESTAMP where the model needs more than a template (oracle_pg_format_models:
-- pg, yearProbe, yearRule, fillYear, fillMonth):
-- * year_rule 'RR' (RR, RRRR) or 'YY': a year read from two digits (year_probe, the template
--   with YYYY, gives a year below 100) is put in Oracle's century. RR: with the current year's
--   last two digits 00-49, 00-49 is this century and 50-99 the previous one; with 50-99, 00-49
--   is the next century and 50-99 this one. YY: always the current century. Four-digit years
--   stay. NULL: no rule.
-- * fill_year / fill_month: the model has no year / no month; Oracle then takes the current
--   year / month (PostgreSQL: year 1 BC, January).
CREATE OR REPLACE FUNCTION barge_compat.to_timestamp_oracle(str text, template text,
                                                            year_probe text, year_rule text,
                                                            fill_year boolean,
                                                            fill_month boolean)
RETURNS timestamp LANGUAGE plpgsql STABLE PARALLEL SAFE AS $body$
DECLARE
  parsed timestamp;
  probe_year integer;
  now_year integer := extract(year FROM current_date)::integer;
  yy integer;
  century integer;
  target integer;
BEGIN
  parsed := barge_compat.to_timestamp(str, template);
  IF parsed IS NULL THEN
    RETURN NULL;
  END IF;
  IF year_rule IS NOT NULL THEN
    IF year_rule NOT IN ('RR', 'YY') THEN
      RAISE EXCEPTION 'to_timestamp_oracle: year rule % is not RR or YY', year_rule
        USING ERRCODE = '22023';
    END IF;
    BEGIN
      probe_year := extract(year FROM barge_compat.to_timestamp(str, year_probe))::integer;
    EXCEPTION WHEN others THEN
      probe_year := 0;  -- the probe cannot read it as four digits: a short year
    END;
    IF probe_year < 100 THEN
      yy := extract(year FROM parsed)::integer % 100;
      century := now_year - now_year % 100;
      IF year_rule = 'YY' THEN
        target := century + yy;
      ELSIF now_year % 100 < 50 THEN
        target := CASE WHEN yy < 50 THEN century + yy ELSE century - 100 + yy END;
      ELSE
        target := CASE WHEN yy < 50 THEN century + 100 + yy ELSE century + yy END;
      END IF;
      parsed := parsed + make_interval(years => target - extract(year FROM parsed)::integer);
    END IF;
  END IF;
  IF coalesce(fill_year, false) OR coalesce(fill_month, false) THEN
    parsed := make_timestamp(
      CASE WHEN fill_year THEN now_year ELSE extract(year FROM parsed)::integer END,
      CASE WHEN fill_month THEN extract(month FROM current_date)::integer
           ELSE extract(month FROM parsed)::integer END,
      extract(day FROM parsed)::integer, extract(hour FROM parsed)::integer,
      extract(minute FROM parsed)::integer, extract(second FROM parsed)::double precision);
  END IF;
  RETURN parsed;
END
$body$;
