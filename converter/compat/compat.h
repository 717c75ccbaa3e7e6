#pragma once
// The barge_compat schema: PostgreSQL functions with a source database's behaviour where
// PostgreSQL has no built-in that matches (converter/compat/README.md lists them). Their SQL
// lives in converter/compat/<family>.sql and is compiled into the binary; a conversion emits
// only the functions it used, with what they need, dependencies first.
#include <string>
#include <string_view>
#include <vector>

namespace barge::converter::compat {

inline constexpr std::string_view kSchema = "barge_compat";

struct Function {
  std::string name;                // qualified, lower case: "barge_compat.instr"
  std::string family;              // the file it comes from, without ".sql": "oracle_strings"
  std::vector<std::string> needs;  // other compat functions its bodies call (qualified)
  std::string sql;                 // its CREATE OR REPLACE FUNCTION statements (every overload)
};

// Every compat function, in file order.
const std::vector<Function>& functions();

// By qualified name, case-insensitive ("barge_compat.INSTR"); nullptr when there is none.
const Function* find(std::string_view qualifiedName);

// `used` and everything they need, transitively, each once, dependencies before the functions
// that call them. Names that are not compat functions go to `unknown` (if given).
std::vector<const Function*> withDependencies(const std::vector<std::string>& used,
                                              std::vector<std::string>* unknown = nullptr);

struct CreateScript {
  std::string sql;                   // empty when nothing is used
  std::vector<std::string> unknown;  // requested names that are not compat functions
};

// The SQL that creates exactly `used` plus their dependencies: CREATE SCHEMA IF NOT EXISTS
// barge_compat, then CREATE OR REPLACE FUNCTION ...; running it twice is harmless.
CreateScript createScript(const std::vector<std::string>& used);

// Faults in the embedded catalog itself: a block without a name, a duplicate name, a `needs`
// naming no compat function, a dependency cycle, a body calling barge_compat.<f> without
// declaring it. Empty when the catalog is sound (a unit test holds it there).
std::vector<std::string> catalogProblems();

}  // namespace barge::converter::compat
