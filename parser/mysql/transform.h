#pragma once
// MySQL parse tree -> IR. One file per statement family; private to parser/mysql.
#include "MySqlParser.h"
#include "ir/statements.h"
#include "parser/common/parse_context.h"

namespace barge::parser::mysql {

using P = barge_mysql::MySqlParser;

// A new IR node located at `ctx`.
template <typename N, typename C>
ir::Ptr<N> make(C* ctx, const ParseContext& pc) {
  auto n = std::make_unique<N>();
  n->loc = pc.locate(ctx);
  return n;
}

// transform_statement.cpp
ir::StmtPtr transformStatement(P::SqlStatementContext* ctx, const ParseContext& pc);
ir::StmtPtr transformInnerStatement(P::StatementContext* ctx, const ParseContext& pc);
ir::StmtPtr unmodelled(antlr4::ParserRuleContext* ctx, const std::string& construct,
                       const ParseContext& pc);
std::string redactSecrets(const std::string& text);  // '***' for passwords in kept text

// transform_common.cpp
std::string upper(std::string s);
std::string words(antlr4::tree::ParseTree* node);  // tokens upper-cased, joined by one space
ir::Identifier transformIdentifier(P::IdentifierContext* ctx);
ir::QualifiedName transformQualifiedName(P::QualifiedNameContext* ctx);
ir::Ptr<ir::DataType> transformDataType(P::DataTypeContext* ctx, const ParseContext& pc);
std::string unquoteString(const std::string& literal);
std::string stringValue(P::StringContext* ctx);  // adjacent literals concatenated, decoded
std::string charsetNameText(P::CharsetNameContext* ctx);
std::string userNameText(P::UserNameContext* ctx);
// nullopt when not a number that fits; with `t`, the text is kept in t->badValue.
std::optional<int64_t> toInt(const std::string& s, ir::DataType* t = nullptr);

// transform_expr.cpp
ir::ExprPtr transformExpression(P::ExpressionContext* ctx, const ParseContext& pc);
ir::ExprPtr transformBitExpr(P::BitExprContext* ctx, const ParseContext& pc);
ir::ExprPtr transformPredicate(P::PredicateContext* ctx, const ParseContext& pc);
ir::ExprPtr transformLiteral(P::LiteralContext* ctx, const ParseContext& pc);
ir::Ptr<ir::WindowSpec> transformWindowSpec(P::WindowSpecContext* ctx, const ParseContext& pc);
std::vector<ir::Ptr<ir::OrderItem>> transformOrderBy(P::OrderByClauseContext* ctx,
                                                     const ParseContext& pc);
ir::ExprPtr transformVariable(P::VariableContext* ctx, const ParseContext& pc);

// transform_query.cpp
ir::QueryPtr transformQuery(P::QueryExpressionContext* ctx, const ParseContext& pc);
ir::TableRefPtr transformTableReference(P::TableReferenceContext* ctx, const ParseContext& pc);
ir::ExprPtr transformLimitValue(P::LimitValueContext* ctx, const ParseContext& pc);

// transform_dml.cpp
ir::StmtPtr transformInsert(P::InsertStatementContext* ctx, const ParseContext& pc);
ir::StmtPtr transformUpdate(P::UpdateStatementContext* ctx, const ParseContext& pc);
ir::StmtPtr transformDelete(P::DeleteStatementContext* ctx, const ParseContext& pc);
ir::StmtPtr transformCall(P::CallStatementContext* ctx, const ParseContext& pc);
ir::StmtPtr transformSet(P::SetStatementContext* ctx, const ParseContext& pc);

// transform_table.cpp
ir::StmtPtr transformCreateTable(P::CreateTableContext* ctx, const ParseContext& pc);
ir::StmtPtr transformCreateIndex(P::CreateIndexContext* ctx, const ParseContext& pc);
ir::StmtPtr transformCreateDatabase(P::CreateDatabaseContext* ctx, const ParseContext& pc);
ir::StmtPtr transformAlter(P::AlterStatementContext* ctx, const ParseContext& pc);
ir::StmtPtr transformDrop(P::DropStatementContext* ctx, const ParseContext& pc);
ir::Ptr<ir::Column> transformColumn(P::ColumnDefinitionContext* ctx, const ParseContext& pc);

// transform_view.cpp
ir::StmtPtr transformCreateView(P::CreateStatementContext* create, P::CreateViewContext* ctx,
                                const ParseContext& pc);

// transform_routine.cpp
ir::StmtPtr transformCreateRoutine(P::CreateStatementContext* create, const ParseContext& pc);
ir::StmtPtr transformProcedureStatement(P::ProcedureStatementContext* ctx, const ParseContext& pc);
ir::StmtPtr transformRoutineBody(P::RoutineBodyContext* ctx, const ParseContext& pc);
std::string createDefiner(P::CreateStatementContext* create);

// transform_trigger.cpp
ir::StmtPtr transformCreateTrigger(P::CreateStatementContext* create, const ParseContext& pc);
ir::StmtPtr transformCreateEvent(P::CreateStatementContext* create, const ParseContext& pc);

}  // namespace barge::parser::mysql
