#include <cctype>
#include <string_view>

#include "parser/oracle/transform.h"

namespace barge::parser::oracle {

namespace {
std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}
}  // namespace

std::string upperText(const std::string& s) {
  return upper(s);
}

std::string unquoteString(const std::string& lit) {
  size_t q = lit.find('\'');
  if (q == std::string::npos || lit.size() < q + 2) return lit;
  // q'<delim>...<delim>' : the body is everything between the delimiters, taken literally.
  if (q > 0 && (lit[q - 1] == 'q' || lit[q - 1] == 'Q') && lit.size() >= q + 4)
    return lit.substr(q + 2, lit.size() - q - 4);
  std::string body = lit.substr(q + 1, lit.size() - q - 2);
  std::string out;
  for (size_t i = 0; i < body.size(); ++i) {
    out += body[i];
    if (body[i] == '\'' && i + 1 < body.size() && body[i + 1] == '\'') ++i;
  }
  return out;
}

ir::Identifier transformDeclaredName(P::DeclaredNameContext* ctx) {
  if (auto* id = ctx->identifier()) return transformIdentifier(id);
  return ir::Identifier{ctx->getText(), false};
}

ir::Identifier transformIdentifier(P::IdentifierContext* ctx) {
  ir::Identifier id;
  if (!ctx) return id;
  if (auto* q = ctx->QUOTED_ID()) {
    std::string t = q->getText();
    id.text = t.substr(1, t.size() - 2);
    id.quoted = true;
  } else {
    id.text = ctx->getText();
  }
  return id;
}

ir::Identifier transformAnyName(P::AnyNameContext* ctx) {
  if (auto* id = ctx->identifier()) return transformIdentifier(id);
  ir::Identifier id;
  id.text = ctx->getText();
  return id;
}

ir::QualifiedName transformQualifiedName(P::QualifiedNameContext* ctx) {
  ir::QualifiedName n;
  if (!ctx) return n;
  n.parts.push_back(transformIdentifier(ctx->identifier()));
  for (auto* a : ctx->anyName()) n.parts.push_back(transformAnyName(a));
  return n;
}

std::vector<ir::Identifier> transformColumnList(P::ColumnListContext* ctx) {
  std::vector<ir::Identifier> out;
  if (!ctx) return out;
  for (auto* id : ctx->identifier()) out.push_back(transformIdentifier(id));
  return out;
}

namespace {
void collectTokens(antlr4::tree::ParseTree* t, std::string& out) {
  if (auto* term = dynamic_cast<antlr4::tree::TerminalNode*>(t)) {
    auto* tok = term->getSymbol();
    if (tok->getType() == antlr4::Token::EOF) return;
    std::string s = tok->getText();
    // Keyword token types are declared first in the lexer, as one contiguous range.
    bool keyword = tok->getType() >= P::K_A && tok->getType() <= P::K_PASSING;
    if (!out.empty()) out += ' ';
    out += keyword ? upper(s) : s;
    return;
  }
  for (auto* c : t->children) collectTokens(c, out);
}
}  // namespace

std::string normalizedText(antlr4::ParserRuleContext* ctx) {
  std::string out;
  if (ctx) collectTokens(ctx, out);
  return out;
}

namespace {

// Oracle type spellings -> IR type families (semantics, not spelling: DATE has a time part).
struct TypeRule {
  std::string_view spelling;  // compared by length first, not strlen + memcmp per entry
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
    {"NATURAL", ir::TypeKind::Int},
    {"NATURALN", ir::TypeKind::Int},
    {"POSITIVE", ir::TypeKind::Int},
    {"POSITIVEN", ir::TypeKind::Int},
    {"SIMPLE_INTEGER", ir::TypeKind::Int},
};

// A size that does not fit is kept as written in `badValue` for the converter to report at
// the type's position; the size itself stays unset (never a silent 0).
std::optional<int64_t> toInt(const std::string& s, ir::DataType& t) {
  try {
    size_t used = 0;
    int64_t v = std::stoll(s, &used);
    if (used == s.size()) return v;
  } catch (...) {
  }
  t.badValue = s;
  return std::nullopt;
}

}  // namespace

