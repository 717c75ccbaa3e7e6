// barge_compat against the results Oracle documents (Oracle SQL Language Reference examples and
// rules; converter/compat/README.md names the rule behind each function). The schema is created
// from the SQL compiled into barge, in a fresh database, with check_function_bodies on.
#include <catch2/catch.hpp>

#include "converter/compat/compat.h"
#include "tests/db/db_env.h"
#include "tests/db/pg_eval.h"

using namespace barge;

namespace {

constexpr const char* kDb = "barge_compat_oracle";
constexpr std::string_view kError = "ERROR:";

struct Case {
  const char* expr;      // PostgreSQL expression calling barge_compat
  const char* expected;  // Oracle's result as PostgreSQL prints it; "<null>"; "ERROR:<text>"
};

// clang-format off
const Case kStringCases[] = {
    // INSTR: Oracle reference examples, then the edges.
    {"barge_compat.instr('CORPORATE FLOOR', 'OR', 3, 2)", "14"},
    {"barge_compat.instr('CORPORATE FLOOR', 'OR', -3, 2)", "2"},
    {"barge_compat.instr('CORPORATE FLOOR', 'OR')", "2"},
    {"barge_compat.instr('Tech on the net', 'e', 1, 3)", "14"},
    {"barge_compat.instr('Tech on the net', 'e', -3, 2)", "2"},
    {"barge_compat.instr('abcabc', 'c', -1)", "6"},
    {"barge_compat.instr('abcabc', 'c', -2)", "3"},
    {"barge_compat.instr('abc', 'b', 0)", "0"},
    {"barge_compat.instr('abc', 'z')", "0"},
    {"barge_compat.instr('abc', 'b', 5)", "0"},
    {"barge_compat.instr('abc', 'b', -5)", "0"},
    {"barge_compat.instr('abc', 'b', 1, 2)", "0"},
    {"barge_compat.instr('aaaa', 'aa', 1, 2)", "2"},
    {"barge_compat.instr('abcabc', 'b', 2.9)", "2"},
    {"barge_compat.instr(NULL, 'a')", "<null>"},
    {"barge_compat.instr('abc', '')", "<null>"},
    {"barge_compat.instr('abc', 'b', NULL)", "<null>"},
    {"barge_compat.instr('abc', 'b', 1, 0)", "ERROR:out of range"},
    // SUBSTR
    {"barge_compat.substr('ABCDEFG', 3, 4)", "CDEF"},
    {"barge_compat.substr('ABCDEFG', -5, 4)", "CDEF"},
    {"barge_compat.substr('ABCDEFG', 0, 2)", "AB"},
    {"barge_compat.substr('ABCDEFG', 0)", "ABCDEFG"},
    {"barge_compat.substr('ABCDEFG', -3)", "EFG"},
    {"barge_compat.substr('ABCDEFG', -7, 1)", "A"},
    {"barge_compat.substr('ABCDEFG', -8)", "<null>"},
    {"barge_compat.substr('ABC', 4)", "<null>"},
    {"barge_compat.substr('ABC', 2, 0)", "<null>"},
    {"barge_compat.substr('ABC', 2, -1)", "<null>"},
    {"barge_compat.substr('ABC', 2, NULL)", "<null>"},
    {"barge_compat.substr('ABCDEFG', 2.7, 2.9)", "BC"},
    {"barge_compat.substr('ABCDEFG', 5, 100)", "EFG"},
    {"barge_compat.substr('', 1)", "<null>"},
    // LPAD / RPAD / REPLACE
    {"barge_compat.lpad('Page 1', 15, '*.')", "*.*.*.*.*Page 1"},
    {"barge_compat.rpad('MORRISON', 12, 'ab')", "MORRISONabab"},
    {"barge_compat.lpad('abc', 2)", "ab"},
    {"barge_compat.lpad('abc', 5)", "  abc"},
    {"barge_compat.lpad('abc', 0)", "<null>"},
    {"barge_compat.rpad('abc', 5, '')", "<null>"},
    {"barge_compat.replace('JACK and JUE', 'J', 'BL')", "BLACK and BLUE"},
    {"barge_compat.replace('abcb', 'b')", "ac"},
    {"barge_compat.replace('abcb', 'b', NULL)", "ac"},
    {"barge_compat.replace('abc', NULL, 'x')", "abc"},
    {"barge_compat.replace('aa', 'a')", "<null>"},
    // TRANSLATE: Oracle reference example, then '' as NULL.
    {"barge_compat.translate('SQL*Plus User''s Guide', ' */''', '___')", "SQL_Plus_Users_Guide"},
    {"barge_compat.translate('abc', 'abc', '')", "<null>"},
    {"barge_compat.translate('aaa', 'a', 'b')", "bbb"},
    {"barge_compat.translate('abc', 'abc', 'x')", "x"},
};

const Case kDateCases[] = {
    // ADD_MONTHS: the month-end rule, leap years, time of day kept.
    {"barge_compat.add_months('2003-06-17', 1)", "2003-07-17 00:00:00"},
    {"barge_compat.add_months('2024-01-31', 1)", "2024-02-29 00:00:00"},
    {"barge_compat.add_months('2023-01-31', 1)", "2023-02-28 00:00:00"},
    {"barge_compat.add_months('2023-02-28', 1)", "2023-03-31 00:00:00"},
    {"barge_compat.add_months('2023-04-30', 1)", "2023-05-31 00:00:00"},
    {"barge_compat.add_months('2024-02-29', 12)", "2025-02-28 00:00:00"},
    {"barge_compat.add_months('2023-02-28', 12)", "2024-02-29 00:00:00"},
    {"barge_compat.add_months('2023-03-31', -1)", "2023-02-28 00:00:00"},
    {"barge_compat.add_months('2023-01-15 10:30:45', 1)", "2023-02-15 10:30:45"},
    {"barge_compat.add_months('2023-11-30 08:00:00', 3)", "2024-02-29 08:00:00"},
    {"barge_compat.add_months(NULL, 1)", "<null>"},
    // MONTHS_BETWEEN
    {"round(barge_compat.months_between('1995-02-02', '1995-01-01'), 8)", "1.03225806"},
    {"barge_compat.months_between('2024-03-31', '2024-02-29')", "1"},
    {"barge_compat.months_between('2024-02-29', '2024-01-31')", "1"},
    {"barge_compat.months_between('2024-01-15', '2024-03-15')", "-2"},
    {"barge_compat.months_between('2024-01-15 23:00', '2024-03-15 01:00')", "-2"},
    {"round(barge_compat.months_between('2024-01-31', '2024-01-30'), 8)", "0.03225806"},
    {"round(barge_compat.months_between('2024-01-02 12:00', '2024-01-01'), 8)", "0.04838710"},
    {"barge_compat.months_between(NULL, '2024-01-01')", "<null>"},
    // LAST_DAY / NEXT_DAY
    {"barge_compat.last_day('2024-02-10')", "2024-02-29 00:00:00"},
    {"barge_compat.last_day('2023-02-10')", "2023-02-28 00:00:00"},
    {"barge_compat.last_day('2024-12-05 13:45:00')", "2024-12-31 13:45:00"},
    {"barge_compat.next_day('2009-10-15', 'TUESDAY')", "2009-10-20 00:00:00"},
    {"barge_compat.next_day('2009-10-20', 'TUESDAY')", "2009-10-27 00:00:00"},
    {"barge_compat.next_day('2009-10-15 08:30:00', 'tue')", "2009-10-20 08:30:00"},
    {"barge_compat.next_day('2009-10-15', 'MONXYZ')", "2009-10-19 00:00:00"},
    {"barge_compat.next_day('2009-10-15', 'Thursday')", "2009-10-22 00:00:00"},
    {"barge_compat.next_day('2009-10-15', 'FOO')", "ERROR:not a valid day"},
    {"barge_compat.next_day('2009-10-15', NULL)", "<null>"},
    // TRUNC / ROUND with format models
    {"barge_compat.trunc('1992-10-27', 'YEAR')", "1992-01-01 00:00:00"},
    {"barge_compat.round('2000-10-27', 'YEAR')", "2001-01-01 00:00:00"},
    {"barge_compat.round('2000-06-30 23:59:59', 'YYYY')", "2000-01-01 00:00:00"},
    {"barge_compat.round('2000-07-01', 'Y')", "2001-01-01 00:00:00"},
    {"barge_compat.trunc('2024-05-17 13:14:15', 'Q')", "2024-04-01 00:00:00"},
    {"barge_compat.round('2024-05-15', 'Q')", "2024-04-01 00:00:00"},
    {"barge_compat.round('2024-05-16', 'Q')", "2024-07-01 00:00:00"},
    {"barge_compat.round('2024-06-01', 'Q')", "2024-07-01 00:00:00"},
    {"barge_compat.trunc('2024-05-17', 'MM')", "2024-05-01 00:00:00"},
    {"barge_compat.round('2024-05-16', 'MONTH')", "2024-06-01 00:00:00"},
    {"barge_compat.round('2024-05-15 23:59:00', 'mm')", "2024-05-01 00:00:00"},
    {"barge_compat.round('2004-12-24', 'year')", "2005-01-01 00:00:00"},
    {"barge_compat.round('2004-01-18', 'month')", "2004-02-01 00:00:00"},
    {"barge_compat.trunc('2024-05-17 13:14:15')", "2024-05-17 00:00:00"},
    {"barge_compat.round('2024-05-17 12:00:00')", "2024-05-18 00:00:00"},
    {"barge_compat.round('2024-05-17 11:59:59')", "2024-05-17 00:00:00"},
    {"barge_compat.trunc('2024-05-17 13:14:15', 'DDD')", "2024-05-17 00:00:00"},
    {"barge_compat.trunc('2024-05-17 13:14:15', 'J')", "2024-05-17 00:00:00"},
    {"barge_compat.trunc('2024-05-17', 'IW')", "2024-05-13 00:00:00"},
    {"barge_compat.trunc('2024-05-17', 'WW')", "2024-05-13 00:00:00"},
    {"barge_compat.trunc('2023-05-17', 'WW')", "2023-05-14 00:00:00"},
    {"barge_compat.trunc('2024-05-17', 'W')", "2024-05-15 00:00:00"},
    {"barge_compat.trunc('2024-05-17', 'DAY')", "2024-05-12 00:00:00"},
    {"barge_compat.round('2006-12-26', 'DAY')", "2006-12-24 00:00:00"},
    {"barge_compat.round('2006-12-29', 'day')", "2006-12-31 00:00:00"},
    {"barge_compat.round('2024-06-26 15:02:18', 'IW')", "2024-06-24 00:00:00"},
    {"barge_compat.round('2024-06-27 15:02:18', 'IW')", "2024-07-01 00:00:00"},
    {"barge_compat.trunc('2021-01-02', 'IYYY')", "2019-12-30 00:00:00"},
    {"barge_compat.trunc('2024-05-17', 'IYYY')", "2024-01-01 00:00:00"},
    {"barge_compat.trunc('2026-12-03', 'CC')", "2001-01-01 00:00:00"},
    {"barge_compat.trunc('2000-06-01', 'SCC')", "1901-01-01 00:00:00"},
    {"barge_compat.trunc('2024-05-17 13:14:15', 'HH24')", "2024-05-17 13:00:00"},
    {"barge_compat.round('2024-05-17 13:30:00', 'HH')", "2024-05-17 14:00:00"},
    {"barge_compat.trunc('2024-05-17 13:14:15', 'MI')", "2024-05-17 13:14:00"},
    {"barge_compat.round('2024-05-17 13:14:30', 'MI')", "2024-05-17 13:15:00"},
    {"barge_compat.trunc('2024-05-17', 'XX')", "ERROR:not recognized"},
    {"barge_compat.trunc(NULL::timestamp, 'MM')", "<null>"},
    // TO_DATE / TO_TIMESTAMP: wall-clock times, also inside a daylight-saving gap.
    {"barge_compat.to_timestamp('2024-03-31 02:30:00', 'YYYY-MM-DD HH24:MI:SS')",
     "2024-03-31 02:30:00"},
    {"barge_compat.to_timestamp('2024-05-17 13:14:15.25', 'YYYY-MM-DD HH24:MI:SS.US')",
     "2024-05-17 13:14:15.25"},
    {"barge_compat.to_timestamp('', 'YYYY')", "<null>"},
    // RR: the expected years hold while the current year is 2000-2049.
    {"barge_compat.to_timestamp_oracle('15-MAR-65', 'DD-MON-YY', 'DD-MON-YYYY', 'RR', false, "
     "false)", "1965-03-15 00:00:00"},
    {"barge_compat.to_timestamp_oracle('15-MAR-45', 'DD-MON-YY', 'DD-MON-YYYY', 'RR', false, "
     "false)", "2045-03-15 00:00:00"},
    {"barge_compat.to_timestamp_oracle('15-MAR-99', 'DD-MON-YY', 'DD-MON-YYYY', 'RR', false, "
     "false)", "1999-03-15 00:00:00"},
    {"barge_compat.to_timestamp_oracle('29-FEB-00', 'DD-MON-YY', 'DD-MON-YYYY', 'RR', false, "
     "false)", "2000-02-29 00:00:00"},
    {"barge_compat.to_timestamp_oracle('15-MAR-2065', 'DD-MON-YY', 'DD-MON-YYYY', 'RR', false, "
     "false)", "2065-03-15 00:00:00"},
    {"barge_compat.to_timestamp_oracle('15-MAR-65', 'DD-MON-YYYY', 'DD-MON-YYYY', 'RR', false, "
     "false)", "1965-03-15 00:00:00"},
    {"barge_compat.to_timestamp_oracle('15-MAR-1865', 'DD-MON-YYYY', 'DD-MON-YYYY', 'RR', "
     "false, false)", "1865-03-15 00:00:00"},
    {"barge_compat.to_timestamp_oracle(NULL, 'DD-MON-YY', 'DD-MON-YYYY', 'RR', false, false)",
     "<null>"},
    // YY: the current century.
    {"barge_compat.to_timestamp_oracle('15-MAR-75', 'DD-MON-YY', 'DD-MON-YYYY', 'YY', false, "
     "false)", "2075-03-15 00:00:00"},
    {"barge_compat.to_timestamp_oracle('15-MAR-1975', 'DD-MON-YY', 'DD-MON-YYYY', 'YY', false, "
     "false)", "1975-03-15 00:00:00"},
    {"barge_compat.to_timestamp_oracle('15-MAR-75', 'DD-MON-YY', 'DD-MON-YYYY', 'XX', false, "
     "false)", "ERROR:is not RR or YY"},
    // No year / no month in the model: Oracle's current year and month.
    {"barge_compat.to_timestamp_oracle('10:30', 'HH24:MI', NULL, NULL, true, true) = "
     "date_trunc('month', localtimestamp) + interval '10 hours 30 minutes'", "true"},
    {"barge_compat.to_timestamp_oracle('2020', 'YYYY', NULL, NULL, false, true) = "
     "make_timestamp(2020, extract(month FROM localtimestamp)::int, 1, 0, 0, 0)", "true"},
    {"barge_compat.to_timestamp_oracle('03-07', 'MM-DD', NULL, NULL, true, false) = "
     "make_timestamp(extract(year FROM localtimestamp)::int, 3, 7, 0, 0, 0)", "true"},
    {"barge_compat.to_timestamp_oracle('2009-10-15', 'YYYY-MM-DD', NULL, NULL, false, false)",
     "2009-10-15 00:00:00"},
};

const Case kRegexpCases[] = {
    // Oracle reference examples.
    {"barge_compat.regexp_substr('500 Oracle Parkway, Redwood Shores, CA', ',[^,]+,')",
     ", Redwood Shores,"},
    {"barge_compat.regexp_substr('http://www.example.com/products', "
     "'http://([[:alnum:]]+\\.?){3,4}/?')", "http://www.example.com/"},
    {"barge_compat.regexp_substr('1234567890', '(123)(4(56)(78))', 1, 1, 'i', 4)", "78"},
    {"barge_compat.regexp_instr('500 Oracle Parkway, Redwood Shores, CA', '[^ ]+', 1, 6)", "37"},
    {"barge_compat.regexp_instr('500 Oracle Parkway, Redwood Shores, CA', "
     "'[s|r|p][[:alpha:]]{6}', 3, 2, 1, 'i')", "28"},
    {"barge_compat.regexp_instr('1234567890', '(123)(4(56)(78))', 1, 1, 0, 'i', 1)", "1"},
    {"barge_compat.regexp_instr('1234567890', '(123)(4(56)(78))', 1, 1, 0, 'i', 2)", "4"},
    {"barge_compat.regexp_instr('1234567890', '(123)(4(56)(78))', 1, 1, 0, 'i', 4)", "7"},
    {"barge_compat.regexp_count('123123123123123', '(12)3', 1, 'i')", "5"},
    {"barge_compat.regexp_count('123123123123', '123', 3, 'i')", "3"},
    {"barge_compat.regexp_replace('500   Oracle     Parkway,    Redwood  Shores, CA', "
     "'( ){2,}', ' ')", "500 Oracle Parkway, Redwood Shores, CA"},
    {"barge_compat.regexp_replace('515.123.4567', "
     "'([[:digit:]]{3})\\.([[:digit:]]{3})\\.([[:digit:]]{4})', '(\\1) \\2-\\3')",
     "(515) 123-4567"},
    {"barge_compat.regexp_like('Steven', '^Ste(v|ph)en$')", "true"},
    // Occurrence 0 = all; n-th only; NULL replacement removes; empty result is NULL.
    {"barge_compat.regexp_replace('abcabc', 'b', 'X')", "aXcaXc"},
    {"barge_compat.regexp_replace('abcabc', 'b', 'X', 1, 2)", "abcaXc"},
    {"barge_compat.regexp_replace('abcabc', 'b', 'X', 3)", "abcaXc"},
    {"barge_compat.regexp_replace('abc', 'b')", "ac"},
    {"barge_compat.regexp_replace('abc', 'b', NULL)", "ac"},
    {"barge_compat.regexp_replace('bb', 'b')", "<null>"},
    {"barge_compat.regexp_replace('abc', NULL, 'x')", "abc"},
    {"barge_compat.regexp_replace('a-b', '-', '\\&')", "a&b"},
    // Newlines and case: Oracle's match parameter, not PostgreSQL's flags.
    {"barge_compat.regexp_like('a' || chr(10) || 'b', 'a.b')", "false"},
    {"barge_compat.regexp_like('a' || chr(10) || 'b', 'a.b', 'n')", "true"},
    {"barge_compat.regexp_count('ab' || chr(10) || 'ab', '^ab')", "1"},
    {"barge_compat.regexp_count('ab' || chr(10) || 'ab', '^ab', 1, 'm')", "2"},
    {"barge_compat.regexp_count('ab' || chr(10) || 'ab', '^ab.ab$', 1, 'mn')", "1"},
    {"barge_compat.regexp_count('ab' || chr(10) || 'ab', 'b$', 1, 'm')", "2"},
    {"barge_compat.regexp_like('ABC', 'abc')", "false"},
    {"barge_compat.regexp_like('ABC', 'abc', 'i')", "true"},
    {"barge_compat.regexp_like('ABC', 'abc', 'ic')", "false"},
    {"barge_compat.regexp_like('abc', 'a b c', 'x')", "true"},
    {"barge_compat.regexp_like('abc', 'b', 'z')", "ERROR:illegal match parameter"},
    // '' is NULL.
    {"barge_compat.regexp_substr('abc', 'x')", "<null>"},
    {"barge_compat.regexp_substr('abc', 'x*')", "<null>"},
    {"barge_compat.regexp_substr('', 'a')", "<null>"},
    {"barge_compat.regexp_like('abc', '')", "<null>"},
    {"barge_compat.regexp_count('', 'a')", "<null>"},
    {"barge_compat.regexp_instr('abc', 'z')", "0"},
    // The helpers on their own.
    {"barge_compat.regexp_flags(NULL)", "p"},
    {"barge_compat.regexp_flags('in')", "i"},
    {"barge_compat.regexp_flags('m')", "n"},
    {"barge_compat.regexp_flags('mn')", "w"},
    {"barge_compat.regexp_flags('cx')", "cpx"},
    {"barge_compat.regexp_replacement('<\\1>\\&\\\\')", "<\\1>&\\\\"},
    {"barge_compat.regexp_replacement(NULL)", ""},
};

const Case kSessionCases[] = {
    {"barge_compat.sys_context('USERENV', 'SESSION_USER')", "BARGE"},
    {"barge_compat.sys_context('userenv', 'current_user')", "BARGE"},
    {"barge_compat.sys_context('USERENV', 'CURRENT_SCHEMA')", "PUBLIC"},
    {"barge_compat.sys_context('USERENV', 'DB_NAME')", "barge_compat_oracle"},
    {"barge_compat.sys_context('USERENV', 'SESSIONID') = pg_backend_pid()::text", "true"},
    {"barge_compat.sys_context('USERENV', 'IP_ADDRESS')", "127.0.0.1"},
    {"barge_compat.sys_context('USERENV', 'ISDBA')", "TRUE"},
    {"barge_compat.sys_context('USERENV', 'CURRENT_USER', 2)", "BA"},
    {"barge_compat.sys_context('USERENV', 'OS_USER')", "<null>"},
    {"barge_compat.sys_context('USERENV', NULL)", "<null>"},
    {"barge_compat.sys_context('APP_CTX', 'ROLE')", "<null>"},
    {"barge_compat.context_setting('app', 'Role') = barge_compat.context_setting('APP', 'role')",
     "true"},
    {"barge_compat.context_setting('app', 'a b') <> barge_compat.context_setting('app', 'a_b')",
     "true"},
};

const Case kMiscCases[] = {
    {"barge_compat.greatest(1, 3, 2)", "3"},
    {"barge_compat.greatest(1, NULL, 2)", "<null>"},
    {"barge_compat.greatest('HARRY', 'HARRIOT', 'HAROLD')", "HARRY"},
    {"barge_compat.least('HARRY', 'HARRIOT', 'HAROLD')", "HAROLD"},
    {"barge_compat.least(1, 2.5, -3)", "-3"},
    {"barge_compat.least(timestamp '2024-01-01', NULL)", "<null>"},
    {"barge_compat.greatest(date '2024-01-01', date '2023-12-31')", "2024-01-01"},
    {"barge_compat.bitand(6, 3)", "2"},
    {"barge_compat.bitand(5.9, 3.2)", "1"},
    {"barge_compat.bitand(-5.5, 7)", "3"},
    {"barge_compat.bitand(NULL, 1)", "<null>"},
    {"barge_compat.nanvl('NaN'::double precision, 0)", "0"},
    {"barge_compat.nanvl(1.5::double precision, 0)", "1.5"},
    {"barge_compat.nanvl(NULL::double precision, 0)", "<null>"},
    {"barge_compat.nanvl('NaN'::numeric, 7.25)", "7.25"},
    {"barge_compat.mod(11, 4)", "3"},
    {"barge_compat.mod(-11, 4)", "-3"},
    {"barge_compat.mod(11, 0)", "11"},
    {"barge_compat.remainder(18, 7)", "-3"},
    {"barge_compat.remainder(11, 4)", "-1"},
    {"barge_compat.remainder(10, 4)", "2"},
    {"barge_compat.remainder(14, 4)", "-2"},
    {"barge_compat.remainder(-11, 4)", "1"},
    {"barge_compat.remainder(1.5, 1)", "-0.5"},
    {"barge_compat.remainder(2.5, 1)", "0.5"},
    {"barge_compat.remainder_float(11, 4)", "-1"},
    {"barge_compat.remainder_float(10, 4)", "2"},
    {"barge_compat.remainder_float(1, 0)", "NaN"},
    {"barge_compat.remainder(5, 0)", "ERROR:division by zero"},
    {"barge_compat.remainder_float('Infinity', 2)", "NaN"},
    {"barge_compat.remainder_float(2.5, 1)", "0.5"},
    {"barge_compat.to_char(0.5)", ".5"},
    {"barge_compat.to_char(-0.5)", "-.5"},
    {"barge_compat.to_char(1.50)", "1.5"},
    {"barge_compat.to_char(-12.340)", "-12.34"},
    {"barge_compat.to_char(100)", "100"},
    {"barge_compat.to_char(0.000)", "0"},
    {"barge_compat.listagg_truncate(ARRAY['a', 'b', 'c'], ',')", "a,b,c"},
    {"barge_compat.listagg_truncate(ARRAY['a', NULL, 'b'], ',')", "a,b"},
    {"barge_compat.listagg_truncate(ARRAY[NULL]::text[], ',')", "<null>"},
    {"barge_compat.listagg_truncate(ARRAY['aaa', 'bbb', 'ccc', 'ddd'], ',', 12)", "aaa,...(3)"},
    {"barge_compat.listagg_truncate(ARRAY['aaa', 'bbb', 'ccc', 'ddd'], ',', 12, '...', false)",
     "aaa,bbb,..."},
    {"barge_compat.listagg_truncate(ARRAY['aaa', 'bbb', 'ccc', 'ddd'], '; ', 15, '~', true)",
     "aaa; bbb; ~(2)"},
};
// clang-format on

void createAllCompatFunctions() {
  test::dbEnv();  // a clear failure when the servers are not there
  test::freshDatabase(kDb);
  std::vector<std::string> all;
  for (const auto& f : converter::compat::functions()) all.push_back(f.name);
  auto script = converter::compat::createScript(all);
  REQUIRE(script.unknown.empty());
  std::string out;
  int rc = test::runSql(kDb, "SET check_function_bodies = on;\n" + script.sql, out);
  INFO(out);
  REQUIRE(rc == 0);
}

template <size_t N>
size_t checkCases(const Case (&cases)[N]) {
  for (const auto& c : cases) {
    // A zone with daylight saving, so that wall-clock parsing is put to the test.
    auto v = test::pgEval(kDb, c.expr, "Europe/Berlin");
    std::string_view expected = c.expected;
    INFO(c.expr);
    if (expected.starts_with(kError)) {
      INFO(v.text);
      CHECK_FALSE(v.ok);
      CHECK(v.error.find(expected.substr(kError.size())) != std::string::npos);
    } else {
      INFO(v.error);
      CHECK(v.ok);
      CHECK(v.text == expected);
    }
  }
  return N;
}

}  // namespace

