#include <cctype>

#include "parser/mysql/transform.h"

namespace barge::parser::mysql {

namespace {
std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}
int64_t toInt(const std::string& s) {
  try {
    return std::stoll(s);
  } catch (...) {
    return 0;
  }
}
}  // namespace

// MySQL string literal body: backslash escapes and doubled quotes resolved.
std::string unquoteString(const std::string& lit) {
  if (lit.size() < 2) return lit;
  char q = lit.front();
  std::string out;
  for (size_t i = 1; i + 1 < lit.size(); ++i) {
    char c = lit[i];
    if (c == '\\' && i + 2 < lit.size()) {
      char n = lit[++i];
      switch (n) {
        case '0':
          out += '\0';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'b':
          out += '\b';
          break;
        case 'Z':
          out += '\x1a';
          break;
        case '%':
          out += "\\%";
          break;  // kept escaped: meaningful to LIKE
        case '_':
          out += "\\_";
          break;
        default:
          out += n;
      }
    } else if (c == q && i + 2 < lit.size() && lit[i + 1] == q) {
      out += c;
      ++i;
    } else {
      out += c;
    }
  }
  return out;
}

ir::Identifier transformIdentifier(P::IdentifierContext* ctx) {
  ir::Identifier id;
  if (auto* q = ctx->BACKTICK_ID()) {
    std::string t = q->getText();
    std::string body = t.substr(1, t.size() - 2);
    for (size_t i = 0; i < body.size(); ++i) {
      id.text += body[i];
      if (body[i] == '`' && i + 1 < body.size() && body[i + 1] == '`') ++i;
    }
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

struct TypeRule {
  const char* spelling;
  ir::TypeKind kind;
  int64_t impliedLength;  // TEXT / BLOB family byte limits; 0 = none
};
constexpr TypeRule kTypes[] = {
    {"TINYINT", ir::TypeKind::TinyInt, 0},
    {"BOOL", ir::TypeKind::Boolean, 0},
    {"BOOLEAN", ir::TypeKind::Boolean, 0},
    {"SMALLINT", ir::TypeKind::SmallInt, 0},
    {"MEDIUMINT", ir::TypeKind::MediumInt, 0},
    {"INT", ir::TypeKind::Int, 0},
    {"INTEGER", ir::TypeKind::Int, 0},
    {"BIGINT", ir::TypeKind::BigInt, 0},
    {"SERIAL", ir::TypeKind::BigInt, 0},
    {"DECIMAL", ir::TypeKind::Decimal, 0},
    {"DEC", ir::TypeKind::Decimal, 0},
    {"NUMERIC", ir::TypeKind::Decimal, 0},
    {"FIXED", ir::TypeKind::Decimal, 0},
    {"FLOAT", ir::TypeKind::Float, 0},
    {"DOUBLE", ir::TypeKind::Double, 0},
    {"REAL", ir::TypeKind::Double, 0},
    {"BIT", ir::TypeKind::Bit, 0},
    {"CHAR", ir::TypeKind::Char, 0},
    {"NCHAR", ir::TypeKind::Char, 0},
    {"VARCHAR", ir::TypeKind::VarChar, 0},
    {"NVARCHAR", ir::TypeKind::VarChar, 0},
    {"TINYTEXT", ir::TypeKind::Text, 255},
    {"TEXT", ir::TypeKind::Text, 65535},
    {"MEDIUMTEXT", ir::TypeKind::Text, 16777215},
    {"LONGTEXT", ir::TypeKind::Text, 4294967295LL},
    {"BINARY", ir::TypeKind::Binary, 0},
    {"VARBINARY", ir::TypeKind::VarBinary, 0},
    {"TINYBLOB", ir::TypeKind::Blob, 255},
    {"BLOB", ir::TypeKind::Blob, 65535},
    {"MEDIUMBLOB", ir::TypeKind::Blob, 16777215},
    {"LONGBLOB", ir::TypeKind::Blob, 4294967295LL},
    {"DATE", ir::TypeKind::Date, 0},
    {"TIME", ir::TypeKind::Time, 0},
    {"DATETIME", ir::TypeKind::DateTime, 0},
    {"TIMESTAMP", ir::TypeKind::Timestamp, 0},
    {"YEAR", ir::TypeKind::Year, 0},
    {"ENUM", ir::TypeKind::Enum, 0},
    {"SET", ir::TypeKind::Set, 0},
    {"JSON", ir::TypeKind::Json, 0},
    {"GEOMETRY", ir::TypeKind::Spatial, 0},
    {"POINT", ir::TypeKind::Spatial, 0},
    {"LINESTRING", ir::TypeKind::Spatial, 0},
    {"POLYGON", ir::TypeKind::Spatial, 0},
    {"MULTIPOINT", ir::TypeKind::Spatial, 0},
    {"MULTILINESTRING", ir::TypeKind::Spatial, 0},
    {"MULTIPOLYGON", ir::TypeKind::Spatial, 0},
    {"GEOMETRYCOLLECTION", ir::TypeKind::Spatial, 0},
};

}  // namespace

ir::Ptr<ir::DataType> transformDataType(P::DataTypeContext* ctx, const ParseContext& pc) {
  auto t = std::make_unique<ir::DataType>();
  at(*t, ctx, pc);
  t->spelling = upper(ctx->identifier(0)->getText());
  t->kind = ir::TypeKind::Unknown;
  for (const auto& r : kTypes) {
    if (t->spelling == r.spelling) {
      t->kind = r.kind;
      if (r.impliedLength) t->length = r.impliedLength;
      break;
    }
  }
  if (t->kind == ir::TypeKind::Spatial) t->name.parts.push_back({t->spelling, false});
  if (t->kind == ir::TypeKind::Unknown)
    t->name.parts.push_back(transformIdentifier(ctx->identifier(0)));
  t->national = t->spelling == "NCHAR" || t->spelling == "NVARCHAR";
  auto args = ctx->typeArg();
  if (t->kind == ir::TypeKind::Enum || t->kind == ir::TypeKind::Set) {
    for (auto* a : args)
      if (a->STRING()) t->values.push_back(unquoteString(a->STRING()->getText()));
  } else if (!args.empty()) {
    int64_t first = toInt(args[0]->getText());
    switch (t->kind) {
      case ir::TypeKind::Char:
      case ir::TypeKind::VarChar:
      case ir::TypeKind::Binary:
      case ir::TypeKind::VarBinary:
      case ir::TypeKind::Bit:
      case ir::TypeKind::Text:
      case ir::TypeKind::Blob:
        t->length = first;
        t->lengthInChars = t->kind == ir::TypeKind::Char || t->kind == ir::TypeKind::VarChar ||
                           t->kind == ir::TypeKind::Text;
        break;
      case ir::TypeKind::TinyInt:
      case ir::TypeKind::SmallInt:
      case ir::TypeKind::MediumInt:
      case ir::TypeKind::Int:
      case ir::TypeKind::BigInt:
        t->length = first;  // display width only
        break;
      default:
        t->precision = first;
        if (args.size() > 1) t->scale = toInt(args[1]->getText());
    }
  }
  if (t->kind == ir::TypeKind::Char && args.empty()) t->length = 1;
  if (t->kind == ir::TypeKind::Bit && args.empty()) t->length = 1;
  t->isUnsigned = !ctx->K_UNSIGNED().empty() || !ctx->K_ZEROFILL().empty();
  t->zeroFill = !ctx->K_ZEROFILL().empty();
  auto ids = ctx->identifier();
  size_t k = 1;
  if (ctx->K_CHARACTER() || ctx->K_CHARSET())
    t->charset = ids.size() > k ? ids[k++]->getText() : "";
  if (ctx->K_COLLATE()) t->collation = ids.size() > k ? ids[k]->getText() : "";
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
    auto* lit = l->literal();
    if (lit->K_CURRENT_TIMESTAMP()) {
      auto e = std::make_unique<ir::Call>();
      at(*e, l, pc);
      e->function.parts.push_back({"CURRENT_TIMESTAMP", false});
      return e;
    }
    auto e = std::make_unique<ir::Literal>();
    at(*e, l, pc);
    if (lit->NUMBER()) {
      std::string t = lit->NUMBER()->getText();
      e->literalKind = t.find_first_of("eE") != std::string::npos ? ir::LiteralKind::Float
                       : t.find('.') != std::string::npos         ? ir::LiteralKind::Decimal
                                                                  : ir::LiteralKind::Integer;
      e->value = t;
    } else if (lit->STRING()) {
      e->literalKind = ir::LiteralKind::String;
      e->value = unquoteString(lit->STRING()->getText());
    } else if (lit->K_TRUE() || lit->K_FALSE()) {
      e->literalKind = ir::LiteralKind::Boolean;
      e->value = lit->K_TRUE() ? "TRUE" : "FALSE";
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

}  // namespace barge::parser::mysql