ir::Ptr<ir::DataType> transformDataType(P::DataTypeContext* ctx, const ParseContext& pc) {
  auto t = std::make_unique<ir::DataType>();
  at(*t, ctx, pc);
  auto* tn = ctx->typeName();
  if (!tn) {  // INTERVAL YEAR TO MONTH / DAY TO SECOND
    bool ym = ctx->K_YEAR() != nullptr;
    t->kind = ym ? ir::TypeKind::IntervalYearMonth : ir::TypeKind::IntervalDaySecond;
    t->spelling = ym ? "INTERVAL YEAR TO MONTH" : "INTERVAL DAY TO SECOND";
    auto nums = ctx->NUMBER();
    // Which parenthesised number belongs where: look at the token after each "(".
    for (auto* n : nums) {
      auto idx = n->getSymbol()->getTokenIndex();
      bool afterTo = ctx->K_TO() && idx > ctx->K_TO()->getSymbol()->getTokenIndex();
      if (afterTo)
        t->precision = toInt(n->getText(), *t);
      else
        t->leadingPrecision = toInt(n->getText(), *t);
    }
    return t;
  }
  std::string spelling;
  auto* qn = tn->qualifiedName();
  bool anchored = tn->PERCENT_SIGN() != nullptr;
  if (qn) {
    spelling = upper(qn->getText());
    if (tn->K_VARYING()) spelling += " VARYING";
    if (tn->K_PRECISION()) spelling += " PRECISION";
    if (tn->K_RAW()) spelling += " RAW";
  } else {
    spelling = tn->K_DATE()      ? "DATE"
               : tn->K_NATURAL() ? "NATURAL"
               : tn->K_TABLE()   ? "TABLE"  // polymorphic table function argument / result
                                 : (tn->K_VARYING() ? "CHAR VARYING" : "CHAR");
  }
  t->spelling = spelling;
  t->kind = ir::TypeKind::UserDefined;
  if (!anchored && !ctx->K_REF()) {
    for (const auto& r : kTypes) {
      if (spelling == r.spelling) {
        t->kind = r.kind;
        break;
      }
    }
    if (spelling == "SYS_REFCURSOR") t->kind = ir::TypeKind::RefCursor;
    if (spelling == "SYS.XMLTYPE") t->kind = ir::TypeKind::Xml;
  }
  if (t->kind == ir::TypeKind::UserDefined && qn) {
    t->name = transformQualifiedName(qn);
    if (anchored) {
      t->anchor = tn->K_ROWTYPE() ? ir::DataType::Anchor::RowType : ir::DataType::Anchor::Type;
      t->spelling += tn->K_ROWTYPE() ? "%ROWTYPE" : "%TYPE";
    }
    if (ctx->K_REF()) t->spelling = "REF " + t->spelling;
  }
  t->national = spelling == "NCHAR" || spelling == "NVARCHAR2" || spelling == "NCLOB";
  if (spelling == "INTEGER" || spelling == "INT" || spelling == "SMALLINT") {
    t->precision = 38;  // Oracle INTEGER is NUMBER(38)
    t->scale = 0;
  }
  if (auto* size = ctx->typeSize()) {
    std::optional<int64_t> n;
    if (size->NUMBER()) n = toInt(size->NUMBER()->getText(), *t);
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
    if (auto* sc = ctx->signedNumber()) t->scale = toInt(sc->getText(), *t);
    if (size->ID()) t->spelling += "(" + size->getText() + ")";  // &substitution
  } else if (t->kind == ir::TypeKind::Char) {
    t->length = 1;
    t->lengthInChars = t->national;
  }
  if (spelling == "TIMESTAMP" && !t->precision) t->precision = 6;
  if (ctx->K_ZONE()) t->kind = ctx->K_LOCAL() ? ir::TypeKind::Timestamp : ir::TypeKind::TimestampTz;
  if (ctx->K_CHARACTER()) t->charset = ctx->identifier()->getText();
  return t;
}

}  // namespace barge::parser::oracle
