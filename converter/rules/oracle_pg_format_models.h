#pragma once
// Oracle format models (TO_CHAR, TO_DATE, TO_TIMESTAMP, TO_NUMBER) -> PostgreSQL template
// patterns (Oracle SQL Language Reference, "Format Models"; PostgreSQL "Data Type Formatting
// Functions"). Pure text mapping: the caller decides what to do with what has no equivalent
// (a barge_compat call, or an action item).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace barge::converter {

// The same model means different things when printing and when reading (RR, FF9, FX ...).
enum class FormatUse {
  Print,  // TO_CHAR(datetime|number, fmt)
  Parse,  // TO_DATE / TO_TIMESTAMP / TO_TIMESTAMP_TZ / TO_NUMBER(text, fmt)
};

struct FormatElementIssue {
  std::string element;  // as written in the Oracle model: "FF9", "RR", "$", "\"text\""
  size_t offset = 0;    // 0-based position in the model
  std::string note;     // why, in a sentence
};

struct FormatModelMapping {
  std::string pg;  // the PostgreSQL template; use it only when `unsupported` is empty
  std::vector<FormatElementIssue> unsupported;  // no PostgreSQL equivalent
  std::vector<FormatElementIssue> differences;  // converted, with a known behaviour difference
  // How the caller wraps PostgreSQL's to_char(...) result: upper() (EEEE prints "1.2e+02"),
  // btrim() (PostgreSQL refuses FM together with EEEE). Both: upper(btrim(...)).
  bool upperResult = false;
  bool trimResult = false;
  // Parse only; what barge_compat.to_timestamp_oracle needs besides `pg`:
  std::string yearRule;    // "RR" (RR, RRRR) or "YY": the century of a two-digit year; or ""
  std::string yearProbe;   // with yearRule: `pg` with YYYY in place of RR/RRRR/YY
  bool fillYear = false;   // the model reads no year: Oracle takes the current one
  bool fillMonth = false;  // the model reads no month: Oracle takes the current one
  bool ok() const { return unsupported.empty(); }
  // Reading needs barge_compat.to_timestamp_oracle(text, pg, yearProbe | NULL, yearRule | NULL,
  // fillYear, fillMonth); otherwise barge_compat.to_timestamp(text, pg) reads it.
  bool needsOracleReader() const { return !yearRule.empty() || fillYear || fillMonth; }
};

// Datetime models. Reading goes through barge_compat.to_timestamp(text, pg), or
// barge_compat.to_timestamp_oracle when needsOracleReader(), never to_timestamp(text,
// pg)::timestamp, which moves a wall-clock time inside a daylight-saving gap of the session's
// TimeZone (Oracle DATE has no time zone; TO_TIMESTAMP_TZ, whose result has one, stays
// to_timestamp(text, pg)). Elements are case-insensitive except that the case of MONTH, MON,
// DAY, DY, AM/PM, AD/BC and RM picks the case of the text (Oracle: "Month" -> "January"). FM
// toggles fill mode for every later element (PostgreSQL's FM covers only the next one, so it is
// repeated); "quoted text" and the punctuation - / , . ; : and blanks pass through.
FormatModelMapping mapOracleDatetimeFormat(std::string_view model, FormatUse use);

// Number models: 9 0 . , D G S MI PR EEEE V RN FM, and B C L U X $ TM (flagged or
// unsupported). Known, unflagged: a value too wide for the model prints all '#' in Oracle,
// while PostgreSQL keeps the punctuation (' ##.##').
FormatModelMapping mapOracleNumberFormat(std::string_view model, FormatUse use);

}  // namespace barge::converter