TEST_CASE("barge_compat behaves as Oracle documents", "[db][compat]") {
  createAllCompatFunctions();
  size_t cases = 0;
  SECTION("strings") {
    cases += checkCases(kStringCases);
  }
  SECTION("dates") {
    cases += checkCases(kDateCases);
  }
  SECTION("regexp") {
    cases += checkCases(kRegexpCases);
  }
  SECTION("numbers, TO_CHAR, LISTAGG, GREATEST") {
    cases += checkCases(kMiscCases);
  }
  SECTION("session context") {
    cases += checkCases(kSessionCases);
  }
  CHECK(cases > 0);
}

// "Every function gets a behaviour case": each compat function is called by at least one case
// (set_context by the test below).
TEST_CASE("every barge_compat function has behaviour cases", "[compat]") {
  std::string all;
  auto add = [&](const auto& cases) {
    for (const auto& c : cases) all += std::string(c.expr) + "\n";
  };
  add(kStringCases);
  add(kDateCases);
  add(kRegexpCases);
  add(kSessionCases);
  add(kMiscCases);
  all += "barge_compat.set_context(";  // its own TEST_CASE below
  for (const auto& f : converter::compat::functions()) {
    INFO(f.name);
    CHECK(all.find(f.name + "(") != std::string::npos);
  }
}

