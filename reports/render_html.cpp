#include <ctemplate/template.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <mutex>
#include <stdexcept>

#include "reports/render.h"
#include "reports/source_text.h"
#include "reports/svg_chart.h"

namespace barge::reports {

extern const char* const kReportTemplate;  // templates/report.html.tpl, embedded at build time

namespace {
// The page keeps every object's SQL once; beyond this many characters in all, occurrences
// name the object's file instead (a 40 MB source must still give a report under 10 MB).
constexpr size_t kSqlBudget = 2'500'000;

std::string fixed(double v, int digits) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}
std::string location(const std::string& file, uint32_t line, uint32_t column) {
  if (!line) return file;
  return file + ":" + std::to_string(line) + (column ? ":" + std::to_string(column) : "");
}
std::string percent(size_t part, size_t whole) {
  return whole ? fixed(100.0 * static_cast<double>(part) / static_cast<double>(whole), 0) : "0";
}
std::string classOf(std::string s) {
  for (auto& c : s)
    c = (std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(c)) : '-');
  return s;
}
std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Numbered lines, a caret under the column: plain text, escaped by the template.
std::string excerptText(const Excerpt& e) {
  if (!e.firstLine) return "(source not available)";
  std::string out;
  for (size_t i = 0; i < e.lines.size(); ++i) {
    uint32_t n = e.firstLine + static_cast<uint32_t>(i);
    char num[16];
    std::snprintf(num, sizeof num, "%6u | ", n);
    out += num + e.lines[i] + "\n";
    if (n == e.caretLine && e.caretColumn) {
      // Copy tabs so the caret lines up whatever the tab width; count characters, not bytes.
      std::string pad = "       | ";
      uint32_t chars = 0;
      for (size_t b = 0; b < e.lines[i].size() && chars + 1 < e.caretColumn; ++b) {
        unsigned char c = static_cast<unsigned char>(e.lines[i][b]);
        if ((c & 0xC0) == 0x80) continue;
        pad += c == '\t' ? '\t' : ' ';
        ++chars;
      }
      for (; chars + 1 < e.caretColumn; ++chars) pad += ' ';
      out += pad + "^\n";
    }
  }
  return out;
}

