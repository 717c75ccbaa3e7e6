// Oracle format models -> PostgreSQL templates, as a table of elements (Oracle SQL Language
// Reference, "Datetime Format Elements" / "Number Format Elements").
#include "converter/rules/oracle_pg_format_models.h"

#include <algorithm>
#include <cctype>

namespace barge::converter {

namespace {

// How one element is written in PostgreSQL for one use. `pg == nullptr`: no equivalent, `note`
// says why; otherwise a non-empty `note` is a behaviour difference to flag.
struct Treatment {
  const char* pg;
  const char* note;
};

enum class TextCase { None, Cased };  // Cased: MONTH/Month/month pick the text's case

struct DatetimeElement {
  const char* name;  // upper case, as Oracle spells it
  TextCase textCase;
  Treatment print;
  Treatment parse;
};

constexpr const char* kYearFill =
    "Oracle takes the missing leading digits from the current year; PostgreSQL picks the year "
    "nearest 2020 (YY 70-99 is 1970-1999)";
constexpr const char* kSignedYear =
    "for BC years Oracle prints a minus sign; PostgreSQL prints the year without it";
constexpr const char* kNls =
    "depends on NLS_DATE_FORMAT / NLS_TERRITORY; there is no fixed PostgreSQL pattern";

// clang-format off
const DatetimeElement kDatetimeElements[] = {
    {"SYYYY", TextCase::None, {"YYYY", kSignedYear}, {"YYYY", kSignedYear}},
    {"SYEAR", TextCase::None, {nullptr, "the year spelled out has no PostgreSQL pattern"},
                              {nullptr, "the year spelled out has no PostgreSQL pattern"}},
    {"YEAR", TextCase::None, {nullptr, "the year spelled out has no PostgreSQL pattern"},
                             {nullptr, "the year spelled out has no PostgreSQL pattern"}},
    {"Y,YYY", TextCase::None, {"Y,YYY", ""}, {"Y,YYY", ""}},
    {"YYYY", TextCase::None, {"YYYY", ""}, {"YYYY", ""}},
    {"YYY", TextCase::None, {"YYY", ""}, {"YYY", kYearFill}},
    {"YY", TextCase::None, {"YY", ""}, {"YY", ""}},  // read: yearRule YY
    {"Y", TextCase::None, {"Y", ""}, {"Y", kYearFill}},
    {"RRRR", TextCase::None, {"YYYY", ""}, {"YYYY", ""}},  // read: yearRule RR
    {"RR", TextCase::None, {"YY", ""}, {"YY", ""}},        // read: yearRule RR
    {"IYYY", TextCase::None, {"IYYY", ""}, {"IYYY", ""}},
    {"IYY", TextCase::None, {"IYY", ""}, {"IYY", ""}},
    {"IY", TextCase::None, {"IY", ""}, {"IY", ""}},
    {"I", TextCase::None, {"I", ""}, {"I", ""}},
    {"Q", TextCase::None, {"Q", ""}, {"Q", ""}},
    {"MONTH", TextCase::Cased, {"MONTH", ""}, {"MONTH", ""}},
    {"MON", TextCase::Cased, {"MON", ""}, {"MON", ""}},
    {"MM", TextCase::None, {"MM", ""}, {"MM", ""}},
    {"RM", TextCase::Cased, {"RM", ""}, {"RM", ""}},
    {"WW", TextCase::None, {"WW", ""}, {"WW", ""}},
    {"IW", TextCase::None, {"IW", ""}, {"IW", ""}},
    {"W", TextCase::None, {"W", ""}, {"W", ""}},
    {"DDD", TextCase::None, {"DDD", ""}, {"DDD", ""}},
    {"DD", TextCase::None, {"DD", ""}, {"DD", ""}},
    {"DAY", TextCase::Cased, {"DAY", ""}, {"DAY", ""}},
    {"DY", TextCase::Cased, {"DY", ""}, {"DY", ""}},
    {"DL", TextCase::None, {nullptr, kNls}, {nullptr, kNls}},
    {"DS", TextCase::None, {nullptr, kNls}, {nullptr, kNls}},
    {"TS", TextCase::None, {nullptr, kNls}, {nullptr, kNls}},
    {"D", TextCase::None,
     {"D", "Oracle numbers weekdays by NLS_TERRITORY (Monday is 1 outside America); PostgreSQL's "
           "D has Sunday = 1 (ID has Monday = 1)"},
     {"D", "Oracle numbers weekdays by NLS_TERRITORY (Monday is 1 outside America); PostgreSQL's "
           "D has Sunday = 1 (ID has Monday = 1)"}},
    {"J", TextCase::None, {"J", ""}, {"J", ""}},
    {"HH24", TextCase::None, {"HH24", ""}, {"HH24", ""}},
    {"HH12", TextCase::None, {"HH12", ""}, {"HH12", ""}},
    {"HH", TextCase::None, {"HH12", ""}, {"HH12", ""}},
    {"MI", TextCase::None, {"MI", ""}, {"MI", ""}},
    {"SSSSS", TextCase::None, {"SSSSS", ""}, {"SSSSS", ""}},
    {"SS", TextCase::None, {"SS", ""}, {"SS", ""}},
    {"FF1", TextCase::None, {"FF1", ""}, {"FF1", ""}},
    {"FF2", TextCase::None, {"FF2", ""}, {"FF2", ""}},
    {"FF3", TextCase::None, {"FF3", ""}, {"FF3", ""}},
    {"FF4", TextCase::None, {"FF4", ""}, {"FF4", ""}},
    {"FF5", TextCase::None, {"FF5", ""}, {"FF5", ""}},
    {"FF6", TextCase::None, {"FF6", ""}, {"FF6", ""}},
    {"FF7", TextCase::None, {"US\"0\"", "PostgreSQL keeps microseconds: the 7th digit is 0"},
     {nullptr, "PostgreSQL reads at most 6 fractional digits"}},
    {"FF8", TextCase::None, {"US\"00\"", "PostgreSQL keeps microseconds: digits 7-8 are 0"},
     {nullptr, "PostgreSQL reads at most 6 fractional digits"}},
    {"FF9", TextCase::None, {"US\"000\"", "PostgreSQL keeps microseconds: digits 7-9 are 0"},
     {nullptr, "PostgreSQL reads at most 6 fractional digits"}},
    {"FF", TextCase::None,
     {"US", "Oracle prints the value's own fractional precision (3 digits for TIMESTAMP(3)); US "
            "always prints 6"},
     {"US", "Oracle reads up to 9 fractional digits; US reads up to 6"}},
    {"A.M.", TextCase::Cased, {"A.M.", ""}, {"A.M.", ""}},
    {"P.M.", TextCase::Cased, {"P.M.", ""}, {"P.M.", ""}},
    {"AM", TextCase::Cased, {"AM", ""}, {"AM", ""}},
    {"PM", TextCase::Cased, {"PM", ""}, {"PM", ""}},
    {"A.D.", TextCase::Cased, {"A.D.", ""}, {"A.D.", ""}},
    {"B.C.", TextCase::Cased, {"B.C.", ""}, {"B.C.", ""}},
    {"AD", TextCase::Cased, {"AD", ""}, {"AD", ""}},
    {"BC", TextCase::Cased, {"BC", ""}, {"BC", ""}},
    {"SCC", TextCase::None, {"CC", kSignedYear}, {"CC", kSignedYear}},
    {"CC", TextCase::None, {"CC", ""}, {"CC", ""}},
    {"TZH", TextCase::None, {"TZH", ""}, {"TZH", ""}},
    {"TZM", TextCase::None, {"TZM", ""}, {"TZM", ""}},
    {"TZR", TextCase::None,
     {"TZ", "PostgreSQL prints the zone abbreviation (CET), not the region (Europe/Paris)"},
     {nullptr, "PostgreSQL cannot read a time-zone region name"}},
    {"TZD", TextCase::None, {"TZ", ""},
     {nullptr, "PostgreSQL cannot read a time-zone abbreviation"}},
    {"EE", TextCase::None, {nullptr, "era names (Japanese, ROC, Thai calendars)"},
     {nullptr, "era names (Japanese, ROC, Thai calendars)"}},
    {"E", TextCase::None, {nullptr, "era names (Japanese, ROC, Thai calendars)"},
     {nullptr, "era names (Japanese, ROC, Thai calendars)"}},
    {"X", TextCase::None,
     {".", "Oracle prints the NLS radix character; the PostgreSQL template has '.'"},
     {".", "Oracle reads the NLS radix character; the PostgreSQL template has '.'"}},
};
// clang-format on

bool startsWithNoCase(std::string_view s, size_t at, std::string_view word) {
  if (s.size() - at < word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i)
    if (std::toupper(static_cast<unsigned char>(s[at + i])) != word[i]) return false;
  return true;
}

bool isLower(char c) {
  return std::islower(static_cast<unsigned char>(c)) != 0;
}
bool isUpper(char c) {
  return std::isupper(static_cast<unsigned char>(c)) != 0;
}

// Oracle: a lower-case first letter gives lower-case text; an upper-case first and second
// letter give upper case; otherwise capitalised.
enum class Spelling { Upper, Capitalised, Lower };
Spelling spellingOf(std::string_view written) {
  std::string letters;
  for (char c : written)
    if (std::isalpha(static_cast<unsigned char>(c))) letters.push_back(c);
  if (letters.empty() || isLower(letters[0])) return Spelling::Lower;
  if (letters.size() < 2 || isUpper(letters[1])) return Spelling::Upper;
  return Spelling::Capitalised;
}

std::string spelled(std::string_view pgUpper, Spelling s) {
  std::string out(pgUpper);
  if (s == Spelling::Upper) return out;
  bool first = true;
  for (char& c : out) {
    if (!std::isalpha(static_cast<unsigned char>(c))) continue;
    if (!(first && s == Spelling::Capitalised))
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    first = false;
  }
  return out;
}

// PostgreSQL has Month/Mon/Day/Dy but only upper and lower forms of the others.
bool hasCapitalisedForm(std::string_view pg) {
  return pg == "MONTH" || pg == "MON" || pg == "DAY" || pg == "DY";
}

bool isPunctuation(char c) {
  return c == '-' || c == '/' || c == ',' || c == '.' || c == ';' || c == ':' || c == ' ' ||
         c == '\t' || c == '\n';
}

// Quoted text for a PostgreSQL template: a backslash escapes there.
std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '\\' || c == '"') out.push_back('\\');
    out.push_back(c);
  }
  return out + "\"";
}

