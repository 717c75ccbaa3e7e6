#pragma once
#include "converter/passes/functions.h"
#include "converter/passes/pass.h"

// Oracle -> PostgreSQL rewrites, one file each (converter/passes/oracle/<name>.cpp).
namespace barge::converter::oracle {

// Before binding: PIVOT / UNPIVOT -> grouped / lateral query blocks.
void pivots(ir::QueryPtr& q, PassContext& ctx);
void pivots(ir::Stmt& s, PassContext& ctx);

// Query blocks.
void outerJoins(ir::Select& s, PassContext& ctx);  // (+) -> LEFT JOIN ... ON
void connectBy(ir::Select& s, PassContext& ctx);   // CONNECT BY -> WITH RECURSIVE
void rownum(ir::Select& s, PassContext& ctx);  // ROWNUM <= n -> LIMIT; in the list -> row_number()
void dual(ir::Select& s, PassContext& ctx);    // FROM DUAL -> no FROM
void partitionNames(ir::Select& s, PassContext& ctx);  // t PARTITION (p) -> the partition table
void setOperators(ir::QueryPtr& q, PassContext& ctx);  // MINUS -> EXCEPT
void fetchPercent(ir::QueryPtr& q, PassContext& ctx);  // FETCH FIRST n PERCENT -> a row count

// Expressions.
void emptyStringIsNull(ir::ExprPtr& e, PassContext& ctx);   // '' -> NULL
void decode(ir::ExprPtr& e, PassContext& ctx);              // DECODE -> CASE, NULL matches NULL
void sequences(ir::ExprPtr& e, PassContext& ctx);           // s.NEXTVAL -> nextval('s')
void dateArithmetic(ir::ExprPtr& e, PassContext& ctx);      // date +/- n, date - date
void implicitConversion(ir::ExprPtr& e, PassContext& ctx);  // text = number compares numbers
void division(ir::ExprPtr& e, PassContext& ctx);            // integer / integer keeps fractions
void concatenation(ir::ExprPtr& e, PassContext& ctx);       // || ignores NULL operands
void implicitNumbers(ir::ExprPtr& e, PassContext& ctx);     // '10' + 5, code = 10: text to numeric
void multisetCasts(ir::ExprPtr& e, PassContext& ctx);       // CAST(MULTISET(q) AS c) -> ARRAY

// Statements, after the other passes.
void mergeDelete(ir::Stmt& s, PassContext& ctx);  // UPDATE ... DELETE WHERE -> a DELETE branch

// Calls rewritten by argument type or IR shape (TRUNC, ROUND, LISTAGG, TO_CHAR, ...).
const SpecialCalls& specialCalls();

}  // namespace barge::converter::oracle
