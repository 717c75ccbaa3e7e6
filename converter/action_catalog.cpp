#include "converter/action_catalog.h"

#include <algorithm>

namespace barge::converter {

const char* severityName(ActionSeverity s) {
  switch (s) {
    case ActionSeverity::Info:
      return "info";
    case ActionSeverity::Low:
      return "low";
    case ActionSeverity::Medium:
      return "medium";
    case ActionSeverity::High:
      return "high";
    case ActionSeverity::Critical:
      return "critical";
  }
  return "?";
}

const char* effortName(Effort e) {
  switch (e) {
    case Effort::None:
      return "none";
    case Effort::Simple:
      return "simple";
    case Effort::Medium:
      return "medium";
    case Effort::Significant:
      return "significant";
  }
  return "?";
}

const std::vector<ActionDef>& actionCatalog() {
  using S = ActionSeverity;
  using E = Effort;
  static const std::vector<ActionDef> kCatalog = {
      // 0xxx: input and script layer
      {"BRG-0000", "Internal", S::High, E::Medium, "Internal error in barge",
       "barge recorded an action code it does not know; please report it. The construct at "
       "this position needs a manual check."},
      {"BRG-0001", "Syntax", S::High, E::Medium, "Statement could not be parsed",
       "Check the statement at the given position; fix or convert it by hand."},
      {"BRG-0002", "Syntax", S::Medium, E::Medium, "Construct parsed but not converted",
       "barge recognised this construct but has no conversion for it yet; convert it by hand."},
      {"BRG-0003", "Script", S::Info, E::None, "Client command skipped",
       "SQL*Plus / mysql client commands are not SQL; nothing to migrate."},
      {"BRG-0004", "Script", S::Info, E::Simple, "Statement out of scope for conversion",
       "Administrative statements (users, roles, audit, links, ...) are recreated by the DBA."},
      {"BRG-0005", "Script", S::Low, E::Simple, "Input is not valid UTF-8",
       "The file was read as Latin-1; check the characters of string literals."},
      {"BRG-0006", "Script", S::Low, E::Simple, "Object defined more than once",
       "The last definition in input order is converted, as running the scripts in order would "
       "leave it; check that it is the one you want."},
      // 1xxx: data types
      {"BRG-1001", "Type", S::Info, E::None, "Unsigned integer widened",
       "PostgreSQL has no unsigned integers: the next wider type and a CHECK (>= 0) keep range "
       "and rule."},
      {"BRG-1002", "Type", S::Low, E::Simple, "TIME mapped to interval",
       "MySQL TIME spans -838:59:59 to 838:59:59; PostgreSQL interval holds that, time does not."},
      {"BRG-1003", "Type", S::Medium, E::Medium, "Spatial type stored as WKB bytea",
       "Install PostGIS and change the column to geometry to use spatial functions."},
      {"BRG-1004", "Type", S::High, E::Medium, "Unknown data type",
       "barge does not know this type; choose a PostgreSQL type by hand."},
      {"BRG-1005", "Type", S::High, E::Significant, "User-defined type",
       "Object and collection types need a PostgreSQL composite/array type or a redesign."},
      {"BRG-1006", "Type", S::Medium, E::Medium, "ROWID column",
       "PostgreSQL has no stable row address; the value is kept as text."},
      {"BRG-1007", "Type", S::Low, E::Simple, "Fractional seconds precision reduced to 6",
       "PostgreSQL timestamps keep microseconds; nanoseconds are rounded."},
      {"BRG-1008", "Type", S::Medium, E::Medium, "BFILE column",
       "The file content lives outside the database; migrate the files and store a path."},
      {"BRG-1009", "Type", S::Low, E::Simple, "Time zone region not kept",
       "timestamptz stores the instant, not the named zone; keep the zone in a column if needed."},
      {"BRG-1010", "Type", S::Low, E::Simple, "SET mapped to text[]",
       "Queries using FIND_IN_SET or bit arithmetic on SET values need rewriting."},
      {"BRG-1011", "Type", S::Low, E::Simple, "Oracle FLOAT mapped to double precision",
       "Oracle FLOAT is a decimal number; use numeric if exact decimal digits matter."},
      {"BRG-1012", "Type", S::Medium, E::Simple, "NUMBER with negative scale",
       "PostgreSQL numeric does not round to tens/hundreds on insert; add a rounding trigger if "
       "needed."},
      {"BRG-1013", "Type", S::Info, E::None, "Foreign key column type aligned",
       "PostgreSQL needs a foreign key's columns to have types of the same family as the "
       "referenced key; the referencing column takes the referenced column's type."},
      {"BRG-1014", "Type", S::Low, E::Simple, "Collection stored as an array",
       "VARRAY and nested-table values become PostgreSQL arrays of the element type (1-based, "
       "no gaps): code using collection methods (EXTEND, DELETE, TABLE()) needs rewriting."},
      {"BRG-1015", "Type", S::Medium, E::Medium, "Object type inheritance flattened",
       "A subtype becomes its own composite type with the inherited attributes; substitutable "
       "columns and TREAT / IS OF need a redesign."},
      // 2xxx: expressions
      {"BRG-2001", "Expression", S::High, E::Medium, "Function not known to barge",
       "The function is neither a built-in barge knows nor a routine of the input; the "
       "statement is left out. Create the function in PostgreSQL or rewrite the call."},
      {"BRG-2002", "Expression", S::Medium, E::Simple, "Expression not converted",
       "A construct inside the expression is not converted; rewrite it by hand."},
      {"BRG-2005", "Expression", S::High, E::Medium, "Function has no PostgreSQL equivalent",
       "The statement is left out (kept commented in its object file); rewrite the call by "
       "hand or create an equivalent function."},
      {"BRG-2006", "Expression", S::Medium, E::Simple, "Reference to an object not in the input",
       "The object must exist on the target before this statement runs."},
      {"BRG-2007", "Expression", S::High, E::Medium, "Statement left out",
       "A construct in it could not be converted (see the other items of this object); the "
       "source is kept commented in the object file."},
      {"BRG-2008", "Expression", S::High, E::Medium, "Oracle (+) outer join not converted",
       "Rewrite the join with LEFT JOIN ... ON by hand."},
      {"BRG-2009", "Expression", S::High, E::Medium, "ROWNUM not converted",
       "Rewrite with LIMIT or row_number() OVER (...) by hand; Oracle numbers rows before "
       "ORDER BY and GROUP BY of the same query block."},
      {"BRG-2010", "Expression", S::Low, E::Simple, "Converted with a behaviour difference",
       "The construct was converted; check the difference named in the message."},
      {"BRG-2011", "Expression", S::High, E::Simple, "Table or view not in the input",
       "The statement names a table or view that the input does not define; it is left out. "
       "Add the object's DDL to the input, or create it on the target first."},
      {"BRG-2014", "Expression", S::Info, E::None, "Schema name read as the input's own schema",
       "The statement qualifies a table with a schema no object of the input is created in, "
       "and the input creates a table of that name unqualified: the scripts ran as that schema. "
       "Check that this is the table meant."},
      {"BRG-2012", "Expression", S::High, E::Medium, "CONNECT BY not converted",
       "Rewrite the hierarchical query with WITH RECURSIVE by hand."},
      {"BRG-2013", "Table", S::Medium, E::Simple, "Attribute not carried over",
       "The source declares something barge's PostgreSQL output does not express (the message "
       "names it); recreate it by hand if it matters."},
      {"BRG-2003", "Expression", S::Low, E::Simple, "Optimizer hint not carried over",
       "PostgreSQL has no optimizer hints: check the plan of the converted query, or use the "
       "pg_hint_plan extension if the hint is still needed."},
      // 3xxx: tables, keys, indexes
      {"BRG-3001", "Table", S::Info, E::None, "Storage attribute ignored",
       "Physical attributes (tablespace, engine, storage, row format) have no PostgreSQL table "
       "equivalent; tune storage on the target."},
      {"BRG-3002", "Table", S::Medium, E::Medium, "Partitioning not converted",
       "The partitioning clause was not read (MySQL, or a form barge does not model); the table "
       "is created without partitioning. Recreate it with PostgreSQL declarative partitioning."},
      {"BRG-3030", "Table", S::Info, E::None, "Partitioned table",
       "Declarative partitioning: each partition is a table <table>_<partition> (PARTITION OF "
       "the table; a partition name that starts with the table's name is kept); a MAXVALUE last "
       "range partition is the DEFAULT partition, which also takes "
       "NULL keys as Oracle's does."},
      {"BRG-3031", "Table", S::Medium, E::Simple, "New partitions are not created automatically",
       "INTERVAL / AUTOMATIC partitioning has no PostgreSQL equivalent: create the next "
       "partitions ahead of time (a scheduled job or the pg_partman extension), or add a "
       "DEFAULT partition to catch rows outside them."},
      {"BRG-3032", "Table", S::High, E::Medium, "Partitioning not convertible",
       "REFERENCE and SYSTEM partitioning, multi-column LIST keys, partitioned temporary tables "
       "and bounds that could not be converted have no PostgreSQL form: the table is created "
       "without partitioning (all rows in one table); partition it by hand if needed."},
      {"BRG-3033", "Table", S::High, E::Medium, "Unique key without the partition key",
       "PostgreSQL enforces uniqueness per partition and requires the partition key columns in "
       "every primary key and unique constraint. The table is created unpartitioned so the key "
       "keeps its meaning; to partition it, add the partition columns to the key (uniqueness "
       "is then weaker) or change the partition key."},
      {"BRG-3034", "Table", S::Info, E::None, "Hash partitions distribute rows differently",
       "PostgreSQL's hash function is not Oracle's: the same rows spread over the partitions "
       "differently. Queries over the table are not affected."},
      {"BRG-3035", "Table", S::Low, E::None, "Global index becomes per-partition",
       "PostgreSQL has no global indexes: an index on a partitioned table is an index on each "
       "partition. Queries that do not restrict the partition key read every partition's index."},
      {"BRG-3036", "Table", S::High, E::Medium, "Column change not applied",
       "ALTER TABLE adding, dropping or renaming a column is not converted yet: the "
       "table is created as its CREATE TABLE defines it, so statements using the changed "
       "columns fail. Apply the change by hand (ALTER TABLE on the target) before them."},
      {"BRG-3003", "Table", S::Low, E::Simple, "Index prefix length dropped",
       "PostgreSQL indexes whole values; the index covers the full column (or use an expression "
       "index on left(col, n))."},
      {"BRG-3004", "Table", S::Medium, E::Medium, "FULLTEXT index",
       "Use a GIN index on to_tsvector(...) and rewrite MATCH ... AGAINST queries."},
      {"BRG-3005", "Table", S::Low, E::Simple, "ON UPDATE CURRENT_TIMESTAMP",
       "PostgreSQL needs a BEFORE UPDATE trigger to maintain the column."},
      {"BRG-3006", "Table", S::Low, E::Simple, "Constraint disabled or not validated in source",
       "Created NOT VALID where PostgreSQL allows it; validate after cleaning the data."},
      {"BRG-3007", "Table", S::Low, E::Simple, "Temporary table semantics differ",
       "PostgreSQL temporary tables are per session and created at run time; create them in the "
       "code that uses them."},
      {"BRG-3008", "Table", S::Info, E::None, "Character set or collation not carried over",
       "The PostgreSQL database encoding (UTF8) applies; set a collation if ordering matters."},
      {"BRG-3009", "Table", S::Low, E::Simple, "Invisible column",
       "PostgreSQL has no invisible columns; SELECT * will return it."},
      {"BRG-3010", "Table", S::Low, E::Simple, "Virtual generated column stored",
       "PostgreSQL 15 supports only STORED generated columns."},
      {"BRG-3011", "Table", S::Medium, E::Simple, "Index type not available",
       "Bitmap / reverse / hash-cluster indexes become B-tree indexes."},
      {"BRG-3012", "Table", S::Medium, E::Medium, "Index-organized or external table",
       "The table is created as an ordinary heap table; cluster it or use file_fdw."},
      {"BRG-3013", "Table", S::Low, E::Simple, "Default expression not converted",
       "The default was left out; set it by hand."},
      {"BRG-3014", "Table", S::Low, E::Simple, "Object table",
       "The table has the object type's attributes as columns; object identifiers and REFs to "
       "its rows do not exist in PostgreSQL."},
      {"BRG-3015", "Table", S::High, E::Simple, "Left out: PostgreSQL would reject it",
       "A value, key or expression PostgreSQL refuses (or one that names something that does "
       "not exist) was left out so the table deploys; recreate it by hand."},
      {"BRG-3016", "Table", S::Info, E::None, "ON NULL default kept by a trigger",
       "Oracle gives the default when an INSERT supplies NULL; a BEFORE INSERT trigger does the "
       "same in PostgreSQL (for identity columns it takes nextval of the identity sequence)."},
      {"BRG-3017", "Table", S::High, E::Significant, "Substitutable object table",
       "An object table of a NOT FINAL type holds rows of its subtypes too. The table gets the "
       "attributes of every subtype of the input as nullable columns, but not the type of each "
       "row: TREAT, IS OF and method dispatch by row type need a discriminator column written "
       "by hand (and the migrated rows' types filled in)."},
      // 4xxx: code objects and other schema objects (converted by later work)
      {"BRG-4001", "Code object", S::High, E::Significant, "Stored code not converted yet",
       "Procedures, functions, packages and triggers are listed with their size; convert them "
       "by hand or with a later barge version."},
      {"BRG-4002", "Code object", S::Medium, E::Medium, "View not converted yet",
       "Views are listed with their query; convert them by hand or with a later barge version."},
      {"BRG-4003", "Code object", S::Medium, E::Simple, "Schema object not converted yet",
       "Sequences, synonyms, types and similar objects are listed; create them by hand."},
      {"BRG-4005", "Code object", S::High, E::Significant,
       "Uses stored code that is not converted yet",
       "The statement calls a procedure, function or package of the input, which barge does "
       "not convert yet; it is left out until that code exists on the target."},
      {"BRG-4006", "Code object", S::Low, E::Simple, "Materialized view refresh is manual",
       "PostgreSQL refreshes a materialized view only with REFRESH MATERIALIZED VIEW; schedule "
       "it (pg_cron, or the application) to match the source's refresh mode."},
      {"BRG-4004", "Code object", S::Low, E::Simple,
       "Statement applies to an object not in the input",
       "ALTER / COMMENT / INDEX for an object barge did not see; apply it after the object "
       "exists."},
      {"BRG-4007", "Code object", S::High, E::Significant, "Wrapped PL/SQL unit",
       "The unit's source is obfuscated by the wrap utility; barge cannot read it. Convert it "
       "from the unwrapped source."},
      {"BRG-4008", "Code object", S::Medium, E::Medium,
       "Object type methods wait for the type body",
       "The type is created as a composite type with all its attributes; its methods are "
       "functions to write from the TYPE BODY (reported BRG-4001). Code calling them, and a "
       "MAP or ORDER method's ordering, only work once they exist."},
      // 5xxx: verification against a live PostgreSQL (--verify)
      {"BRG-5001", "Verification", S::High, E::Medium, "Converted but rejected by PostgreSQL",
       "barge emitted this object without a serious action item, yet PostgreSQL refused it when "
       "deployed: read PostgreSQL's error, fix the generated SQL, and report the case to barge."},
  };
  return kCatalog;
}

const ActionDef* findAction(std::string_view code) {
  const auto& c = actionCatalog();
  auto it = std::find_if(c.begin(), c.end(), [&](const ActionDef& d) { return d.code == code; });
  return it == c.end() ? nullptr : &*it;
}

}  // namespace barge::converter
