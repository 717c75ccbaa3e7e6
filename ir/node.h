#pragma once
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ir/source_location.h"

namespace barge::ir {

using Json = nlohmann::ordered_json;

// Base of every IR node. Each node reports its fields through dumpFields(); the stable text
// printer (golden tests) and `barge parse --json` are both built from that one method.
struct Node {
  SourceLocation loc;

  Node() = default;
  Node(const Node&) = delete;
  Node& operator=(const Node&) = delete;
  virtual ~Node() = default;

  virtual const char* nodeName() const = 0;
  virtual void dumpFields(Json& out) const = 0;
  // Fields every node of a family has (Stmt: conditional compilation), dumped after the rest.
  virtual void dumpCommon(Json&) const {}

  // {"node": name, "at": "line:col", ...fields}
  Json toJson() const;
};

template <typename T>
using Ptr = std::unique_ptr<T>;

// Dump helpers used by dumpFields implementations.
Json dumpNode(const Node* n);  // null -> JSON null
template <typename T>
Json dumpList(const std::vector<Ptr<T>>& v) {
  Json a = Json::array();
  for (const auto& e : v) a.push_back(dumpNode(e.get()));
  return a;
}

// An identifier as written: quoted identifiers keep their case; unquoted ones keep the
// spelling and the converter applies the dialect's folding rule.
struct Identifier {
  std::string text;
  bool quoted = false;
  // Set by the mover for a name a mapping rule produced: PostgreSQL gets exactly this text
  // (quoted when needed) instead of the default case folding.
  bool exactCase = false;

  bool empty() const { return text.empty(); }
  std::string str() const;  // "x" or "\"X\"" (quote kind normalised to double quotes)
  bool operator==(const Identifier&) const = default;
};

// schema.object[.member], database links kept as an extra part with `link` set.
struct QualifiedName {
  std::vector<Identifier> parts;
  std::optional<Identifier> dbLink;  // Oracle name@link

  bool empty() const { return parts.empty(); }
  const Identifier& last() const { return parts.back(); }
  std::string str() const;
  bool operator==(const QualifiedName&) const = default;
};

// Text printer: an indented, stable rendering of toJson() for golden files.
std::string printTree(const Node& n);
std::string printJsonAsTree(const Json& j);

}  // namespace barge::ir