TEST_CASE("barge_compat script is idempotent and lint-clean", "[db][compat]") {
  createAllCompatFunctions();
  std::vector<std::string> all;
  for (const auto& f : converter::compat::functions()) all.push_back(f.name);
  std::string out;
  // Running the whole script a second time changes nothing and fails nothing.
  REQUIRE(test::runSql(kDb, converter::compat::createScript(all).sql, out) == 0);
  // plpgsql_check on every PL/pgSQL function: no error, no warning.
  REQUIRE(test::runSql(kDb, "CREATE EXTENSION IF NOT EXISTS plpgsql_check;", out) == 0);
  auto v = test::pgEval(
      kDb,
      "SELECT coalesce(string_agg(p.oid::regprocedure::text || ': ' || c.message, E'\\n'), '') "
      "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
      "JOIN pg_language l ON l.oid = p.prolang AND l.lanname = 'plpgsql' "
      "CROSS JOIN LATERAL plpgsql_check_function_tb(p.oid::regprocedure) c "
      "WHERE n.nspname = 'barge_compat'");
  INFO(v.error);
  REQUIRE(v.ok);
  INFO(v.text);
  CHECK(v.text.empty());
}

TEST_CASE("each barge_compat function deploys alone with its dependencies", "[db][compat]") {
  test::dbEnv();
  test::freshDatabase(kDb);
  std::string out;
  REQUIRE(test::runSql(kDb, "CREATE EXTENSION IF NOT EXISTS plpgsql_check;", out) == 0);
  for (const auto& f : converter::compat::functions()) {
    INFO(f.name);
    auto script = converter::compat::createScript({f.name});
    int rc = test::runSql(kDb,
                          "DROP SCHEMA IF EXISTS barge_compat CASCADE;\n"
                          "SET check_function_bodies = on;\n" +
                              script.sql,
                          out);
    INFO(out);
    CHECK(rc == 0);
    // A PL/pgSQL body calling a compat function that was not emitted shows up here.
    auto v = test::pgEval(
        kDb,
        "SELECT coalesce(string_agg(c.message, E'\\n'), '') FROM pg_proc p "
        "JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang "
        "AND l.lanname = 'plpgsql' CROSS JOIN LATERAL "
        "plpgsql_check_function_tb(p.oid::regprocedure) c WHERE n.nspname = 'barge_compat'");
    CHECK(v.ok);
    CHECK(v.text.empty());
  }
}