// Two Oracle elements written side by side that PostgreSQL would read as one of its own: I + D...
// (ID, IDDD: ISO weekday / day of year) and SS + SS... (SSSS: seconds past midnight).
bool mergesInPg(std::string_view before, std::string_view next) {
  return (before == "I" && next.starts_with("D")) || (before == "SS" && next.starts_with("SS"));
}

const DatetimeElement* matchDatetime(std::string_view model, size_t at) {
  const DatetimeElement* best = nullptr;
  size_t bestLen = 0;
  for (const auto& e : kDatetimeElements) {
    std::string_view name = e.name;
    if (name.size() > bestLen && startsWithNoCase(model, at, name)) {
      best = &e;
      bestLen = name.size();
    }
  }
  return best;
}

}  // namespace

FormatModelMapping mapOracleDatetimeFormat(std::string_view model, FormatUse use) {
  FormatModelMapping m;
  bool fill = false;       // FM in force
  bool exact = false;      // FX seen
  bool anyOutput = false;  // something before an FX
  bool hasYear = false, hasMonth = false;
  const char* yearRule = nullptr;  // RR/RRRR/YY read: "RR" or "YY"
  std::string probe;               // m.pg with YYYY in place of RR/RRRR/YY
  std::string lastPg;              // the element just written, while nothing else followed it
  size_t i = 0;
  while (i < model.size()) {
    char c = model[i];
    if (c == '"') {
      size_t close = model.find('"', i + 1);
      if (close == std::string_view::npos) {
        m.unsupported.push_back({std::string(model.substr(i)), i, "unterminated quoted text"});
        break;
      }
      m.pg += quoted(model.substr(i + 1, close - i - 1));
      probe += quoted(model.substr(i + 1, close - i - 1));
      lastPg.clear();
      anyOutput = true;
      i = close + 1;
      continue;
    }
    if (isPunctuation(c)) {
      m.pg.push_back(c);
      probe.push_back(c);
      lastPg.clear();
      anyOutput = true;
      ++i;
      continue;
    }
    if (startsWithNoCase(model, i, "FM")) {
      fill = !fill;  // Oracle: each FM toggles fill mode for the rest of the model
      i += 2;
      continue;
    }
    if (startsWithNoCase(model, i, "FX")) {
      if (use == FormatUse::Parse) {
        if (exact || anyOutput)
          m.differences.push_back(
              {"FX", i, "PostgreSQL's FX applies to the whole template, Oracle's from here on"});
        exact = true;
      }
      i += 2;
      continue;
    }
    const DatetimeElement* e = matchDatetime(model, i);
    if (!e) {
      m.unsupported.push_back({std::string(1, c), i, "not an Oracle datetime format element"});
      ++i;
      continue;
    }
    size_t len = std::string_view(e->name).size();
    std::string written(model.substr(i, len));
    const Treatment& t = use == FormatUse::Print ? e->print : e->parse;
    std::string_view name = e->name;
    size_t at = i;
    i += len;
    // Suffixes on numeric elements: TH (ordinal) and SP (spelled).
    std::string suffix;
    if (e->textCase == TextCase::None) {
      size_t spelledLen = startsWithNoCase(model, i, "SPTH") || startsWithNoCase(model, i, "THSP")
                              ? 4
                          : startsWithNoCase(model, i, "SP") ? 2
                                                             : 0;
      if (spelledLen) {
        m.unsupported.push_back({written + std::string(model.substr(i, spelledLen)), at,
                                 "spelled-out numbers (SP) have no PostgreSQL pattern"});
        i += spelledLen;
        continue;
      }
      if (startsWithNoCase(model, i, "TH")) {
        suffix = isLower(model[i]) ? "th" : "TH";
        i += 2;
      }
    }
    static constexpr std::string_view kYearElements[] = {
        "SYYYY", "Y,YYY", "YYYY", "YYY", "YY", "Y", "RRRR", "RR", "IYYY", "IYY", "IY", "I", "J"};
    static constexpr std::string_view kMonthElements[] = {"MM", "MON", "MONTH", "RM", "DDD", "J"};
    if (std::find(std::begin(kYearElements), std::end(kYearElements), name) !=
        std::end(kYearElements))
      hasYear = true;
    if (std::find(std::begin(kMonthElements), std::end(kMonthElements), name) !=
        std::end(kMonthElements))
      hasMonth = true;
    if (!t.pg) {
      m.unsupported.push_back({written, at, t.note});
      continue;
    }
    if (*t.note) m.differences.push_back({written, at, t.note});
    std::string pg = t.pg;
    if (e->textCase == TextCase::Cased) {
      Spelling s = spellingOf(written);
      if (s == Spelling::Capitalised && !hasCapitalisedForm(pg)) {
        m.differences.push_back(
            {written, at, "PostgreSQL has no capitalised form of this element: upper case"});
        s = Spelling::Upper;
      }
      pg = spelled(pg, s);
    }
    if (fill) {
      m.pg += "FM";
      probe += "FM";
    } else if (mergesInPg(lastPg, pg)) {
      m.pg += "\"\"";  // an empty literal keeps PostgreSQL from reading "I"+"D" as ID
      probe += "\"\"";
    }
    lastPg = pg;
    m.pg += pg + suffix;
    // The probe reads the year with four digits, so that a two-digit input shows as year < 100.
    bool twoDigit = use == FormatUse::Parse && (name == "RR" || name == "RRRR" || name == "YY");
    probe += (twoDigit ? std::string("YYYY") : pg) + suffix;
    if (twoDigit && !yearRule) yearRule = name == "YY" ? "YY" : "RR";
    anyOutput = true;
  }
  if (exact) {
    m.pg = "FX" + m.pg;
    probe = "FX" + probe;
  }
  if (yearRule) {
    m.yearProbe = probe;
    m.yearRule = yearRule;
  }
  if (use == FormatUse::Parse) {
    // Oracle fills what the model does not read with the current year and month.
    m.fillYear = !hasYear;
    m.fillMonth = !hasMonth;
  }
  return m;
}

