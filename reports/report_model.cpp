#include "reports/report_model.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <ctime>
#include <map>
#include <set>

#include "reports/source_text.h"

namespace barge::reports {

int severityRank(const std::string& name) {
  static const char* order[] = {"info", "low", "medium", "high", "critical"};
  for (int i = 0; i < 5; ++i)
    if (name == order[i]) return i;
  return -1;
}

namespace {
// Hours per effort bucket (simple < 2 h, medium 2-6 h, significant > 6 h).
double bucketHours(converter::Effort e) {
  switch (e) {
    case converter::Effort::None:
      return 0;
    case converter::Effort::Simple:
      return 1;
    case converter::Effort::Medium:
      return 4;
    case converter::Effort::Significant:
      return 12;
  }
  return 0;
}

std::string nowUtc() {
  std::time_t t = std::time(nullptr);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S UTC", std::gmtime(&t));
  return buf;
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The schema a source name is qualified with ("" when it is not): `SHOP.CUSTOMERS`, `"Shop".x`.
std::string qualifier(const std::string& name) {
  if (name.find('/') != std::string::npos) return "";  // a file (script data), not a name
  bool quoted = false;
  size_t lastDot = std::string::npos;
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (c == '"' || c == '`') quoted = !quoted;
    if (c == '.' && !quoted) lastDot = i;
  }
  if (lastDot == std::string::npos) return "";
  std::string q = name.substr(0, lastDot);
  if (size_t d = q.rfind('.'); d != std::string::npos) q = q.substr(d + 1);  // db.schema.name
  if (q.size() >= 2 && (q.front() == '"' || q.front() == '`')) q = q.substr(1, q.size() - 2);
  return q;
}

// Where, in the object's source, the identifier PostgreSQL complains about is written.
bool findInSource(SourceTexts& texts, const converter::SourceObject& o, const std::string& message,
                  uint32_t& line, uint32_t& column) {
  const auto* v = texts.lines(o.loc.fileName());
  if (!v || !o.loc.known()) return false;
  std::vector<std::string> names;
  for (size_t i = message.find('"'); i != std::string::npos; i = message.find('"', i + 1)) {
    size_t j = message.find('"', i + 1);
    if (j == std::string::npos) break;
    std::string n = lower(message.substr(i + 1, j - i - 1));
    if (size_t d = n.rfind('.'); d != std::string::npos) n = n.substr(d + 1);
    if (n.size() >= 2) names.push_back(n);
    i = j;
  }
  uint32_t last = std::min<uint32_t>(static_cast<uint32_t>(v->size()),
                                     o.loc.line + std::max<uint32_t>(o.lines, 1) - 1);
  // Column of `n` as a whole word in `text` (0 = absent).
  auto wordAt = [](const std::string& text, const std::string& n) -> size_t {
    for (size_t p = text.find(n); p != std::string::npos; p = text.find(n, p + 1)) {
      auto word = [&](size_t k) {
        return k < text.size() && (std::isalnum(static_cast<unsigned char>(text[k])) ||
                                   text[k] == '_' || text[k] == '$');
      };
      if ((p > 0 && word(p - 1)) || word(p + n.size())) continue;
      return p + 1;
    }
    return 0;
  };
  for (const auto& n : names) {
    for (uint32_t l = o.loc.line; l <= last; ++l) {
      if (size_t c = wordAt(lower((*v)[l - 1]), n)) {
        line = l;
        column = static_cast<uint32_t>(c);
        return true;
      }
    }
  }
  // ALTER TABLE ... statements merged into the object live further down the file: a later line
  // naming both the object and the identifier.
  std::string self = lower(o.pgName);
  if (self.empty()) return false;
  uint32_t end = std::min<uint32_t>(static_cast<uint32_t>(v->size()), last + 5000);
  for (const auto& n : names) {
    if (n == self) continue;
    for (uint32_t l = last + 1; l <= end; ++l) {
      std::string text = lower((*v)[l - 1]);
      size_t c = wordAt(text, n);
      if (c && wordAt(text, self)) {
        line = l;
        column = static_cast<uint32_t>(c);
        return true;
      }
    }
  }
  return false;
}

// A rejected object with nothing high or critical on it gets its own action item.
void addRejections(converter::ConversionResult& conv, const verify::VerifyResult& vr,
                   SourceTexts& texts, std::vector<std::pair<uint32_t, uint32_t>>& mapped) {
  mapped.assign(conv.objects.size(), {0, 0});
  for (size_t i = 0; i < conv.objects.size() && i < vr.objects.size(); ++i) {
    auto& o = conv.objects[i];
    const auto& r = vr.objects[i];
    if (r.status != verify::Status::Failed && r.status != verify::Status::Skipped) continue;
    uint32_t line = 0, column = 0;
    if (findInSource(texts, o, r.error, line, column)) mapped[i] = {line, column};
    if (r.status == verify::Status::Skipped) continue;
    bool serious = false;
    for (size_t a : o.actions) {
      const auto* def = converter::findAction(conv.actions[a].code);
      serious = serious || (def && def->severity >= converter::ActionSeverity::High);
    }
    if (serious) continue;
    converter::ActionItem a;
    a.code = "BRG-5001";
    a.loc = o.loc;
    if (line) {
      a.loc.line = line;
      a.loc.column = column;
    }
    a.objectKind = o.kind;
    a.objectName = o.name;
    a.message =
        "PostgreSQL " + vr.serverVersion + " refused it: " + r.error +
        (r.sqlState.empty() ? "" : " (SQLSTATE " + r.sqlState + ")") +
        (r.statementLine
             ? ", at line " + std::to_string(r.statementLine) +
                   (r.statementColumn ? " column " + std::to_string(r.statementColumn) : "") +
                   " of the generated statement"
             : "");
    a.targetText = r.statement.size() > 300 ? r.statement.substr(0, 300) + " ..." : r.statement;
    conv.actions.push_back(std::move(a));
    o.actions.push_back(conv.actions.size() - 1);
  }
}

std::string firstSentence(const std::string& s) {
  size_t p = s.find(". ");
  return p == std::string::npos ? s : s.substr(0, p + 1);
}

std::string plural(size_t n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

void collectSkipped(ReportModel& m, const std::vector<const ir::Script*>& scripts,
                    SourceTexts& texts, const std::string& root) {
  // Parse errors first: they are work; client commands and out-of-scope statements are not.
  for (int pass = 0; pass < 2; ++pass) {
    for (const auto* sc : scripts) {
      for (const auto& sp : sc->statements) {
        const ir::Stmt& s = *sp;
        SkippedStatement k;
        if (pass == 0 && s.kind == ir::StmtKind::Unparsed) {
          k.kind = "parse error";
          k.message = s.as<ir::UnparsedStmt>().message;
        } else if (pass == 1 && s.kind == ir::StmtKind::OutOfScope) {
          k.kind = "out of scope";
          k.message = s.as<ir::OutOfScopeStmt>().what + " is recreated by the DBA";
        } else if (pass == 1 && s.kind == ir::StmtKind::ScriptCommand) {
          k.kind = "client command";
          k.message = s.as<ir::ScriptCommandStmt>().command + " (client command, not SQL)";
        } else {
          continue;
        }
        if (m.skipped.size() >= kMaxSkippedShown) {
          ++m.skippedOmitted;
          continue;
        }
        k.file = relativeTo(root, s.loc.fileName());
        k.line = s.loc.line;
        k.column = s.loc.column;
        k.message = toUtf8(k.message);
        k.excerpt = texts.excerpt(s.loc.fileName(), s.loc.line, s.loc.column,
                                  k.kind == "parse error" ? 2 : 0, k.kind == "parse error" ? 2 : 0);
        m.skipped.push_back(std::move(k));
      }
    }
  }
}
}  // namespace

ReportModel buildReport(converter::ConversionResult& conv, const parser::ParseStats& parse,
                        const std::vector<std::string>& inputs, const std::string& source,
                        const ReportInputs& extra) {
  ReportModel m;
  m.tool = std::string("barge ") + BARGE_VERSION;
  m.generatedAt = nowUtc();
  m.dialect = parser::dialectName(conv.from);
  m.source = source;
  m.parse = parse;
  m.database = extra.database;
  m.inputRoot = commonRoot(inputs);
  for (const auto& in : inputs) m.inputs.push_back(relativeTo(m.inputRoot, in));
  SourceTexts texts;

  std::vector<std::pair<uint32_t, uint32_t>> mapped;
  if (extra.verify) {
    addRejections(conv, *extra.verify, texts, mapped);
    m.verify.ran = true;
    m.verify.target = extra.verify->target;
    m.verify.scratch = extra.verify->scratch;
    m.verify.serverVersion = extra.verify->serverVersion;
    m.verify.plpgsqlCheck = extra.verify->plpgsqlCheck;
  }

  // Objects (SCHEMA is bookkeeping, not a source object).
  std::vector<long> objectIndex(conv.objects.size(), -1);
  std::vector<long> actionObject(conv.actions.size(), -1);
  std::map<std::string, SummaryRow> rows;
  for (size_t i = 0; i < conv.objects.size(); ++i) {
    const auto& o = conv.objects[i];
    if (o.kind == "SCHEMA") continue;
    ReportObject r;
    r.kind = o.kind;
    r.name = relativeTo(m.inputRoot, toUtf8(o.name));  // script-data objects are named by file
    r.schema = o.schema;
    r.pgName = toUtf8(o.pgName);
    r.file = relativeTo(m.inputRoot, o.loc.fileName());
    r.line = o.loc.line;
    r.lines = o.lines;
    r.actionCount = o.actions.size();
    r.sourceSchema = qualifier(o.name);
    if (r.sourceSchema.empty()) r.sourceSchema = o.schema;
    r.database = m.dialect == "mysql" ? r.sourceSchema : m.database;
    converter::Effort worst = converter::Effort::None;
    int worstSeverity = -1;
    std::set<std::string> codes;
    for (size_t a : o.actions) {
      codes.insert(conv.actions[a].code);
      if (const auto* def = converter::findAction(conv.actions[a].code)) {
        worst = std::max(worst, def->effort);
        worstSeverity = std::max(worstSeverity, static_cast<int>(def->severity));
      }
    }
    r.codes.assign(codes.begin(), codes.end());
    r.severity =
        worstSeverity < 0
            ? ""
            : converter::severityName(static_cast<converter::ActionSeverity>(worstSeverity));
    r.effort = converter::effortName(worst);
    r.hours = bucketHours(worst);
    // Unconverted code is sized by its length as well: ~50 lines an hour to rewrite and test.
    if (!o.converted) r.hours += o.lines / 50.0;
    r.status = !o.converted                       ? "not converted"
               : worst == converter::Effort::None ? "converted"
                                                  : "converted with actions";
    if (i < extra.objectFiles.size()) r.sqlFile = extra.objectFiles[i];
    if (!o.actions.empty() && !o.statements.empty()) {
      std::string sql = conv.objectScript(o);
      if (sql.size() > kMaxSqlShown) {
        size_t cut = sql.rfind('\n', kMaxSqlShown);
        sql = sql.substr(0, cut == std::string::npos ? kMaxSqlShown : cut);
        r.pgSqlTruncated = true;
      }
      r.pgSql = toUtf8(sql);
    }
    if (extra.verify && i < extra.verify->objects.size()) {
      const auto& v = extra.verify->objects[i];
      r.verify = verify::statusName(v.status);
      r.verifyError = toUtf8(v.error);
      if (!v.detail.empty()) r.verifyError += " - " + toUtf8(v.detail);
      r.verifyStatement =
          toUtf8(v.statement.size() > 2000 ? v.statement.substr(0, 2000) + " ..." : v.statement);
      r.verifyDependency = v.dependency;
      r.verifyStatementLine = v.statementLine;
      r.verifyStatementColumn = v.statementColumn;
      r.verifySourceLine = mapped[i].first;
      r.verifySourceColumn = mapped[i].second;
      r.plpgsqlChecked = v.checkedByPlpgsqlCheck;
      if (v.status == verify::Status::Failed || v.status == verify::Status::Skipped)
        r.verifyExcerpt =
            r.verifySourceLine
                ? texts.excerpt(o.loc.fileName(), r.verifySourceLine, r.verifySourceColumn, 2, 2)
                : texts.excerpt(o.loc.fileName(), o.loc.line, o.loc.column, 0, 4);
      switch (v.status) {
        case verify::Status::Deployed:
          ++m.verify.deployed;
          ++m.verifiedObjects;
          break;
        case verify::Status::Failed:
          ++m.verify.failed;
          break;
        case verify::Status::Skipped:
          ++m.verify.skipped;
          break;
        case verify::Status::NotDeployed:
          ++m.verify.notDeployed;
          break;
      }
    }
    m.estimatedHours += r.hours;
    SummaryRow& row = rows[o.kind];
    row.category = o.kind;
    ++row.objects;
    row.linesOfCode += o.lines;
    row.hours += r.hours;
    switch (worst) {
      case converter::Effort::None:
        (o.converted ? row.automatic : row.simple)++;
        r.complexity = o.converted ? "automatic" : "simple";
        break;
      case converter::Effort::Simple:
        ++row.simple;
        r.complexity = "simple";
        break;
      case converter::Effort::Medium:
        ++row.medium;
        r.complexity = "medium";
        break;
      case converter::Effort::Significant:
        ++row.complex;
        r.complexity = "complex";
        break;
    }
    if (r.complexity == "automatic") ++m.automaticObjects;
    objectIndex[i] = static_cast<long>(m.objects.size());
    for (size_t a : o.actions) actionObject[a] = objectIndex[i];
    m.objects.push_back(std::move(r));
  }

  // Actions, with their excerpt.
  std::map<std::string, uint32_t> occurrences;
  std::map<std::string, size_t> groupOf;
  std::map<std::string, std::set<long>> groupObjects;
  for (size_t i = 0; i < conv.actions.size(); ++i) {
    const auto& a = conv.actions[i];
    const converter::ActionDef* def = converter::findAction(a.code);
    ReportAction r;
    r.code = a.code;
    r.severity = def ? converter::severityName(def->severity) : "medium";
    r.effort = def ? converter::effortName(def->effort) : "medium";
    r.category = def ? std::string(def->category) : "";
    r.title = def ? std::string(def->title) : a.code;
    r.recommendation = def ? std::string(def->recommendation) : "";
    r.message = toUtf8(a.message);
    r.objectKind = a.objectKind;
    // File-level items (client commands) are named by their file: shown relative too.
    r.objectName = relativeTo(m.inputRoot, toUtf8(a.objectName));
    r.file = relativeTo(m.inputRoot, a.loc.fileName());
    r.line = a.loc.line;
    r.column = a.loc.column;
    r.sourceText = toUtf8(a.sourceText);
    r.targetText = toUtf8(a.targetText);
    r.occurrence = ++occurrences[a.code];
    r.object = actionObject[i];
    if (r.object >= 0) {
      r.schema = m.objects[r.object].sourceSchema;
      r.database = m.objects[r.object].database;
    } else if (a.objectName.find('/') == std::string::npos) {
      r.schema = qualifier(a.objectName);
      r.database = m.dialect == "mysql" ? r.schema : m.database;
    }
    auto [it, fresh] = groupOf.emplace(a.code, m.groups.size());
    if (fresh) {
      ActionGroup g;
      g.code = r.code;
      g.severity = r.severity;
      g.effort = r.effort;
      g.category = r.category;
      g.title = r.title;
      g.recommendation = r.recommendation;
      m.groups.push_back(std::move(g));
    }
    ActionGroup& g = m.groups[it->second];
    ++g.occurrences;
    if (g.actions.size() < kMaxOccurrencesShown) {
      r.excerpt = texts.excerpt(a.loc.fileName(), a.loc.line, a.loc.column);
      g.actions.push_back(m.actions.size());
    }
    groupObjects[a.code].insert(r.object >= 0 ? r.object : -1 - static_cast<long>(i));
    int sev = severityRank(r.severity);
    if (sev >= 0) ++m.actionsBySeverity[sev];
    m.actions.push_back(std::move(r));
  }
  for (auto& g : m.groups) {
    g.objects = groupObjects[g.code].size();
    const auto* def = converter::findAction(g.code);
    g.hours = def ? bucketHours(def->effort) * static_cast<double>(g.objects) : 0;
  }
  std::stable_sort(m.groups.begin(), m.groups.end(),
                   [](const ActionGroup& a, const ActionGroup& b) {
                     int ra = severityRank(a.severity), rb = severityRank(b.severity);
                     if (ra != rb) return ra > rb;
                     return a.occurrences > b.occurrences;
                   });

  // Statements that could not be parsed are work too.
  m.estimatedHours += static_cast<double>(parse.failed) * bucketHours(converter::Effort::Medium);
  for (auto& [k, v] : rows) m.summary.push_back(v);
  m.effortMethod =
      "Per object, the hours of its most demanding action item's bucket (simple 1 h, medium "
      "4 h, significant 12 h; SCT's buckets are < 2 h, 2-6 h, > 6 h), plus 1 h per 50 lines of "
      "code not converted, plus 4 h per statement that could not be parsed; 8 h a day.";
  collectSkipped(m, extra.scripts, texts, m.inputRoot);

  double days = m.estimatedHours / 8.0;
  bool anyAction = std::any_of(m.objects.begin(), m.objects.end(),
                               [](const ReportObject& o) { return o.status != "converted"; }) ||
                   parse.failed > 0 || m.verify.failed > 0;
  if (!anyAction) {
    m.migrationLevel = "A";
    m.migrationLevelText = "can be migrated automatically";
  } else if (days <= 5) {
    m.migrationLevel = "B";
    m.migrationLevelText = "needs code rewrite, up to 5 person-days";
  } else {
    m.migrationLevel = "C";
    m.migrationLevelText = "needs code rewrite, more than 5 person-days";
  }

  // Top risks, one sentence each: rejected objects and parse failures first, then the most
  // severe action codes.
  if (m.verify.failed)
    m.topRisks.push_back(plural(m.verify.failed, "object was", "objects were") +
                         " rejected by PostgreSQL " + m.verify.serverVersion + " when deployed" +
                         (m.verify.skipped ? " (" + plural(m.verify.skipped, "more", "more") +
                                                 " skipped because they depend on one)"
                                           : "") +
                         ": see BRG-5001 and the objects table.");
  if (parse.failed)
    m.topRisks.push_back(plural(parse.failed, "statement", "statements") +
                         " could not be parsed and are not converted at all.");
  for (const auto& g : m.groups) {
    if (m.topRisks.size() >= 5) break;
    if (severityRank(g.severity) < 2 || g.code == "BRG-5001" || g.code == "BRG-0001") continue;
    m.topRisks.push_back(g.title + " (" + g.code + ", " + g.severity +
                         "): " + plural(g.occurrences, "occurrence", "occurrences") + " in " +
                         plural(g.objects, "object", "objects") + ". " +
                         firstSentence(g.recommendation));
  }
  return m;
}

}  // namespace barge::reports
