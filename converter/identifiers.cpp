#include "converter/identifiers.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace barge::converter {

namespace {
// PostgreSQL 15 reserved key words (documentation, appendix "SQL Key Words": reserved, and
// reserved "can be function or type"), which cannot be used unquoted as column or table names.
constexpr std::string_view kReserved[] = {"all",
                                          "analyse",
                                          "analyze",
                                          "and",
                                          "any",
                                          "array",
                                          "as",
                                          "asc",
                                          "asymmetric",
                                          "authorization",
                                          "binary",
                                          "both",
                                          "case",
                                          "cast",
                                          "check",
                                          "collate",
                                          "collation",
                                          "column",
                                          "concurrently",
                                          "constraint",
                                          "create",
                                          "cross",
                                          "current_catalog",
                                          "current_date",
                                          "current_role",
                                          "current_schema",
                                          "current_time",
                                          "current_timestamp",
                                          "current_user",
                                          "default",
                                          "deferrable",
                                          "desc",
                                          "distinct",
                                          "do",
                                          "else",
                                          "end",
                                          "except",
                                          "false",
                                          "fetch",
                                          "for",
                                          "foreign",
                                          "freeze",
                                          "from",
                                          "full",
                                          "grant",
                                          "group",
                                          "having",
                                          "ilike",
                                          "in",
                                          "initially",
                                          "inner",
                                          "intersect",
                                          "into",
                                          "is",
                                          "isnull",
                                          "join",
                                          "lateral",
                                          "leading",
                                          "left",
                                          "like",
                                          "limit",
                                          "localtime",
                                          "localtimestamp",
                                          "natural",
                                          "not",
                                          "notnull",
                                          "null",
                                          "offset",
                                          "on",
                                          "only",
                                          "or",
                                          "order",
                                          "outer",
                                          "overlaps",
                                          "placing",
                                          "primary",
                                          "references",
                                          "returning",
                                          "right",
                                          "select",
                                          "session_user",
                                          "similar",
                                          "some",
                                          "symmetric",
                                          "system_user",
                                          "table",
                                          "tablesample",
                                          "then",
                                          "to",
                                          "trailing",
                                          "true",
                                          "union",
                                          "unique",
                                          "user",
                                          "using",
                                          "variadic",
                                          "verbose",
                                          "when",
                                          "where",
                                          "window",
                                          "with"};

bool isReserved(std::string_view s) {
  return std::find(std::begin(kReserved), std::end(kReserved), s) != std::end(kReserved);
}
}  // namespace

std::string quoteIdent(std::string_view name) {
  bool plain =
      !name.empty() && (std::islower(static_cast<unsigned char>(name[0])) || name[0] == '_');
  for (char c : name) {
    if (!(std::islower(static_cast<unsigned char>(c)) ||
          std::isdigit(static_cast<unsigned char>(c)) || c == '_' || c == '$')) {
      plain = false;
      break;
    }
  }
  if (plain && !isReserved(name)) return std::string(name);
  std::string out = "\"";
  for (char c : name) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string pgName(ir::Dialect from, const ir::Identifier& id) {
  if (id.exactCase || (id.quoted && from == ir::Dialect::Oracle)) return id.text;
  std::string s = id.text;
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string pgQualified(ir::Dialect from, const ir::QualifiedName& n,
                        const std::string& schemaOverride) {
  if (n.parts.empty()) return {};
  std::string name = quoteIdent(pgName(from, n.parts.back()));
  if (!schemaOverride.empty()) return quoteIdent(schemaOverride) + "." + name;
  if (n.parts.size() >= 2)
    return quoteIdent(pgName(from, n.parts[n.parts.size() - 2])) + "." + name;
  return name;
}

std::string sourceName(ir::Dialect from, const ir::Identifier& id) {
  if (!id.quoted) return id.text;
  char q = from == ir::Dialect::MySql ? '`' : '"';
  return q + id.text + q;
}

std::string sourceName(ir::Dialect from, const ir::QualifiedName& n) {
  std::string s;
  for (size_t i = 0; i < n.parts.size(); ++i) s += (i ? "." : "") + sourceName(from, n.parts[i]);
  if (n.dbLink) s += "@" + sourceName(from, *n.dbLink);
  return s;
}

std::string quoteLiteral(std::string_view value) {
  bool needsE = std::any_of(value.begin(), value.end(), [](char c) {
    return c == '\\' || (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t');
  });
  std::string out = needsE ? "E'" : "'";
  for (char c : value) {
    if (c == '\'') {
      out += "''";
    } else if (needsE && c == '\\') {
      out += "\\\\";
    } else if (needsE && static_cast<unsigned char>(c) < 0x20) {
      static const char* hex = "0123456789abcdef";
      out += "\\x";
      out += hex[(c >> 4) & 0xF];
      out += hex[c & 0xF];
    } else {
      out += c;
    }
  }
  return out + "'";
}

}  // namespace barge::converter