namespace {

struct NumberElement {
  const char* name;
  Treatment print;
  Treatment parse;
};

constexpr const char* kNlsNumeric =
    "Oracle takes the character from NLS_NUMERIC_CHARACTERS, PostgreSQL from lc_numeric";
constexpr const char* kFloatingCurrency =
    "Oracle puts the currency sign right before the first digit; PostgreSQL prints it where it "
    "stands (and L is lc_monetary's symbol)";

// clang-format off
const NumberElement kNumberElements[] = {
    {"EEEE", {"EEEE", ""}, {"EEEE", ""}},
    {"TME", {nullptr, "text-minimum scientific notation has no PostgreSQL pattern"},
            {nullptr, "text-minimum scientific notation has no PostgreSQL pattern"}},
    {"TM9", {nullptr, "text minimum: use barge_compat.to_char(n)"},
            {nullptr, "text minimum: read with a plain cast to numeric"}},
    {"TM", {nullptr, "text minimum: use barge_compat.to_char(n)"},
           {nullptr, "text minimum: read with a plain cast to numeric"}},
    {"RN", {"RN", ""}, {"RN", ""}},
    {"MI", {"MI", ""}, {"MI", ""}},
    {"PR", {"PR", ""}, {"PR", ""}},
    {"9", {"9", ""}, {"9", ""}},
    {"0", {"0", ""}, {"0", ""}},
    {",", {",", ""}, {",", ""}},
    {".", {".", ""}, {".", ""}},
    {"D", {"D", kNlsNumeric}, {"D", kNlsNumeric}},
    {"G", {"G", kNlsNumeric}, {"G", kNlsNumeric}},
    {"S", {"S", ""}, {"S", ""}},
    {"V", {"V", ""}, {"V", ""}},
    {"$", {nullptr, kFloatingCurrency}, {nullptr, kFloatingCurrency}},
    {"L", {nullptr, kFloatingCurrency}, {nullptr, kFloatingCurrency}},
    {"C", {nullptr, "the ISO currency symbol (NLS_ISO_CURRENCY) has no PostgreSQL pattern"},
          {nullptr, "the ISO currency symbol (NLS_ISO_CURRENCY) has no PostgreSQL pattern"}},
    {"U", {nullptr, "the dual currency symbol (NLS_DUAL_CURRENCY) has no PostgreSQL pattern"},
          {nullptr, "the dual currency symbol (NLS_DUAL_CURRENCY) has no PostgreSQL pattern"}},
    {"B", {nullptr, "blanks for a zero value: no PostgreSQL pattern (CASE WHEN n = 0 ...)"},
          {nullptr, "blanks for a zero value: no PostgreSQL pattern"}},
    {"X", {nullptr, "hexadecimal: no PostgreSQL template pattern (to_hex(n))"},
          {nullptr, "hexadecimal: no PostgreSQL template pattern"}},
};
// clang-format on

}  // namespace