TEST_CASE("barge_compat.set_context values are read back by sys_context", "[db][compat]") {
  createAllCompatFunctions();
  const std::string set =
      "SELECT barge_compat.set_context('app_ctx', 'Role Name', 'admin'), "
      "barge_compat.set_context('USERENV', 'CLIENT_IDENTIFIER', 'job-42')";
  auto v = test::pgEval(kDb, "barge_compat.sys_context('APP_CTX', 'role name')", "UTC", set);
  INFO(v.error);
  CHECK(v.text == "admin");
  v = test::pgEval(kDb, "barge_compat.sys_context('USERENV', 'CLIENT_IDENTIFIER')", "UTC", set);
  CHECK(v.text == "job-42");
  // Another session does not see them.
  v = test::pgEval(kDb, "barge_compat.sys_context('APP_CTX', 'ROLE NAME')");
  CHECK(v.text == "<null>");
  v = test::pgEval(kDb, "barge_compat.sys_context('USERENV', 'MODULE')", "UTC",
                   "SET application_name = 'payroll'");
  CHECK(v.text == "payroll");
}

// The converter hands these functions columns of the types barge's Oracle type rules emit
// (char, varchar, text, smallint/integer/bigint/numeric, real/double precision, timestamp(0),
// timestamp(6), and date from other sources): every call resolves without a cast.
TEST_CASE("barge_compat calls resolve for the column types barge emits", "[db][compat]") {
  createAllCompatFunctions();
  std::string out;
  REQUIRE(test::runSql(kDb,
                       "CREATE TABLE typed (c char(6), v varchar(20), x text, s smallint, "
                       "i integer, b bigint, n numeric(10,2), r real, d double precision, "
                       "dt timestamp(0), ts timestamp(6), dd date);\n"
                       "INSERT INTO typed VALUES ('abcabc', 'abcabc', 'abcabc', 2, 2, 2, 2.50, "
                       "2.5, 2.5, '2024-01-31 10:00:00', '2024-01-31 10:00:00.5', '2024-01-31');",
                       out) == 0);
  struct Call {
    const char* expr;
    const char* expected;
  };
  const Call calls[] = {
      {"barge_compat.instr(c, 'c', s, s)", "6"},
      {"barge_compat.instr(v, 'c', i, b)", "6"},
      {"barge_compat.instr(x, 'c', n)", "3"},
      {"barge_compat.substr(c, s, b)", "bc"},
      {"barge_compat.substr(v, n)", "bcabc"},
      {"barge_compat.lpad(v, i + 6, 'x')", "xxabcabc"},
      {"barge_compat.replace(c, 'b')", "acac"},
      {"barge_compat.translate(v, 'abc', 'xyz')", "xyzxyz"},
      {"barge_compat.add_months(dt, s)", "2024-03-31 10:00:00"},
      {"barge_compat.add_months(ts, n)", "2024-03-31 10:00:00.5"},
      {"barge_compat.add_months(dd, i)", "2024-03-31 00:00:00"},
      {"barge_compat.months_between(dt, dd)", "0"},
      {"barge_compat.last_day(dd)", "2024-01-31 00:00:00"},
      {"barge_compat.next_day(dt, 'MON')", "2024-02-05 10:00:00"},
      {"barge_compat.trunc(ts, 'MM')", "2024-01-01 00:00:00"},
      {"barge_compat.round(dd)", "2024-01-31 00:00:00"},
      {"barge_compat.regexp_count(c, 'b', s)", "2"},
      {"barge_compat.regexp_instr(v, 'c', i, b)", "6"},
      {"barge_compat.regexp_substr(x, '[a-z]+', n)", "bcabc"},
      {"barge_compat.regexp_replace(c, 'b', 'B', s, b)", "abcaBc"},
      {"barge_compat.regexp_like(v, '^A', 'i')", "true"},
      {"barge_compat.bitand(s, b)", "2"},
      {"barge_compat.bitand(n, i)", "2"},
      {"barge_compat.nanvl(r, d)", "2.5"},
      {"barge_compat.nanvl(n, 0)", "2.50"},
      {"barge_compat.mod(i, s)", "0"},
      {"barge_compat.remainder(n, s)", "0.50"},
      {"barge_compat.remainder_float(r, d)", "0"},
      {"barge_compat.greatest(s, i, b, n)", "2.50"},
      {"barge_compat.least(dt, dd)", "2024-01-31 00:00:00"},
      {"barge_compat.to_char(n)", "2.5"},
      {"barge_compat.to_char(b)", "2"},
  };
  for (const auto& c : calls) {
    auto v = test::pgEval(kDb, std::string("(SELECT ") + c.expr + " FROM typed)");
    INFO(c.expr);
    INFO(v.error);
    CHECK(v.ok);
    CHECK(v.text == c.expected);
  }
}
