#include "mover/cdc/source_columns.h"

namespace barge::mover::cdc {

std::vector<std::string> parseTypeLabels(const std::string& t) {
  std::vector<std::string> out;
  size_t open = t.find('(');
  if (open == std::string::npos) return out;
  size_t i = open + 1;
  while (i < t.size() && t[i] == '\'') {
    std::string label;
    ++i;
    while (i < t.size()) {
      if (t[i] == '\'' && i + 1 < t.size() && t[i + 1] == '\'') {
        label += '\'';
        i += 2;
      } else if (t[i] == '\\' && i + 1 < t.size()) {
        label += t[i + 1];
        i += 2;
      } else if (t[i] == '\'') {
        ++i;
        break;
      } else {
        label += t[i++];
      }
    }
    out.push_back(std::move(label));
    if (i < t.size() && t[i] == ',') ++i;
  }
  return out;
}

std::vector<binlog::ColumnHint> readColumnHints(SourceConn& c, const std::string& schema,
                                                const std::string& table) {
  auto rows = c.query(
      "SELECT COLUMN_NAME, COLUMN_TYPE, CHARACTER_SET_NAME, DATA_TYPE FROM "
      "information_schema.COLUMNS WHERE TABLE_SCHEMA = " +
      c.quoteString(schema) + " AND TABLE_NAME = " + c.quoteString(table) +
      " ORDER BY ORDINAL_POSITION");
  std::vector<binlog::ColumnHint> out;
  for (const auto& r : rows) {
    binlog::ColumnHint h;
    h.name = r[0].value_or("");
    std::string type = r[1].value_or("");
    std::string data = r[3].value_or("");
    h.isUnsigned = type.find("unsigned") != std::string::npos;
    h.charset = binlog::charsetByName(r[2].value_or(""));
    if (data == "enum" || data == "set") {
      h.labels = parseTypeLabels(type);
      h.charset = binlog::Charset::Utf8;  // labels come from information_schema in UTF-8
    }
    out.push_back(std::move(h));
  }
  return out;
}

}  // namespace barge::mover::cdc