void fillSummary(ctemplate::TemplateDictionary& d, const ReportModel& m) {
  d.SetValue("TOOL", m.tool);
  d.SetValue("GENERATED_AT", m.generatedAt);
  d.SetValue("DIALECT", m.dialect == "oracle" ? "Oracle" : "MySQL / MariaDB");
  d.SetValue("SOURCE", m.source);
  d.SetValue("LEVEL", m.migrationLevel);
  d.SetValue("LEVEL_TEXT", m.migrationLevelText);
  d.SetValue("EFFORT_HOURS", fixed(m.estimatedHours, 1));
  d.SetValue("EFFORT_DAYS", fixed(m.estimatedHours / 8.0, 1));
  d.SetValue("EFFORT_METHOD", m.effortMethod);
  d.SetIntValue("AUTO_OBJECTS", static_cast<long>(m.automaticObjects));
  d.SetIntValue("TOTAL_OBJECTS", static_cast<long>(m.objects.size()));
  d.SetIntValue("ROWS_SHOWN", static_cast<long>(kObjectRowsShown));
  if (m.objects.size() <= kObjectRowsShown) d.ShowSection("UNCAPPED");
  d.SetValue("AUTO_PERCENT", percent(m.automaticObjects, m.objects.size()));
  if (m.verify.ran) {
    d.SetValue("VERIFIED_PERCENT", percent(m.verifiedObjects, m.objects.size()) + "%");
    d.SetValue("VERIFIED_TEXT", std::to_string(m.verifiedObjects) + " of " +
                                    std::to_string(m.objects.size()) + " objects deployed; " +
                                    std::to_string(m.verify.failed) + " failed, " +
                                    std::to_string(m.verify.skipped) + " skipped");
  } else {
    d.SetValue("VERIFIED_PERCENT", "not run");
    d.SetValue("VERIFIED_TEXT", "run with --verify postgresql://... to prove the conversion");
  }
  std::string assessed;
  assessed = std::to_string(m.inputs.size()) + " input file(s)";
  if (m.source.find("://") != std::string::npos) assessed = "The live source " + m.source;
  assessed = "Assessed " + assessed + ": " + std::to_string(m.parse.bytes) + " bytes, " +
             std::to_string(m.parse.statements) + " statements (" + std::to_string(m.parse.parsed) +
             " parsed), " + std::to_string(m.objects.size()) + " objects. " +
             percent(m.automaticObjects, m.objects.size()) +
             "% of the objects convert with no action item" +
             (m.verify.ran ? "; " + percent(m.verifiedObjects, m.objects.size()) +
                                 "% were deployed in PostgreSQL " + m.verify.serverVersion +
                                 " without error."
                           : "; the conversion was not deployed (no --verify).");
  d.SetValue("ASSESSED", assessed);
  d.SetIntValue("PARSED", static_cast<long>(m.parse.parsed));
  d.SetIntValue("STATEMENTS", static_cast<long>(m.parse.statements));
  d.SetIntValue("FAILED", static_cast<long>(m.parse.failed));
  d.SetIntValue("SCRIPT_COMMANDS", static_cast<long>(m.parse.scriptCommands));
  d.SetIntValue("OUT_OF_SCOPE", static_cast<long>(m.parse.outOfScope));
  d.SetIntValue("BYTES", static_cast<long>(m.parse.bytes));
  d.SetIntValue("ACTION_COUNT", static_cast<long>(m.actions.size()));
  d.SetIntValue("GROUP_COUNT", static_cast<long>(m.groups.size()));
  d.SetIntValue("SEV_INFO", static_cast<long>(m.actionsBySeverity[0]));
  d.SetIntValue("SEV_LOW", static_cast<long>(m.actionsBySeverity[1]));
  d.SetIntValue("SEV_MEDIUM", static_cast<long>(m.actionsBySeverity[2]));
  d.SetIntValue("SEV_HIGH", static_cast<long>(m.actionsBySeverity[3]));
  d.SetIntValue("SEV_CRITICAL", static_cast<long>(m.actionsBySeverity[4]));
  if (!m.topRisks.empty()) {
    auto* h = d.AddSectionDictionary("HAS_RISKS");
    for (const auto& r : m.topRisks) h->AddSectionDictionary("RISK")->SetValue("TEXT", r);
  }
  for (const auto& r : m.summary) {
    auto* s = d.AddSectionDictionary("SUMMARY_ROW");
    s->SetValue("CATEGORY", r.category);
    s->SetIntValue("OBJECTS", static_cast<long>(r.objects));
    s->SetIntValue("AUTOMATIC", static_cast<long>(r.automatic));
    s->SetIntValue("SIMPLE", static_cast<long>(r.simple));
    s->SetIntValue("MEDIUM", static_cast<long>(r.medium));
    s->SetIntValue("COMPLEX", static_cast<long>(r.complex));
    s->SetIntValue("LOC", static_cast<long>(r.linesOfCode));
    s->SetValue("HOURS", fixed(r.hours, 1));
  }
}

void fillCharts(ctemplate::TemplateDictionary& d, const ReportModel& m) {
  std::vector<Chart> charts;
  {
    Chart c{"Objects by kind and complexity", {"automatic", "simple", "medium", "complex"}, {}};
    for (const auto& r : m.summary)
      c.rows.push_back({r.category,
                        {static_cast<double>(r.automatic), static_cast<double>(r.simple),
                         static_cast<double>(r.medium), static_cast<double>(r.complex)}});
    charts.push_back(std::move(c));
  }
  {
    Chart c{
        "Action items by category and severity", {"info", "low", "medium", "high", "critical"}, {}};
    std::map<std::string, std::vector<double>> byCategory;
    for (const auto& a : m.actions) {
      auto& v = byCategory[a.category.empty() ? "Other" : a.category];
      v.resize(5);
      int r = severityRank(a.severity);
      if (r >= 0) v[r] += 1;
    }
    for (auto& [k, v] : byCategory) c.rows.push_back({k, v});
    charts.push_back(std::move(c));
  }
  {
    Chart c{"Estimated effort by kind (hours)", {"hours"}, {}};
    for (const auto& r : m.summary) c.rows.push_back({r.category, {r.hours}});
    c.decimals = 1;
    charts.push_back(std::move(c));
  }
  bool any = false;
  for (const auto& c : charts) {
    if (c.rows.empty()) continue;
    any = true;
    addChart(d, c);
  }
  if (!any) d.ShowSection("NO_CHARTS");
}