FormatModelMapping mapOracleNumberFormat(std::string_view model, FormatUse use) {
  FormatModelMapping m;
  bool fill = false;
  size_t scientificAt = std::string_view::npos;  // where EEEE is
  size_t i = 0;
  while (i < model.size()) {
    if (startsWithNoCase(model, i, "FM")) {
      fill = true;  // PostgreSQL's FM covers the whole number, as Oracle's does
      i += 2;
      continue;
    }
    const NumberElement* best = nullptr;
    size_t bestLen = 0;
    for (const auto& e : kNumberElements) {
      std::string_view name = e.name;
      if (name.size() > bestLen && startsWithNoCase(model, i, name)) {
        best = &e;
        bestLen = name.size();
      }
    }
    if (!best) {
      m.unsupported.push_back({std::string(1, model[i]), i, "not an Oracle number format element"});
      ++i;
      continue;
    }
    std::string written(model.substr(i, bestLen));
    const Treatment& t = use == FormatUse::Print ? best->print : best->parse;
    if (!t.pg) {
      m.unsupported.push_back({written, i, t.note});
    } else {
      if (*t.note) m.differences.push_back({written, i, t.note});
      std::string pg = t.pg;
      if (pg == "RN" && isLower(written[0])) pg = "rn";
      if (pg == "EEEE") scientificAt = i;
      if (pg == "EEEE" && use == FormatUse::Print) m.upperResult = true;  // PostgreSQL: 1.2e+03
      m.pg += pg;
    }
    i += bestLen;
  }
  bool scientific = scientificAt != std::string_view::npos;
  if (fill) {
    // PostgreSQL rejects FM next to EEEE; trimming the result gives what Oracle's FM does there.
    if (scientific && use == FormatUse::Print)
      m.trimResult = true;
    else
      m.pg = "FM" + m.pg;
  } else if (scientific && use == FormatUse::Print) {
    m.differences.push_back({std::string(model.substr(scientificAt, 4)), scientificAt,
                             "the leading blanks of scientific notation may differ from "
                             "Oracle's (one blank for the sign in PostgreSQL); FM avoids it"});
  }
  return m;
}

}  // namespace barge::converter
