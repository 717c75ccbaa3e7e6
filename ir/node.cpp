#include "ir/node.h"

namespace barge::ir {

Json Node::toJson() const {
  Json j;
  j["node"] = nodeName();
  j["at"] = loc.shortStr();
  dumpFields(j);
  dumpCommon(j);
  return j;
}

Json dumpNode(const Node* n) {
  return n ? n->toJson() : Json(nullptr);
}

std::string Identifier::str() const {
  return quoted ? "\"" + text + "\"" : text;
}

std::string QualifiedName::str() const {
  std::string s;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) s += '.';
    s += parts[i].str();
  }
  if (dbLink) s += "@" + dbLink->str();
  return s;
}

namespace {

bool isScalar(const Json& j) {
  return !j.is_object() && !j.is_array();
}

std::string scalarText(const Json& j) {
  if (j.is_string()) return j.get<std::string>();
  return j.dump();
}

void render(const Json& j, int indent, std::string& out);

void renderObjectBody(const Json& j, int indent, std::string& out) {
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (it.key() == "node" || it.key() == "at") continue;
    const Json& v = it.value();
    if (v.is_null() || (v.is_array() && v.empty()) || (v.is_boolean() && !v.get<bool>()) ||
        (v.is_string() && v.get<std::string>().empty()))
      continue;  // omitted fields keep goldens short and stable
    out.append(indent, ' ');
    out += it.key();
    out += ':';
    if (isScalar(v)) {
      out += ' ';
      out += scalarText(v);
      out += '\n';
    } else {
      out += '\n';
      render(v, indent + 2, out);
    }
  }
}

void render(const Json& j, int indent, std::string& out) {
  if (j.is_array()) {
    for (const auto& e : j) {
      out.append(indent, ' ');
      out += "- ";
      if (isScalar(e)) {
        out += scalarText(e);
        out += '\n';
      } else if (e.is_object() && e.contains("node")) {
        out += e["node"].get<std::string>() + " @" + e["at"].get<std::string>() + '\n';
        renderObjectBody(e, indent + 4, out);
      } else {
        out += '\n';
        render(e, indent + 4, out);
      }
    }
  } else if (j.is_object()) {
    if (j.contains("node")) {
      out.append(indent, ' ');
      out += j["node"].get<std::string>() + " @" + j["at"].get<std::string>() + '\n';
      renderObjectBody(j, indent + 2, out);
    } else {
      renderObjectBody(j, indent, out);
    }
  } else {
    out.append(indent, ' ');
    out += scalarText(j);
    out += '\n';
  }
}

}  // namespace

std::string printJsonAsTree(const Json& j) {
  std::string out;
  render(j, 0, out);
  return out;
}

std::string printTree(const Node& n) {
  return printJsonAsTree(n.toJson());
}

}  // namespace barge::ir
