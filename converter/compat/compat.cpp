#include "converter/compat/compat.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <set>

#include "converter/compat/embedded_sql.h"

namespace barge::converter::compat {

namespace {

constexpr std::string_view kFunctionMarker = "-- barge:function ";
constexpr std::string_view kNeedsMarker = "-- barge:needs ";

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool identChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

struct Catalog {
  std::vector<Function> functions;
  std::vector<std::string> problems;  // found while reading the files
};

// A file is a header (dropped) followed by blocks, each opened by a `-- barge:function` line.
void readFile(const EmbeddedSqlFile& file, Catalog& catalog) {
  std::string family(file.name.substr(0, file.name.rfind(".sql")));
  Function* current = nullptr;
  std::string_view rest = file.text;
  while (!rest.empty()) {
    size_t eol = rest.find('\n');
    std::string_view line = rest.substr(0, eol);
    rest.remove_prefix(eol == std::string_view::npos ? rest.size() : eol + 1);
    if (line.starts_with(kFunctionMarker)) {
      std::string name = lower(trim(line.substr(kFunctionMarker.size())));
      if (name.empty())
        catalog.problems.push_back(std::string(file.name) + ": a block has no name");
      catalog.functions.push_back(Function{name, family, {}, {}});
      current = &catalog.functions.back();
    } else if (line.starts_with(kNeedsMarker) && current) {
      current->needs.push_back(lower(trim(line.substr(kNeedsMarker.size()))));
    } else if (current) {
      current->sql.append(line).push_back('\n');
    }
  }
  for (auto& f : catalog.functions) {
    while (f.sql.size() >= 2 && f.sql[f.sql.size() - 1] == '\n' && f.sql[f.sql.size() - 2] == '\n')
      f.sql.pop_back();
  }
}

const Catalog& catalog() {
  static const Catalog kCatalog = [] {
    Catalog c;
    for (const auto& file : embeddedSqlFiles()) readFile(file, c);
    return c;
  }();
  return kCatalog;
}

// Every `barge_compat.<name>` the SQL mentions, and which of them follow CREATE ... FUNCTION.
void references(const std::string& sql, std::set<std::string>& called,
                std::set<std::string>& created) {
  std::string text = lower(sql);
  std::string prefix = std::string(kSchema) + ".";
  for (size_t at = text.find(prefix); at != std::string::npos; at = text.find(prefix, at + 1)) {
    if (at > 0 && identChar(text[at - 1])) continue;
    size_t end = at + prefix.size();
    while (end < text.size() && identChar(text[end])) ++end;
    std::string name = text.substr(at, end - at);
    std::string_view before(text.data(), at);
    before = trim(before);
    if (before.ends_with("function"))
      created.insert(name);
    else
      called.insert(name);
  }
}

}  // namespace

const std::vector<Function>& functions() {
  return catalog().functions;
}

const Function* find(std::string_view qualifiedName) {
  std::string key = lower(trim(qualifiedName));
  for (const auto& f : functions())
    if (f.name == key) return &f;
  return nullptr;
}

std::vector<const Function*> withDependencies(const std::vector<std::string>& used,
                                              std::vector<std::string>* unknown) {
  std::vector<const Function*> order;
  std::set<const Function*> visiting, done;
  std::function<void(const Function&)> visit = [&](const Function& f) {
    if (done.count(&f) || visiting.count(&f)) return;  // cycles are reported by catalogProblems
    visiting.insert(&f);
    for (const auto& n : f.needs)
      if (const Function* dep = find(n)) visit(*dep);
    visiting.erase(&f);
    done.insert(&f);
    order.push_back(&f);
  };
  for (const auto& name : used) {
    if (const Function* f = find(name))
      visit(*f);
    else if (unknown && std::find(unknown->begin(), unknown->end(), name) == unknown->end())
      unknown->push_back(name);
  }
  return order;
}

CreateScript createScript(const std::vector<std::string>& used) {
  CreateScript script;
  auto order = withDependencies(used, &script.unknown);
  if (order.empty()) return script;
  script.sql = "CREATE SCHEMA IF NOT EXISTS " + std::string(kSchema) + ";\n";
  for (const Function* f : order) {
    script.sql += "\n-- " + f->name + " (converter/compat/" + f->family + ".sql)\n";
    script.sql += f->sql;
  }
  return script;
}

std::vector<std::string> catalogProblems() {
  std::vector<std::string> problems = catalog().problems;
  std::set<std::string> names;
  for (const auto& f : functions()) {
    if (!names.insert(f.name).second) problems.push_back(f.name + ": defined twice");
    if (!f.name.starts_with(std::string(kSchema) + "."))
      problems.push_back(f.name + ": not in schema " + std::string(kSchema));
  }
  for (const auto& f : functions()) {
    for (const auto& n : f.needs)
      if (!find(n)) problems.push_back(f.name + ": needs " + n + ", which is not defined");
    std::set<std::string> called, created;
    references(f.sql, called, created);
    if (created != std::set<std::string>{f.name})
      problems.push_back(f.name + ": its block must create exactly this function");
    for (const auto& c : called)
      if (c != f.name && std::find(f.needs.begin(), f.needs.end(), c) == f.needs.end())
        problems.push_back(f.name + ": calls " + c + " without `-- barge:needs " + c + "`");
  }
  // Cycles: a function reachable from itself through `needs`.
  std::map<std::string, int> state;  // 1 on the stack, 2 finished
  std::function<void(const Function&)> visit = [&](const Function& f) {
    state[f.name] = 1;
    for (const auto& n : f.needs) {
      const Function* dep = find(n);
      if (!dep) continue;
      if (state[dep->name] == 1)
        problems.push_back(f.name + ": dependency cycle through " + dep->name);
      else if (state[dep->name] == 0)
        visit(*dep);
    }
    state[f.name] = 2;
  };
  for (const auto& f : functions())
    if (state[f.name] == 0) visit(f);
  return problems;
}

}  // namespace barge::converter::compat