void fillVerify(ctemplate::TemplateDictionary& d, const ReportModel& m) {
  if (!m.verify.ran) return;
  auto* v = d.AddSectionDictionary("VERIFY");
  v->SetValue("SCRATCH", m.verify.scratch == "transaction"
                             ? "one rolled-back transaction (no right to create a database)"
                             : "the scratch database " + m.verify.scratch);
  v->SetValue("TARGET", m.verify.target);
  v->SetValue("SERVER_VERSION", m.verify.serverVersion);
  size_t checked = 0;
  for (const auto& o : m.objects) checked += o.plpgsqlChecked;
  v->SetValue("PLPGSQL_CHECK", m.verify.plpgsqlCheck
                                   ? "run on every PL/pgSQL function (" + std::to_string(checked) +
                                         " object(s) checked)"
                                   : "not available on the target, functions only compiled");
  v->SetIntValue("DEPLOYED", static_cast<long>(m.verify.deployed));
  v->SetIntValue("FAILED", static_cast<long>(m.verify.failed));
  v->SetIntValue("SKIPPED", static_cast<long>(m.verify.skipped));
  v->SetIntValue("NOT_DEPLOYED", static_cast<long>(m.verify.notDeployed));
  for (const auto& o : m.objects) {
    if (o.verify != "failed" && o.verify != "skipped") continue;
    auto* r = v->AddSectionDictionary("REJECTED");
    r->SetValue("STATUS", o.verify);
    r->SetValue("STATUS_CLASS", classOf(o.verify));
    r->SetValue("KIND", o.kind);
    r->SetValue("NAME", o.name);
    uint32_t line = o.verifySourceLine ? o.verifySourceLine : o.line;
    r->SetValue("LOCATION", location(o.file, line, o.verifySourceLine ? o.verifySourceColumn : 0));
    r->SetValue("ERROR", o.verify == "skipped" ? "needs " + o.verifyDependency +
                                                     ", which failed (" + o.verifyError + ")"
                                               : o.verifyError);
    if (o.verifySourceLine) r->ShowSection("MAPPED");
    r->SetValue("EXCERPT", excerptText(o.verifyExcerpt));
    if (o.verifyStatementLine) {
      auto* p = r->AddSectionDictionary("POSITION");
      p->SetIntValue("SLINE", o.verifyStatementLine);
      p->SetIntValue("SCOL", o.verifyStatementColumn);
    }
    Excerpt st;
    st.firstLine = 1;
    size_t start = 0;
    while (start <= o.verifyStatement.size()) {
      size_t nl = o.verifyStatement.find('\n', start);
      st.lines.push_back(
          o.verifyStatement.substr(start, nl == std::string::npos ? nl : nl - start));
      if (nl == std::string::npos) break;
      start = nl + 1;
    }
    st.caretLine = o.verifyStatementLine;
    st.caretColumn = o.verifyStatementColumn;
    r->SetValue("STATEMENT", excerptText(st));
  }
}
}  // namespace

