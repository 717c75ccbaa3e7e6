#include <cctype>

#include "parser/oracle/transform.h"

namespace barge::parser::oracle {

namespace {
std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}
}  // namespace

std::string unquoteString(const std::string& lit) {
  size_t q = lit.find('\'');
  if (q == std::string::npos || lit.size() < q + 2) return lit;
  std::string body = lit.substr(q + 1, lit.size() - q - 2);
  std::string out;
  for (size_t i = 0; i < body.size(); ++i) {
    out += body[i];
    if (body[i] == '\'' && i + 1 < body.size() && body[i + 1] == '\'') ++i;
  }
  return out;
}

ir::Identifier transformIdentifier(P::IdentifierContext* ctx) {
  ir::Identifier id;
  if (auto* q = ctx->QUOTED_ID()) {
    std::string t = q->getText();
    id.text = t.substr(1, t.size() - 2);
    id.quoted = true;
  } else {
    id.text = ctx->getText();
  }
  return id;
}

ir::QualifiedName transformQualifiedName(P::QualifiedNameContext* ctx) {
  ir::QualifiedName n;
  for (auto* id : ctx->identifier()) n.parts.push_back(transformIdentifier(id));
  return n;
}

namespace {

// Oracle type spellings -> IR type families (semantics, not spelling: DATE has a time part).
struct TypeRule {
  const char* spelling;
  ir::TypeKind kind;
};
constexpr TypeRule kTypes[] = {
    {"NUMBER", ir::TypeKind::Decimal},
    {"NUMERIC", ir::TypeKind::Decimal},
    {"DECIMAL", ir::TypeKind::Decimal},
    {"DEC", ir::TypeKind::Decimal},
    {"INTEGER", ir::TypeKind::Decimal},
    {"INT", ir::TypeKind::Decimal},
    {"SMALLINT", ir::TypeKind::Decimal},
    {"FLOAT", ir::TypeKind::Float},
    {"REAL", ir::TypeKind::Float},
    {"DOUBLE PRECISION", ir::TypeKind::Float},
    {"BINARY_FLOAT", ir::TypeKind::Float},
    {"BINARY_DOUBLE", ir::TypeKind::Double},
    {"VARCHAR2", ir::TypeKind::VarChar},
    {"VARCHAR", ir::TypeKind::VarChar},
    {"NVARCHAR2", ir::TypeKind::VarChar},
    {"CHAR", ir::TypeKind::Char},
    {"CHARACTER", ir::TypeKind::Char},
    {"NCHAR", ir::TypeKind::Char},
    {"CHAR VARYING", ir::TypeKind::VarChar},
    {"CHARACTER VARYING", ir::TypeKind::VarChar},
    {"CLOB", ir::TypeKind::Text},
    {"NCLOB", ir::TypeKind::Text},
    {"LONG", ir::TypeKind::Text},
    {"BLOB", ir::TypeKind::Blob},
    {"RAW", ir::TypeKind::VarBinary},
    {"LONG RAW", ir::TypeKind::Blob},
    {"BFILE", ir::TypeKind::Blob},
    {"DATE", ir::TypeKind::DateTime},
    {"TIMESTAMP", ir::TypeKind::DateTime},
    {"ROWID", ir::TypeKind::RowId},
    {"UROWID", ir::TypeKind::RowId},
    {"XMLTYPE", ir::TypeKind::Xml},
    {"JSON", ir::TypeKind::Json},
    {"BOOLEAN", ir::TypeKind::Boolean},
    {"PLS_INTEGER", ir::TypeKind::Int},
    {"BINARY_INTEGER", ir::TypeKind::Int},
};

int64_t toInt(const std::string& s) {
  try {
    return std::stoll(s);
  } catch (...) {
    return 0;
  }
}

}  // namespace

