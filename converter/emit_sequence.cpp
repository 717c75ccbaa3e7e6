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

SequenceDdl emitSequence(ir::Dialect from, const ir::Sequence& s, const std::string& targetSchema,
                         ActionSink& sink) {
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
      sink.add("BRG-1001", s.loc, "SEQUENCE", sourceName(from, s.name),
               "MAXVALUE " + *s.maxValue + " exceeds bigint; NO MAXVALUE used");
    }
  }
  if (s.start) sql += " START WITH " + *s.start;
  if (s.cache && !s.noCache) sql += " CACHE " + *s.cache;
  if (s.cycle) sql += " CYCLE";
  for (const auto& ig : s.ignored) {
    sink.add("BRG-3001", ig.loc, "SEQUENCE", sourceName(from, s.name), ig.name + " ignored");
  }
  d.sql = sql + ";";
  return d;
}

}  // namespace barge::converter
