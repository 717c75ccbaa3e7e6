// Partition-extended table names (Oracle Database SQL Language Reference, "References to
// Partitioned Tables and Indexes"): FROM t PARTITION (p) / SUBPARTITION (s) reads only that
// partition. In PostgreSQL each partition is a table of its own (converter/emit_partition.cpp),
// so the name becomes that table. PARTITION FOR (key values) and partitions the conversion
// did not create stay for the printer to report.
#include "converter/identifiers.h"
#include "converter/passes/oracle/oracle_passes.h"

namespace barge::converter::oracle {

namespace {

// The partition named in "PARTITION ( p )" / "SUBPARTITION ( p )", as PostgreSQL names it.
std::optional<std::string> partitionName(const std::string& text, ir::Dialect from) {
  size_t open = text.find('(');
  size_t close = text.rfind(')');
  if (open == std::string::npos || close == std::string::npos || close <= open) return {};
  std::string head = text.substr(0, open);
  if (head.find("FOR") != std::string::npos) return {};
  std::string name = text.substr(open + 1, close - open - 1);
  while (!name.empty() && name.front() == ' ') name.erase(0, 1);
  while (!name.empty() && name.back() == ' ') name.pop_back();
  if (name.empty() || name.find_first_of(" ,.") != std::string::npos) return {};
  bool quoted = name.size() > 2 && name.front() == '"' && name.back() == '"';
  ir::Identifier id{quoted ? name.substr(1, name.size() - 2) : name, quoted};
  return pgName(from, id);
}

void rename(ir::TableRef& t, PassContext& ctx) {
  if (t.kind == ir::TableRefKind::Join) {
    auto& j = static_cast<ir::Join&>(t);
    if (j.left) rename(*j.left, ctx);
    if (j.right) rename(*j.right, ctx);
    return;
  }
  if (t.kind != ir::TableRefKind::Named) return;
  auto& n = static_cast<ir::NamedTable&>(t);
  if (n.partition.empty() || n.name.parts.empty()) return;
  const Relation* r = ctx.catalog.findRelation(n.name);
  auto p = partitionName(n.partition, ctx.from);
  if (!r || !p) return;
  auto it = r->partitions.find(*p);
  if (it == r->partitions.end()) return;
  // Columns stay qualified by the table's name or alias: the partition keeps that alias.
  if (n.alias.empty()) n.alias = ir::Identifier{ctx.naming.ident(n.name.last()), true};
  n.name.parts.back() = ir::Identifier{it->second, true};
  n.partition.clear();
}

}  // namespace

void partitionNames(ir::Select& s, PassContext& ctx) {
  for (auto& f : s.from)
    if (f) rename(*f, ctx);
}

}  // namespace barge::converter::oracle
