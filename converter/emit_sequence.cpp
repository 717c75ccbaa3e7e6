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
  auto report = [&](const char* code, const ir::SourceLocation& loc, std::string message) {
    sink.add(code, loc, "SEQUENCE", sourceName(from, s.name), std::move(message));
  };
  // ORDER matters only on RAC; one PostgreSQL server hands out values in order anyway.
  if (s.order) report("BRG-3001", s.loc, "ORDER: a PostgreSQL sequence is ordered on its server");
  for (const auto& ig : s.ignored) {
    if (ig.name == "GLOBAL" || ig.name == "NOKEEP" || ig.name == "NOSCALE" ||
        ig.name == "NOSHARD" || ig.name == "NOPARTITION")
      continue;  // Oracle's defaults, which is how PostgreSQL behaves
    if (ig.name == "KEEP")
      report("BRG-3001", ig.loc, "KEEP (NEXTVAL replay for application continuity) ignored");
    else if (ig.name == "SCALE" || ig.name == "SESSION" || ig.name == "SHARD" ||
             ig.name == "PARTITION")
      // These change the values handed out: not a storage detail.
      report("BRG-0002", ig.loc,
             ig.value + ": PostgreSQL sequences have no such option; values differ from Oracle's");
    else
      report("BRG-3001", ig.loc, ig.value + " ignored");
  }
  d.sql = sql + ";";
  return d;
}

}  // namespace barge::converter
