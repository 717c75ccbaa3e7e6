#include "converter/emit_sequence.h"

#include "converter/emit_table.h"
#include "converter/identifiers.h"

namespace barge::converter {

namespace {
// PostgreSQL sequences are bigint: Oracle's 28-digit MAXVALUE (the default in DDL exports)
// does not fit and means "no limit" in practice.
bool fitsBigint(const std::string& v) {
  std::string digits = v[0] == '-' ? v.substr(1) : v;
  return digits.size() < 19 || (digits.size() == 19 && digits <= "9223372036854775807");
}
}  // namespace

SequenceDdl emitSequence(parser::Dialect from, const ir::Sequence& s,
                         const std::string& targetSchema, std::vector<ActionItem>& actions) {
  SequenceDdl d;
  auto [schema, name] = pgTableName(from, s.name, targetSchema);
  d.schema = schema;
  d.name = name;
  std::string q = (schema.empty() ? "" : quoteIdent(schema) + ".") + quoteIdent(name);
  std::string sql = "CREATE SEQUENCE " + q;
  if (s.increment) sql += " INCREMENT BY " + *s.increment;
  if (s.minValue) sql += " MINVALUE " + *s.minValue;
  if (s.maxValue) {
    if (fitsBigint(*s.maxValue)) {
      sql += " MAXVALUE " + *s.maxValue;
    } else {
      ActionItem a;
      a.code = "BRG-1001";
      a.loc = s.loc;
      a.objectKind = "SEQUENCE";
      a.objectName = sourceName(from, s.name);
      a.message = "MAXVALUE " + *s.maxValue + " exceeds bigint; NO MAXVALUE used";
      actions.push_back(std::move(a));
    }
  }
  if (s.start) sql += " START WITH " + *s.start;
  if (s.cache && !s.noCache) sql += " CACHE " + *s.cache;
  if (s.cycle) sql += " CYCLE";
  for (const auto& ig : s.ignored) {
    ActionItem a;
    a.code = "BRG-3001";
    a.loc = ig.loc;
    a.objectKind = "SEQUENCE";
    a.objectName = sourceName(from, s.name);
    a.message = ig.name + " ignored";
    actions.push_back(std::move(a));
  }
  d.sql = sql + ";";
  return d;
}

}  // namespace barge::converter
