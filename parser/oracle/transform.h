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
ir::StmtPtr unmodelled(antlr4::ParserRuleContext* ctx, const ParseContext& pc,
                       const std::string& construct);
ir::StmtPtr outOfScope(antlr4::ParserRuleContext* ctx, const ParseContext& pc,
                       const std::string& what);

// transform_common.cpp: names, types, literals
ir::Identifier transformIdentifier(P::IdentifierContext* ctx);
// A declared name: an identifier, or LEFT / RIGHT.
ir::Identifier transformDeclaredName(P::DeclaredNameContext* ctx);
ir::Identifier transformAnyName(P::AnyNameContext* ctx);
ir::QualifiedName transformQualifiedName(P::QualifiedNameContext* ctx);
ir::Ptr<ir::DataType> transformDataType(P::DataTypeContext* ctx, const ParseContext& pc);
std::string unquoteString(const std::string& literal);
std::string upperText(const std::string& s);
// Tokens of a rule joined by single blanks, upper-cased keywords: a normalised clause text.
std::string normalizedText(antlr4::ParserRuleContext* ctx);
std::vector<ir::Identifier> transformColumnList(P::ColumnListContext* ctx);

// transform_expr.cpp
ir::ExprPtr transformExpression(P::ExpressionContext* ctx, const ParseContext& pc);
ir::ExprPtr transformSimpleExpr(P::SimpleExprContext* ctx, const ParseContext& pc);
ir::ExprPtr rawExpr(antlr4::ParserRuleContext* ctx, const ParseContext& pc,
                    const std::string& construct);
std::vector<ir::Argument> transformCallArgs(P::CallArgsContext* ctx, const ParseContext& pc);

// transform_hint.cpp: optimizer hint comments right after a SELECT/INSERT/... keyword
std::vector<ir::Ptr<ir::Hint>> hintsAfter(antlr4::tree::TerminalNode* keyword,
                                          const ParseContext& pc);

// transform_query.cpp
ir::QueryPtr transformQuery(P::QueryContext* ctx, const ParseContext& pc);
std::vector<ir::Ptr<ir::OrderItem>> transformOrderBy(P::OrderByClauseContext* ctx,
                                                     const ParseContext& pc);
ir::TableRefPtr transformTableRefPrimary(P::TableRefPrimaryContext* ctx, const ParseContext& pc);

// transform_dml.cpp
ir::StmtPtr transformDml(P::DmlStatementContext* ctx, const ParseContext& pc);
ir::StmtPtr transformDmlPart(P::InsertStatementContext* ctx, const ParseContext& pc);
ir::StmtPtr transformDmlPart(P::UpdateStatementContext* ctx, const ParseContext& pc);
ir::StmtPtr transformDmlPart(P::DeleteStatementContext* ctx, const ParseContext& pc);
ir::StmtPtr transformDmlPart(P::MergeStatementContext* ctx, const ParseContext& pc);

// transform_table.cpp
ir::StmtPtr transformCreateTable(P::CreateTableContext* ctx, const ParseContext& pc);
ir::StmtPtr transformAlterTable(P::AlterTableContext* ctx, const ParseContext& pc);
ir::Ptr<ir::Column> transformColumn(P::ColumnDefinitionContext* ctx, const ParseContext& pc);
ir::Ptr<ir::Constraint> transformOutOfLineConstraint(P::OutOfLineConstraintContext* ctx,
                                                     const ParseContext& pc);

// transform_partition.cpp: PARTITION BY ... of CREATE TABLE
ir::Ptr<ir::Partitioning> transformPartitioning(P::PartitionClauseContext* ctx,
                                                const ParseContext& pc);

// transform_index.cpp: CREATE INDEX, CREATE SEQUENCE
ir::StmtPtr transformCreateIndex(P::CreateStatementContext* stmt, P::CreateIndexContext* ctx,
                                 const ParseContext& pc);
ir::StmtPtr transformCreateSequence(P::CreateSequenceContext* ctx, const ParseContext& pc);

