#include <cctype>

#include "parser/mysql/transform.h"

namespace barge::parser::mysql {

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::optional<int64_t> toInt(const std::string& s, ir::DataType* t) {
  try {
    size_t used = 0;
    int64_t v = std::stoll(s, &used);
    if (used == s.size()) return v;
  } catch (...) {
  }
  if (t) t->badValue = s;  // reported by the converter at the type's position
  return std::nullopt;
}

std::string words(antlr4::tree::ParseTree* node) {
  std::string out;
  std::vector<antlr4::tree::ParseTree*> stack{node};
  // Depth-first, left to right, without recursion (bodies can be deep).
  std::vector<antlr4::tree::TerminalNode*> leaves;
  while (!stack.empty()) {
    auto* n = stack.back();
    stack.pop_back();
    if (auto* t = dynamic_cast<antlr4::tree::TerminalNode*>(n)) {
      leaves.push_back(t);
      continue;
    }
    for (auto it = n->children.rbegin(); it != n->children.rend(); ++it) stack.push_back(*it);
  }
  for (auto* t : leaves) {
    if (t->getSymbol()->getType() == antlr4::Token::EOF) continue;
    if (!out.empty()) out += ' ';
    std::string text = t->getText();
    size_t type = t->getSymbol()->getType();
    bool keywordLike = type == P::ID || (type >= P::K_ACTION && type <= P::K_REBUILD);
    out += keywordLike && type != P::ID ? upper(text) : text;
  }
  return out;
}

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

std::string stringValue(P::StringContext* ctx) {
  std::string out;
  for (auto* child : ctx->children) {
    auto* t = dynamic_cast<antlr4::tree::TerminalNode*>(child);
    if (!t) continue;
    std::string text = t->getText();
    switch (t->getSymbol()->getType()) {
      case P::NSTRING:
        out += unquoteString(text.substr(1));
        break;
      case P::INTRO_STRING: {
        size_t q = text.find_first_of("'\"");
        size_t x = text.find("0x");
        if (q == std::string::npos || (x != std::string::npos && x < q)) {
          out += text.substr(text.find_first_of(" \t0xX"));
        } else if (q > 0 && (text[q - 1] == 'x' || text[q - 1] == 'X')) {
          out += text.substr(q - 1);
        } else {
          out += unquoteString(text.substr(q));
        }
        break;
      }
      case P::HEX_STRING:
      case P::BIT_STRING:
        out += text.substr(2, text.size() - 3);
        break;
      default:
        out += unquoteString(text);
    }
  }
  return out;
}

std::string charsetNameText(P::CharsetNameContext* ctx) {
  if (!ctx) return {};
  if (ctx->string()) return stringValue(ctx->string());
  if (ctx->identifier()) return transformIdentifier(ctx->identifier()).text;
  return upper(ctx->getText());
}

std::string userNameText(P::UserNameContext* ctx) {
  if (!ctx) return {};
  if (ctx->K_CURRENT_USER()) return "CURRENT_USER";
  std::string user = ctx->identifier() ? transformIdentifier(ctx->identifier()).text
                                       : unquoteString(ctx->STRING()->getText());
  std::string out = "`" + user + "`";
  if (auto* host = ctx->USER_VAR()) {
    std::string h = host->getText().substr(1);
    if (!h.empty() && (h[0] == '\'' || h[0] == '"' || h[0] == '`')) h = h.substr(1, h.size() - 2);
    out += "@`" + h + "`";
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
  n.parts.push_back(transformIdentifier(ctx->identifier()));
  for (auto* d : ctx->dotIdentifier()) {
    if (d->identifier()) {
      n.parts.push_back(transformIdentifier(d->identifier()));
    } else {
      n.parts.push_back({d->getText(), false});
    }
  }
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
  auto* tn = ctx->typeName();
  std::string first;
  if (tn->identifier()) {
    first = upper(tn->identifier()->getText());
  } else if (tn->K_CHARACTER()) {
    first = "CHAR";
  } else if (tn->K_LONG()) {
    first = tn->ID() ? "LONG " + upper(tn->ID()->getText()) : "LONG";
  } else {
    first = upper(tn->getStart()->getText());
  }
  t->national = tn->K_NATIONAL() != nullptr || first == "NCHAR" || first == "NVARCHAR";
  if (tn->K_VARYING()) first = first == "CHAR" || first == "CHARACTER" ? "VARCHAR" : first;
  if (first == "CHARACTER") first = "CHAR";
  if (first == "LONG" || first == "LONG VARCHAR") first = "MEDIUMTEXT";
  if (first == "LONG VARBINARY") first = "MEDIUMBLOB";
  t->spelling = upper(pc.text(tn));
  t->kind = ir::TypeKind::Unknown;
  for (const auto& r : kTypes) {
    if (first == r.spelling) {
      t->kind = r.kind;
      if (r.impliedLength) t->length = r.impliedLength;
      break;
    }
  }
  if (t->kind == ir::TypeKind::Spatial) t->name.parts.push_back({first, false});
  if (t->kind == ir::TypeKind::Unknown && tn->identifier())
    t->name.parts.push_back(transformIdentifier(tn->identifier()));
  auto args = ctx->typeArgument();
  if (t->kind == ir::TypeKind::Enum || t->kind == ir::TypeKind::Set) {
    for (auto* a : args)
      if (a->string()) t->values.push_back(stringValue(a->string()));
  } else if (!args.empty()) {
    std::optional<int64_t> firstArg = toInt(args[0]->getText(), t.get());
    switch (t->kind) {
      case ir::TypeKind::Char:
      case ir::TypeKind::VarChar:
      case ir::TypeKind::Binary:
      case ir::TypeKind::VarBinary:
      case ir::TypeKind::Bit:
      case ir::TypeKind::Text:
      case ir::TypeKind::Blob:
        t->length = firstArg;
        t->lengthInChars = t->kind == ir::TypeKind::Char || t->kind == ir::TypeKind::VarChar ||
                           t->kind == ir::TypeKind::Text;
        break;
      case ir::TypeKind::TinyInt:
      case ir::TypeKind::SmallInt:
      case ir::TypeKind::MediumInt:
      case ir::TypeKind::Int:
      case ir::TypeKind::BigInt:
      case ir::TypeKind::Year:
        t->length = firstArg;  // display width only
        break;
      default:
        t->precision = firstArg;
        if (args.size() > 1) t->scale = toInt(args[1]->getText(), t.get());
    }
  }
  if (t->kind == ir::TypeKind::Char && args.empty()) t->length = 1;
  if (t->kind == ir::TypeKind::Binary && args.empty()) t->length = 1;
  if (t->kind == ir::TypeKind::Bit && args.empty()) t->length = 1;
  if (first == "SERIAL") t->isUnsigned = true;
  for (auto* m : ctx->typeModifier()) {
    if (m->K_UNSIGNED()) t->isUnsigned = true;
    if (m->K_ZEROFILL()) t->isUnsigned = t->zeroFill = true;
    if (m->K_BINARY() && !m->K_CHARACTER()) t->collation = "binary";
    if (m->K_CHARACTER() || m->K_CHARSET()) t->charset = charsetNameText(m->charsetName());
    if (m->K_COLLATE()) t->collation = charsetNameText(m->charsetName());
  }
  return t;
}

}  // namespace barge::parser::mysql
