#pragma once
// Proves a conversion against a live PostgreSQL: deploys it object by object in a scratch
// database that is dropped afterwards, runs plpgsql_check on PL/pgSQL functions when the
// extension is available, and records what PostgreSQL did with each object.
#include <string>
#include <vector>

#include "converter/convert.h"
#include "converter/verify/pg_session.h"

namespace barge::verify {

enum class Status {
  NotDeployed,  // nothing was emitted for the object (not converted)
  Deployed,     // every statement ran (and plpgsql_check found no error)
  Failed,       // PostgreSQL refused a statement of the object
  Skipped,      // refused only because an object it needs failed or was skipped
};
const char* statusName(Status s);  // "not deployed" | "deployed" | "failed" | "skipped"

struct ObjectResult {
  Status status = Status::NotDeployed;
  std::string sqlState, error, detail, hint;
  std::string statement;  // the refused statement (failed / skipped)
  // Where PostgreSQL put the error inside `statement` (1-based; 0 = not given).
  uint32_t statementLine = 0, statementColumn = 0;
  std::string dependency;  // skipped: the object that failed first
  bool checkedByPlpgsqlCheck = false;
  size_t unchangedStatements = 0;  // apply: statements the ledger shows as applied already
};

struct VerifyResult {
  std::string target;   // user@host:port/db (never the password)
  std::string scratch;  // scratch database name, or "transaction" when rolled back in place
  std::string serverVersion;
  bool plpgsqlCheck = false;          // the extension was available and used
  std::vector<ObjectResult> objects;  // parallel to ConversionResult::objects
  size_t deployed = 0, failed = 0, skipped = 0, notDeployed = 0;
};

// Throws std::runtime_error (message names the endpoint, never the password) when the target
// cannot be reached or no scratch space can be made.
VerifyResult verifyConversion(const converter::ConversionResult& conv, const Target& target,
                              const std::string& password);

// `barge apply`: deploys for real into the target database, in the same order and with the same
// per-object result. Each statement runs in its own transaction together with its row in the
// ledger table barge_apply.statements, so a run stopped half way resumes where it stopped and a
// second run changes nothing: a statement whose ledger row holds the same SQL is skipped; one
// whose SQL changed since is reported as failed (apply never alters what it created).
// `scratch` is "" in the result. Throws like verifyConversion.
VerifyResult applyConversion(const converter::ConversionResult& conv, const Target& target,
                             const std::string& password);

}  // namespace barge::verify
