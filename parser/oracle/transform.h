#pragma once
// Oracle parse tree -> IR. One file per statement family; this header is the only place the
// generated parser's context types meet the IR, and it is private to parser/oracle.
#include "OracleParser.h"
#include "ir/statements.h"
#include "parser/common/parse_context.h"

namespace barge::parser::oracle {

using P = barge_oracle::OracleParser;

// transform_statement.cpp
ir::StmtPtr transformStatement(P::SqlStatementContext* ctx, const ParseContext& pc);

// transform_common.cpp
ir::Identifier transformIdentifier(P::IdentifierContext* ctx);
ir::QualifiedName transformQualifiedName(P::QualifiedNameContext* ctx);
ir::Ptr<ir::DataType> transformDataType(P::DataTypeContext* ctx, const ParseContext& pc);
ir::ExprPtr transformExpression(P::ExpressionContext* ctx, const ParseContext& pc);
std::string unquoteString(const std::string& literal);

// transform_table.cpp
ir::StmtPtr transformCreateTable(P::CreateTableContext* ctx, const ParseContext& pc);

}  // namespace barge::parser::oracle
