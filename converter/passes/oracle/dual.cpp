// DUAL (Oracle Database SQL Language Reference, "Selecting from the DUAL Table"): a one-row
// table for queries without a table. PostgreSQL allows SELECT without FROM. A user table
// named DUAL in the input is left alone.
#include "converter/passes/oracle/oracle_passes.h"

namespace barge::converter::oracle {

void dual(ir::Select& s, PassContext& ctx) {
  if (s.from.size() != 1 || s.from[0]->kind != ir::TableRefKind::Named) return;
  const auto& t = static_cast<const ir::NamedTable&>(*s.from[0]);
  if (t.name.parts.empty() || t.name.last().quoted) return;
  std::string n = t.name.last().text;
  for (auto& c : n) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (n != "DUAL") return;
  if (t.name.parts.size() > 1) {
    std::string schema = t.name.parts[0].text;
    for (auto& c : schema) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (schema != "SYS") return;
  }
  if (ctx.catalog.findRelation(t.name)) return;
  s.from.clear();
}

}  // namespace barge::converter::oracle