std::string renderHtml(const ReportModel& m) {
  static std::once_flag loaded;
  static bool templateLoaded = false;
  std::call_once(loaded, [] {
    templateLoaded =
        ctemplate::StringToTemplateCache("report.html", kReportTemplate, ctemplate::DO_NOT_STRIP);
  });
  ctemplate::TemplateDictionary d("report");
  fillSummary(d, m);
  fillCharts(d, m);
  fillVerify(d, m);

  size_t sqlShown = 0;
  std::vector<bool> sqlStored(m.objects.size(), false);
  for (size_t i = 0; i < m.objects.size(); ++i) {
    const auto& o = m.objects[i];
    auto* s = d.AddSectionDictionary("OBJECT");
    if (i >= kObjectRowsShown) s->ShowSection("HIDE");
    s->SetValue("KIND", o.kind);
    s->SetValue("NAME", o.name);
    std::string pg = o.pgName.empty() ? "" : (o.schema.empty() ? "" : o.schema + ".") + o.pgName;
    if (!pg.empty() && lower(pg) != lower(o.name))
      s->AddSectionDictionary("PG")->SetValue("PG_NAME", pg);
    s->SetValue("LOCATION", location(o.file, o.line, 0));
    s->SetIntValue("LINES", static_cast<long>(o.lines));
    s->SetValue("STATUS", o.status);
    s->SetValue("STATUS_CLASS", classOf(o.status));
    s->SetValue("VERIFY", o.verify);
    s->SetValue("VERIFY_CLASS", classOf(o.verify));
    if (!o.verifyError.empty())
      s->AddSectionDictionary("VERR")->SetValue("VERIFY_ERROR", o.verifyError);
    if (!o.severity.empty()) s->AddSectionDictionary("SEV")->SetValue("SEVERITY", o.severity);
    std::string codes;
    for (const auto& c : o.codes) codes += (codes.empty() ? "" : " ") + c;
    s->SetValue("CODES", codes);
    s->SetValue("HOURS", fixed(o.hours, 1));
    if (!o.pgSql.empty() && sqlShown + o.pgSql.size() <= kSqlBudget) {
      sqlShown += o.pgSql.size();
      sqlStored[i] = true;
      auto* p = d.AddSectionDictionary("PGSQL");
      p->SetIntValue("OBJ", static_cast<long>(i));
      p->SetValue("SQL", o.pgSql + (o.pgSqlTruncated
                                        ? "\n-- ... shortened; the whole text is in " + o.sqlFile
                                        : ""));
    }
  }

  for (const auto& g : m.groups) {
    auto* s = d.AddSectionDictionary("GROUP");
    s->SetValue("CODE", g.code);
    s->SetValue("SEVERITY", g.severity);
    s->SetValue("TITLE", g.title);
    s->SetValue("CATEGORY", g.category);
    s->SetValue("EFFORT", g.effort);
    s->SetValue("HOURS", fixed(g.hours, 0));
    s->SetIntValue("OCCURRENCES", static_cast<long>(g.occurrences));
    s->SetIntValue("OBJECTS", static_cast<long>(g.objects));
    s->SetValue("RECOMMENDATION", g.recommendation);
    for (size_t ai : g.actions) {
      const ReportAction& a = m.actions[ai];
      auto* o = s->AddSectionDictionary("OCC");
      o->SetIntValue("OBJ", a.object);
      o->SetValue("LOCATION", location(a.file, a.line, a.column));
      o->SetValue("OBJECT_KIND", a.objectKind);
      o->SetValue("OBJECT_NAME", a.objectName);
      o->SetValue("MESSAGE", a.message);
      o->SetValue("EXCERPT", excerptText(a.excerpt));
      const ReportObject* obj = a.object >= 0 ? &m.objects[a.object] : nullptr;
      if (obj && !obj->sqlFile.empty())
        o->AddSectionDictionary("FILE")->SetValue("SQL_FILE", obj->sqlFile);
      std::string fallback;
      if (!obj || obj->status == "not converted")
        fallback = a.targetText.empty() ? "-- nothing was generated for this object" : a.targetText;
      else if (!sqlStored[a.object])
        fallback = "-- see " + (obj->sqlFile.empty() ? std::string("schema.sql") : obj->sqlFile);
      else
        fallback =
            "-- the generated PostgreSQL appears here when the page's script runs; it is "
            "also in " +
            (obj->sqlFile.empty() ? std::string("schema.sql") : obj->sqlFile);
      o->SetValue("PG_FALLBACK", fallback);
    }
    if (g.occurrences > g.actions.size())
      s->AddSectionDictionary("MORE")->SetIntValue(
          "MORE_COUNT", static_cast<long>(g.occurrences - g.actions.size()));
  }
  if (m.groups.empty()) d.ShowSection("NO_ACTIONS");

  if (m.skippedOmitted)
    d.AddSectionDictionary("SKIPPED_OMITTED")
        ->SetIntValue("COUNT", static_cast<long>(m.skippedOmitted));
  std::map<std::string, ctemplate::TemplateDictionary*> kinds;
  std::map<std::string, long> kindCount;
  for (const auto& k : m.skipped) ++kindCount[k.kind];
  for (const auto& k : m.skipped) {
    auto& kd = kinds[k.kind];
    if (!kd) {
      kd = d.AddSectionDictionary("SKIPPED_KIND");
      kd->SetValue("KIND", k.kind);
      kd->SetIntValue("COUNT", kindCount[k.kind]);
      if (k.kind == "parse error" && kindCount[k.kind] <= 20) kd->ShowSection("OPEN");
    }
    auto* s = kd->AddSectionDictionary("STMT");
    s->SetValue("LOCATION", location(k.file, k.line, k.column));
    s->SetValue("MESSAGE", k.message);
    s->SetValue("EXCERPT", excerptText(k.excerpt));
  }

  d.SetIntValue("INPUT_COUNT", static_cast<long>(m.inputs.size()));
  if (!m.inputRoot.empty()) d.AddSectionDictionary("ROOT")->SetValue("INPUT_ROOT", m.inputRoot);
  for (const auto& in : m.inputs) d.AddSectionDictionary("INPUT")->SetValue("PATH", in);
  std::string out;
  // The template is built in: a failure here is ours, and must never pass as an empty page.
  if (!templateLoaded ||
      !ctemplate::ExpandTemplate("report.html", ctemplate::DO_NOT_STRIP, &d, &out))
    throw std::logic_error("report.html template failed to parse or expand (see ctemplate's log)");
  return out;
}

}  // namespace barge::reports