ir::Ptr<ir::DataType> transformDataType(P::DataTypeContext* ctx, const ParseContext& pc) {
  auto t = std::make_unique<ir::DataType>();
  at(*t, ctx, pc);
  auto* tn = ctx->typeName();
  std::string spelling;
  for (auto* child : tn->children) {
    if (!spelling.empty()) spelling += ' ';
    spelling += upper(child->getText());
  }
  t->spelling = spelling;
  t->kind = ir::TypeKind::UserDefined;
  for (const auto& r : kTypes) {
    if (spelling == r.spelling) {
      t->kind = r.kind;
      break;
    }
  }
  if (t->kind == ir::TypeKind::UserDefined && tn->identifier())
    t->name.parts.push_back(transformIdentifier(tn->identifier()));
  t->national = spelling == "NCHAR" || spelling == "NVARCHAR2" || spelling == "NCLOB";
  if (spelling == "INTEGER" || spelling == "INT" || spelling == "SMALLINT") {
    t->precision = 38;  // Oracle INTEGER is NUMBER(38)
    t->scale = 0;
  }
  if (auto* size = ctx->typeSize()) {
    int64_t n = size->NUMBER() ? toInt(size->NUMBER()->getText()) : 0;
    bool isChar = t->kind == ir::TypeKind::VarChar || t->kind == ir::TypeKind::Char ||
                  t->kind == ir::TypeKind::VarBinary;
    if (isChar) {
      t->length = n;
      // Oracle's default length semantics is BYTE (NLS_LENGTH_SEMANTICS); N-types count chars.
      t->lengthInChars = t->national || size->K_CHAR() != nullptr;
      if (t->kind == ir::TypeKind::VarBinary) t->lengthInChars = false;
    } else if (t->kind == ir::TypeKind::DateTime) {
      t->precision = n;  // fractional seconds
    } else if (!size->STAR()) {
      t->precision = n;
    }
    if (auto* sc = ctx->signedNumber()) t->scale = toInt(sc->getText());
  } else if (t->kind == ir::TypeKind::Char) {
    t->length = 1;
    t->lengthInChars = t->national;
  }
  if (spelling == "TIMESTAMP" && !t->precision) t->precision = 6;
  if (ctx->K_ZONE()) t->kind = ctx->K_LOCAL() ? ir::TypeKind::Timestamp : ir::TypeKind::TimestampTz;
  return t;
}

namespace {

std::string opText(antlr4::tree::ParseTree* node) {
  return upper(node->getText());
}

}  // namespace

ir::ExprPtr transformExpression(P::ExpressionContext* ctx, const ParseContext& pc) {
  if (auto* p = dynamic_cast<P::ParenExprContext*>(ctx))
    return transformExpression(p->expression(), pc);
  if (auto* u = dynamic_cast<P::UnaryExprContext*>(ctx)) {
    auto e = std::make_unique<ir::Unary>();
    at(*e, u, pc);
    e->op = opText(u->children.front());
    e->operand = transformExpression(u->expression(), pc);
    return e;
  }
  if (auto* b = dynamic_cast<P::BinaryExprContext*>(ctx)) {
    auto e = std::make_unique<ir::Binary>();
    at(*e, b, pc);
    e->op = opText(b->children[1]);
    e->left = transformExpression(b->expression(0), pc);
    e->right = transformExpression(b->expression(1), pc);
    return e;
  }
  if (auto* n = dynamic_cast<P::IsNullExprContext*>(ctx)) {
    auto e = std::make_unique<ir::IsNull>();
    at(*e, n, pc);
    e->negated = n->K_NOT() != nullptr;
    e->operand = transformExpression(n->expression(), pc);
    return e;
  }
  if (auto* c = dynamic_cast<P::CallExprContext*>(ctx)) {
    auto e = std::make_unique<ir::Call>();
    at(*e, c, pc);
    e->function = transformQualifiedName(c->qualifiedName());
    for (auto* a : c->expression()) {
      ir::Argument arg;
      arg.value = transformExpression(a, pc);
      e->args.push_back(std::move(arg));
    }
    return e;
  }
  if (auto* l = dynamic_cast<P::LiteralExprContext*>(ctx)) {
    auto e = std::make_unique<ir::Literal>();
    at(*e, l, pc);
    auto* lit = l->literal();
    if (lit->NUMBER()) {
      std::string t = lit->NUMBER()->getText();
      bool isFloat = t.find_first_of("eEfFdD") != std::string::npos;
      e->literalKind = isFloat                            ? ir::LiteralKind::Float
                       : t.find('.') != std::string::npos ? ir::LiteralKind::Decimal
                                                          : ir::LiteralKind::Integer;
      e->value = t;
    } else if (lit->STRING()) {
      std::string t = lit->STRING()->getText();
      e->literalKind =
          (t[0] == 'n' || t[0] == 'N') ? ir::LiteralKind::NationalString : ir::LiteralKind::String;
      e->value = unquoteString(t);
    } else {
      e->literalKind = ir::LiteralKind::Null;
    }
    return e;
  }
  auto* n = dynamic_cast<P::NameExprContext*>(ctx);
  auto e = std::make_unique<ir::NameRef>();
  at(*e, ctx, pc);
  if (n) e->name = transformQualifiedName(n->qualifiedName());
  return e;
}

}  // namespace barge::parser::oracle