// transform_view.cpp: views, materialized views, synonyms
ir::StmtPtr transformCreateView(P::CreateStatementContext* stmt, P::CreateViewContext* ctx,
                                const ParseContext& pc);
ir::StmtPtr transformCreateMaterializedView(P::CreateMaterializedViewContext* ctx,
                                            const ParseContext& pc);
ir::StmtPtr transformCreateSynonym(P::CreateStatementContext* stmt, P::CreateSynonymContext* ctx,
                                   const ParseContext& pc);

// transform_admin.cpp: COMMENT, DROP, GRANT/REVOKE, out-of-scope statements
ir::StmtPtr transformComment(P::CommentStatementContext* ctx, const ParseContext& pc);
ir::StmtPtr transformDrop(P::DropStatementContext* ctx, const ParseContext& pc);
ir::StmtPtr transformGrant(P::GrantStatementContext* ctx, const ParseContext& pc);
ir::StmtPtr transformRevoke(P::RevokeStatementContext* ctx, const ParseContext& pc);

// transform_plsql.cpp: blocks, declarations, statements, routines, packages
ir::Ptr<ir::Block> transformBlock(P::BlockContext* ctx, const ParseContext& pc);
ir::StmtPtr transformAnonymousBlock(P::AnonymousBlockContext* ctx, const ParseContext& pc);
// A function or procedure declared in the WITH clause of a query (12c plsql_declarations).
ir::DeclPtr transformPlsqlDeclaration(P::PlsqlDeclarationContext* ctx, const ParseContext& pc);
std::vector<ir::DeclPtr> transformDeclareSection(P::DeclareSectionContext* ctx,
                                                 const ParseContext& pc);
std::vector<ir::StmtPtr> transformStatementList(P::StatementListContext* ctx,
                                                const ParseContext& pc);
std::vector<ir::Ptr<ir::ExceptionHandler>> transformExceptionSection(
    P::ExceptionSectionContext* ctx, const ParseContext& pc);
std::vector<ir::Ptr<ir::Parameter>> transformParameters(P::ParameterListContext* ctx,
                                                        const ParseContext& pc);
std::vector<std::string> transformRoutineOptions(const std::vector<P::RoutineOptionContext*>& v);
// Fills a routine's body (block or call spec) from IS/AS ... .
void transformRoutineImpl(P::RoutineImplContext* ctx, ir::Routine& r, const ParseContext& pc);
ir::StmtPtr transformCreateProcedure(P::CreateStatementContext* stmt,
                                     P::CreateProcedureContext* ctx, const ParseContext& pc);
ir::StmtPtr transformCreateFunction(P::CreateStatementContext* stmt, P::CreateFunctionContext* ctx,
                                    const ParseContext& pc);
ir::StmtPtr transformCreatePackage(P::CreateStatementContext* stmt, P::CreatePackageContext* ctx,
                                   const ParseContext& pc);
ir::StmtPtr transformCreatePackageBody(P::CreateStatementContext* stmt,
                                       P::CreatePackageBodyContext* ctx, const ParseContext& pc);

// transform_trigger.cpp
ir::StmtPtr transformCreateTrigger(P::CreateStatementContext* stmt, P::CreateTriggerContext* ctx,
                                   const ParseContext& pc);

// transform_type.cpp
ir::StmtPtr transformCreateType(P::CreateStatementContext* stmt, P::CreateTypeContext* ctx,
                                const ParseContext& pc);
// ALTER TYPE ... ADD | MODIFY | DROP ATTRIBUTE; any other word than ATTRIBUTE: unmodelled.
ir::StmtPtr transformAlterType(P::AlterTypeContext* ctx, const ParseContext& pc);
ir::StmtPtr transformCreateTypeBody(P::CreateStatementContext* stmt, P::CreateTypeBodyContext* ctx,
                                    const ParseContext& pc);

}  // namespace barge::parser::oracle
