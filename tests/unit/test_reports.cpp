#include <catch2/catch.hpp>

#include "reports/render.h"

using namespace barge;

namespace {
reports::ReportModel hostileModel() {
  reports::ReportModel m;
  m.tool = "barge test";
  m.dialect = "mysql";
  m.source = "<img src=x onerror=alert(1)>";
  m.migrationLevel = "B";
  reports::ReportAction a;
  a.code = "BRG-0002";
  a.severity = "medium\" onmouseover=\"alert(2)";
  a.title = "t";
  a.message = "column `<script>alert(3)</script>` & \"quotes\", commas";
  a.objectKind = "TABLE";
  a.objectName = "</td><td id=evil>";
  a.file = "a,b.sql";
  a.line = 3;
  a.column = 7;
  m.actions.push_back(a);
  reports::ActionGroup g;
  g.code = a.code;
  g.severity = a.severity;
  g.title = "<i>title</i>";
  g.occurrences = 1;
  g.actions = {0};
  m.groups.push_back(g);
  reports::ReportObject o;
  o.kind = "TABLE";
  o.name = "<b>bold</b>";
  o.status = "not converted";
  m.objects.push_back(o);
  m.inputs.push_back("<x>.sql");
  return m;
}
}  // namespace

TEST_CASE("everything put into the HTML report is escaped") {
  std::string html = reports::renderHtml(hostileModel());
  CHECK(html.find("<script>alert") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<td id=evil>") == std::string::npos);
  CHECK(html.find("<b>bold") == std::string::npos);
  CHECK(html.find("onmouseover=\"alert") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(3)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("&lt;b&gt;bold&lt;/b&gt;") != std::string::npos);
}

TEST_CASE("CSV fields with commas, quotes and line breaks are quoted") {
  auto m = hostileModel();
  m.actions[0].message = "a \"b\", c\nd";
  std::string csv = reports::renderActionItemsCsv(m);
  CHECK(csv.rfind("Category,Occurrence,Action item,Subject,Group,Description,", 0) == 0);
  CHECK(csv.find("\"a \"\"b\"\", c\nd\"") != std::string::npos);
  CHECK(csv.find(",3,7,") != std::string::npos);                           // Line, Position
  CHECK(csv.find("\"a,b.sql: </td><td id=evil>\"") != std::string::npos);  // Source: file first
}

TEST_CASE("report JSON is valid and keeps every action") {
  auto j = nlohmann::json::parse(reports::renderJson(hostileModel()));
  REQUIRE(j["actions"].size() == 1);
  CHECK(j["actions"][0]["objectName"] == "</td><td id=evil>");
  CHECK(j["actions"][0]["line"] == 3);
}
