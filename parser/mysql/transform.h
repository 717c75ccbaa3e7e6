#pragma once
// MySQL parse tree -> IR. One file per statement family; private to parser/mysql.
#include "MySqlParser.h"
#include "ir/statements.h"
#include "parser/common/parse_context.h"

namespace barge::parser::mysql {

using P = barge_mysql::MySqlParser;

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

}  // namespace barge::parser::mysql
