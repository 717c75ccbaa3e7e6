#include "converter/bind/binder.h"

#include "converter/function_rules.h"
#include "converter/identifiers.h"

namespace barge::converter {

namespace {

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

bool isNumeric(ir::ValueType t) {
  return t == ir::ValueType::Number || t == ir::ValueType::Integer;
}

bool isTemporal(ir::ValueType t) {
  return t == ir::ValueType::Date || t == ir::ValueType::Timestamp ||
         t == ir::ValueType::TimestampTz;
}

ir::ValueType literalType(const ir::Literal& l) {
  switch (l.literalKind) {
    case ir::LiteralKind::Null:
      return ir::ValueType::Null;
    case ir::LiteralKind::Integer:
      return ir::ValueType::Integer;
    case ir::LiteralKind::Decimal:
    case ir::LiteralKind::Float:
      return ir::ValueType::Number;
    case ir::LiteralKind::String:
    case ir::LiteralKind::NationalString:
      return ir::ValueType::Text;
    case ir::LiteralKind::HexString:
    case ir::LiteralKind::BitString:
      return ir::ValueType::Binary;
    case ir::LiteralKind::Boolean:
      return ir::ValueType::Boolean;
    case ir::LiteralKind::Date:
      return ir::ValueType::Date;
    case ir::LiteralKind::Time:
      return ir::ValueType::Interval;
    case ir::LiteralKind::Timestamp:
      return ir::ValueType::Timestamp;
    case ir::LiteralKind::Default:
      return ir::ValueType::Unknown;
  }
  return ir::ValueType::Unknown;
}

// The name a select item gets in the output (PostgreSQL name), "" when PostgreSQL would
// invent one.
std::string itemName(ir::Dialect d, const ir::SelectItem& i) {
  if (!i.alias.empty()) return pgName(d, i.alias);
  if (i.expr && i.expr->kind == ir::ExprKind::Name)
    return pgName(d, i.expr->as<ir::NameRef>().name.last());
  return {};
}

}  // namespace

bool isPseudoColumn(ir::Dialect d, const std::string& n) {
  if (d != ir::Dialect::Oracle) return false;
  return n == "ROWNUM" || n == "LEVEL" || n == "ROWID" || n == "CONNECT_BY_ISLEAF" ||
         n == "CONNECT_BY_ISCYCLE" || n == "ORA_ROWSCN" || n == "OBJECT_VALUE" ||
         n == "COLUMN_VALUE" || n == "OBJECT_ID";
}

const RangeVar* Scope::findRangeVar(const std::string& alias) const {
  for (const auto& r : rangeVars)
    if (r.alias == alias) return &r;
  return nullptr;
}

RangeVar Binder::rangeVarForTable(ir::NamedTable& t) {
  const ir::Dialect d = catalog_.dialect();
  RangeVar rv;
  rv.ref = &t;
  rv.alias = pgName(d, t.alias.empty() ? t.name.last() : t.alias);
  if (t.name.parts.size() == 1 && !t.name.parts[0].quoted) {
    std::string n = pgName(d, t.name.last());
    for (auto it = ctes_.rbegin(); it != ctes_.rend(); ++it)
      if (auto c = it->find(n); c != it->end()) {
        rv.columns = c->second;
        rv.columnsKnown = !rv.columns.empty();
        return rv;
      }
  }
  const Relation* r = catalog_.findRelation(t.name);
  if (!r && t.name.parts.size() == 2) {
    // `sh.sales` in a script run as SH that creates `sales` unqualified (Oracle's schema is the
    // connected user, MySQL's the USE database): the same table, when no object of the input
    // lives in a schema of that name.
    ir::QualifiedName bare;
    bare.parts.push_back(t.name.parts[1]);
    ir::QualifiedName schemaOnly;
    schemaOnly.parts.push_back(t.name.parts[0]);
    const Relation* b = catalog_.findRelation(bare);
    if (b && !catalog_.hasRelationSchema(catalog_.pgKey(schemaOnly).second)) {
      actions_.add("BRG-2014", t.loc,
                   t.name.str() + " read as " + bare.str() +
                       " of the input (the schema its scripts create unqualified objects in)");
      t.name = std::move(bare);
      r = b;
    }
  }
  if (r) {
    rv.relation = r;
    rv.columns = r->columns;
    rv.columnsKnown = r->columnsKnown;
    if (r->leftOut) {
      ++unresolved_;
      actions_.add("BRG-2011", t.loc,
                   t.name.str() + " is left out of the output, so this statement is too");
    }
    return rv;
  }
  if (d == ir::Dialect::Oracle && t.name.parts.size() == 1 && upper(t.name.last().text) == "DUAL") {
    rv.columns.push_back({"dummy", nullptr, ir::ValueType::Text, true});
    rv.columnsKnown = true;
    return rv;
  }
  ++unresolved_;
  actions_.add("BRG-2011", t.loc,
               t.name.str() + " is not a table or view of the input; the statement is left out");
  return rv;
}

void Binder::addFromItem(ir::TableRef& t, Scope& scope, const Scope* outer) {
  const ir::Dialect d = catalog_.dialect();
  switch (t.kind) {
    case ir::TableRefKind::Named:
      scope.rangeVars.push_back(rangeVarForTable(static_cast<ir::NamedTable&>(t)));
      break;
    case ir::TableRefKind::Derived: {
      auto& dt = static_cast<ir::DerivedTable&>(t);
      RangeVar rv;
      rv.ref = &t;
      rv.alias = t.alias.empty() ? "" : pgName(d, t.alias);
      if (dt.query) {
        bindQuery(*dt.query, dt.lateral ? &scope : outer);
        rv.columns = outputColumns(*dt.query);
        rv.columnsKnown = !rv.columns.empty();
        for (size_t i = 0; i < t.columnAliases.size() && i < rv.columns.size(); ++i)
          rv.columns[i].name = pgName(d, t.columnAliases[i]);
        for (const auto& c : rv.columns)
          if (c.name.empty()) rv.columnsKnown = false;
      }
      scope.rangeVars.push_back(std::move(rv));
      break;
    }
    case ir::TableRefKind::Function: {
      auto& ft = static_cast<ir::FunctionTable&>(t);
      if (ft.call) bindExpr(*ft.call, scope);
      RangeVar rv;
      rv.ref = &t;
      rv.alias = t.alias.empty() ? "" : pgName(d, t.alias);
      scope.rangeVars.push_back(std::move(rv));
      break;
    }
    case ir::TableRefKind::Join: {
      auto& j = static_cast<ir::Join&>(t);
      if (j.left) addFromItem(*j.left, scope, outer);
      if (j.right) addFromItem(*j.right, scope, outer);
      if (j.on) bindExpr(*j.on, scope);
      for (auto& e : j.leftPartitionBy) bindExpr(*e, scope);
      for (auto& e : j.rightPartitionBy) bindExpr(*e, scope);
      break;
    }
    case ir::TableRefKind::Raw:
      break;
  }
}

void Binder::bindQuery(ir::Query& q, const Scope* outer) {
  const ir::Dialect d = catalog_.dialect();
  ctes_.emplace_back();
  for (auto& c : q.with) {
    if (!c->query) continue;
    // A recursive WITH member may name itself: make the name known (columns from the list).
    std::vector<CatalogColumn> declared;
    for (const auto& col : c->columns) declared.push_back({pgName(d, col), nullptr, {}, false});
    ctes_.back()[pgName(d, c->name)] = declared;
    bindQuery(*c->query, outer);
    auto cols = outputColumns(*c->query);
    for (size_t i = 0; i < c->columns.size() && i < cols.size(); ++i)
      cols[i].name = pgName(d, c->columns[i]);
    ctes_.back()[pgName(d, c->name)] = cols;
  }
  switch (q.queryKind) {
    case ir::QueryKind::Select:
      bindSelect(static_cast<ir::Select&>(q), outer);
      break;
    case ir::QueryKind::SetOp: {
      auto& s = static_cast<ir::SetOp&>(q);
      if (s.left) bindQuery(*s.left, outer);
      if (s.right) bindQuery(*s.right, outer);
      // ORDER BY of a set operation names the output columns of its first branch.
      Scope scope;
      scope.parent = outer;
      RangeVar rv;
      if (s.left) rv.columns = outputColumns(*s.left);
      rv.columnsKnown = true;
      scope.rangeVars.push_back(std::move(rv));
      for (auto& o : q.orderBy)
        if (o->expr) bindExpr(*o->expr, scope);
      break;
    }
    case ir::QueryKind::Values: {
      Scope scope;
      scope.parent = outer;
      for (auto& row : static_cast<ir::Values&>(q).rows)
        for (auto& e : row)
          if (e) bindExpr(*e, scope);
      break;
    }
  }
  Scope limits;
  limits.parent = outer;
  if (q.limit) bindExpr(*q.limit, limits);
  if (q.offset) bindExpr(*q.offset, limits);
  ctes_.pop_back();
}

void Binder::bindSelect(ir::Select& s, const Scope* outer) {
  const ir::Dialect d = catalog_.dialect();
  Scope scope;
  scope.parent = outer;
  scope.hierarchical = s.connectBy != nullptr;
  for (auto& f : s.from)
    if (f) addFromItem(*f, scope, outer);
  for (auto& i : s.items)
    if (i->expr) bindExpr(*i->expr, scope);
  if (s.where) bindExpr(*s.where, scope);
  if (s.startWith) bindExpr(*s.startWith, scope);
  if (s.connectBy) bindExpr(*s.connectBy, scope);
  for (auto& g : s.groupBy)
    if (g) bindExpr(*g, scope);
  if (s.having) bindExpr(*s.having, scope);
  for (auto& w : s.windows) {
    for (auto& e : w->partitionBy) bindExpr(*e, scope);
    for (auto& o : w->orderBy)
      if (o->expr) bindExpr(*o->expr, scope);
  }
  for (auto& e : s.into)
    if (e) bindExpr(*e, scope);
  // ORDER BY may name select-list aliases as well as columns.
  Scope order;
  order.parent = &scope;
  RangeVar aliases;
  for (const auto& i : s.items) {
    std::string n = itemName(d, *i);
    if (!n.empty())
      aliases.columns.push_back(
          {n, nullptr, i->expr ? i->expr->valueType : ir::ValueType::Unknown, false});
  }
  aliases.columnsKnown = true;
  order.rangeVars.push_back(std::move(aliases));
  for (auto& o : s.orderBy)
    if (o->expr) bindExpr(*o->expr, order);
  // Output columns: select items, with * expanded where the FROM items' columns are known.
  std::vector<CatalogColumn> out;
  bool known = true;
  for (const auto& i : s.items) {
    if (i->expr && i->expr->kind == ir::ExprKind::Star) {
      const auto& st = i->expr->as<ir::Star>();
      std::string q = st.qualifier.empty() ? "" : pgName(d, st.qualifier.last());
      for (const auto& rv : scope.rangeVars) {
        if (!q.empty() && rv.alias != q) continue;
        if (!rv.columnsKnown) known = false;
        for (const auto& c : rv.columns) out.push_back(c);
      }
      continue;
    }
    CatalogColumn c;
    c.name = itemName(d, *i);
    c.valueType = i->expr ? i->expr->valueType : ir::ValueType::Unknown;
    if (i->expr && i->expr->kind == ir::ExprKind::Name) {
      const auto& n = i->expr->as<ir::NameRef>();
      if (n.role == ir::NameRole::Column && n.from)
        for (const auto& rv : scope.rangeVars)
          if (rv.ref == n.from)
            if (const CatalogColumn* src = [&]() -> const CatalogColumn* {
                  for (const auto& sc : rv.columns)
                    if (sc.name == pgName(d, n.name.last())) return &sc;
                  return nullptr;
                }())
              c.type = src->type;
    }
    out.push_back(std::move(c));
  }
  if (!known) out.clear();
  outputs_[&s] = std::move(out);
}

std::vector<CatalogColumn> Binder::outputColumns(const ir::Query& q) const {
  if (q.queryKind == ir::QueryKind::Select) {
    auto it = outputs_.find(static_cast<const ir::Select*>(&q));
    return it == outputs_.end() ? std::vector<CatalogColumn>{} : it->second;
  }
  if (q.queryKind == ir::QueryKind::SetOp) {
    const auto& s = static_cast<const ir::SetOp&>(q);
    return s.left ? outputColumns(*s.left) : std::vector<CatalogColumn>{};
  }
  return {};
}

void Binder::bindName(ir::NameRef& n, const Scope& scope) {
  const ir::Dialect d = catalog_.dialect();
  const auto& parts = n.name.parts;
  std::string last = pgName(d, parts.back());
  if (parts.size() == 1) {
    bool unknownColumns = false;
    for (const Scope* s = &scope; s; s = s->parent) {
      for (const auto& rv : s->rangeVars) {
        for (const auto& c : rv.columns)
          if (c.name == last) {
            n.role = ir::NameRole::Column;
            n.from = rv.ref;
            n.valueType = c.valueType;
            return;
          }
        if (!rv.columnsKnown && s == &scope) unknownColumns = true;
      }
      if (auto v = s->variables.find(last); v != s->variables.end()) {
        n.role = ir::NameRole::Variable;
        n.valueType = v->second;
        return;
      }
    }
    std::string up = parts[0].quoted ? parts[0].text : upper(parts[0].text);
    if (!parts[0].quoted && isPseudoColumn(d, up)) {
      n.role = ir::NameRole::PseudoColumn;
      n.valueType = up == "ROWID" ? ir::ValueType::Text : ir::ValueType::Number;
      return;
    }
    if (!parts[0].quoted)
      if (const FunctionRule* r = findNoParensRule(d, up)) {
        n.role = ir::NameRole::Function;
        n.valueType = r->returns;
        return;
      }
    n.role = unknownColumns ? ir::NameRole::Column : ir::NameRole::Unknown;
    return;
  }
  std::string lastUpper = upper(parts.back().text);
  if (!parts.back().quoted && (lastUpper == "NEXTVAL" || lastUpper == "CURRVAL")) {
    n.role = ir::NameRole::Sequence;
    n.valueType = ir::ValueType::Number;
    return;
  }
  // qualifier.column: the qualifier is a FROM item's name (or schema.table for 3 parts).
  std::string qual = pgName(d, parts[parts.size() - 2]);
  for (const Scope* s = &scope; s; s = s->parent)
    if (const RangeVar* rv = s->findRangeVar(qual)) {
      n.role = ir::NameRole::Column;
      n.from = rv->ref;
      for (const auto& c : rv->columns)
        if (c.name == last) n.valueType = c.valueType;
      return;
    }
  n.role = ir::NameRole::Unknown;  // record field, package variable, ...
}

ir::ValueType Binder::binaryType(const ir::Binary& b) const {
  using V = ir::ValueType;
  V l = b.left ? b.left->valueType : V::Unknown, r = b.right ? b.right->valueType : V::Unknown;
  switch (b.op) {
    case ir::BinaryOp::Add:
    case ir::BinaryOp::Sub:
      if (isTemporal(l) && (isNumeric(r) || r == V::Interval)) return l;
      if (b.op == ir::BinaryOp::Add && isTemporal(r) && (isNumeric(l) || l == V::Interval))
        return r;
      if (b.op == ir::BinaryOp::Sub && isTemporal(l) && isTemporal(r))
        return catalog_.dialect() == ir::Dialect::Oracle ? V::Number : V::Interval;
      [[fallthrough]];
    case ir::BinaryOp::Mul:
    case ir::BinaryOp::Mod:
      if (l == V::Integer && r == V::Integer) return V::Integer;
      return isNumeric(l) && isNumeric(r) ? V::Number : V::Unknown;
    case ir::BinaryOp::IntDiv:
      return V::Integer;
    case ir::BinaryOp::Div:
    case ir::BinaryOp::Power:
      return V::Number;
    case ir::BinaryOp::Concat:
      return V::Text;
    default:
      return ir::isComparison(b.op) || b.op == ir::BinaryOp::And || b.op == ir::BinaryOp::Or
                 ? V::Boolean
                 : V::Unknown;
  }
}

void Binder::bindCall(ir::Call& c, const Scope& scope) {
  for (auto& a : c.args)
    if (a.value) bindExpr(*a.value, scope);
  for (auto& o : c.withinGroup)
    if (o->expr) bindExpr(*o->expr, scope);
  if (c.over) {
    for (auto& e : c.over->partitionBy) bindExpr(*e, scope);
    for (auto& o : c.over->orderBy)
      if (o->expr) bindExpr(*o->expr, scope);
  }
  if (c.function.parts.size() != 1) return;
  std::string name = upper(c.function.last().text);
  auto argType = [&](size_t i) {
    return i < c.args.size() && c.args[i].value ? c.args[i].value->valueType
                                                : ir::ValueType::Unknown;
  };
  // Calls whose type is that of an argument.
  if (name == "TRUNC" || name == "ROUND") {
    c.valueType = isTemporal(argType(0)) ? argType(0) : ir::ValueType::Number;
    if (c.valueType == ir::ValueType::Timestamp && argType(0) == ir::ValueType::Date)
      c.valueType = ir::ValueType::Date;
    return;
  }
  if (name == "NVL" || name == "COALESCE" || name == "NULLIF" || name == "GREATEST" ||
      name == "LEAST" || name == "MIN" || name == "MAX" || name == "IFNULL" ||
      name == "FIRST_VALUE" || name == "LAST_VALUE" || name == "LAG" || name == "LEAD") {
    c.valueType = argType(0);
    if (c.valueType == ir::ValueType::Null || c.valueType == ir::ValueType::Unknown)
      c.valueType = argType(1);
    return;
  }
  if (name == "NVL2") {
    c.valueType = argType(1);
    return;
  }
  if (name == "DECODE") {
    c.valueType = argType(2);
    return;
  }
  if (const FunctionRule* r =
          findFunctionRule(catalog_.dialect(), name, static_cast<int>(c.args.size())))
    c.valueType = r->returns;
}

void Binder::bindExpr(ir::Expr& e, const Scope& scope) {
  switch (e.kind) {
    case ir::ExprKind::Literal:
      e.valueType = literalType(e.as<ir::Literal>());
      break;
    case ir::ExprKind::Name:
      bindName(e.as<ir::NameRef>(), scope);
      break;
    case ir::ExprKind::Unary: {
      auto& u = e.as<ir::Unary>();
      if (u.operand) bindExpr(*u.operand, scope);
      e.valueType = u.op == ir::UnaryOp::Not ? ir::ValueType::Boolean
                    : u.operand              ? u.operand->valueType
                                             : ir::ValueType::Unknown;
      break;
    }
    case ir::ExprKind::Binary: {
      auto& b = e.as<ir::Binary>();
      if (b.left) bindExpr(*b.left, scope);
      if (b.right) bindExpr(*b.right, scope);
      e.valueType = binaryType(b);
      break;
    }
    case ir::ExprKind::Call:
      bindCall(e.as<ir::Call>(), scope);
      break;
    case ir::ExprKind::Case: {
      auto& c = e.as<ir::CaseExpr>();
      if (c.operand) bindExpr(*c.operand, scope);
      for (auto& w : c.whens) {
        if (w.condition) bindExpr(*w.condition, scope);
        if (w.result) bindExpr(*w.result, scope);
        if (w.result && e.valueType == ir::ValueType::Unknown &&
            w.result->valueType != ir::ValueType::Null)
          e.valueType = w.result->valueType;
      }
      if (c.elseResult) {
        bindExpr(*c.elseResult, scope);
        if (e.valueType == ir::ValueType::Unknown && c.elseResult->valueType != ir::ValueType::Null)
          e.valueType = c.elseResult->valueType;
      }
      break;
    }
    case ir::ExprKind::Cast: {
      auto& c = e.as<ir::Cast>();
      if (c.operand) bindExpr(*c.operand, scope);
      if (c.type) e.valueType = valueTypeOf(*c.type);
      break;
    }
    case ir::ExprKind::Subquery: {
      auto& s = e.as<ir::SubqueryExpr>();
      if (s.query) {
        bindQuery(*s.query, &scope);
        auto cols = outputColumns(*s.query);
        if (cols.size() == 1) e.valueType = cols[0].valueType;
      }
      break;
    }
    case ir::ExprKind::Exists:
      if (auto& s = e.as<ir::Exists>().subquery) bindExpr(*s, scope);
      e.valueType = ir::ValueType::Boolean;
      break;
    case ir::ExprKind::InList: {
      auto& in = e.as<ir::InList>();
      if (in.operand) bindExpr(*in.operand, scope);
      for (auto& i : in.items)
        if (i) bindExpr(*i, scope);
      e.valueType = ir::ValueType::Boolean;
      break;
    }
    case ir::ExprKind::Between: {
      auto& b = e.as<ir::Between>();
      for (auto* x : {b.operand.get(), b.low.get(), b.high.get()})
        if (x) bindExpr(*x, scope);
      e.valueType = ir::ValueType::Boolean;
      break;
    }
    case ir::ExprKind::Like: {
      auto& l = e.as<ir::Like>();
      for (auto* x : {l.operand.get(), l.pattern.get(), l.escape.get()})
        if (x) bindExpr(*x, scope);
      e.valueType = ir::ValueType::Boolean;
      break;
    }
    case ir::ExprKind::IsNull:
      if (auto& o = e.as<ir::IsNull>().operand) bindExpr(*o, scope);
      e.valueType = ir::ValueType::Boolean;
      break;
    case ir::ExprKind::Interval:
      if (auto& v = e.as<ir::IntervalExpr>().value) bindExpr(*v, scope);
      e.valueType = ir::ValueType::Interval;
      break;
    case ir::ExprKind::Row:
      for (auto& i : e.as<ir::RowExpr>().items)
        if (i) bindExpr(*i, scope);
      break;
    case ir::ExprKind::Grouping:
      for (auto& i : e.as<ir::GroupingExpr>().items)
        if (i) bindExpr(*i, scope);
      break;
    case ir::ExprKind::Collate:
      if (auto& o = e.as<ir::Collate>().operand) {
        bindExpr(*o, scope);
        e.valueType = o->valueType;
      }
      break;
    case ir::ExprKind::Attribute:
      if (auto& b = e.as<ir::AttributeRef>().base) bindExpr(*b, scope);
      break;
    case ir::ExprKind::AtTimeZone: {
      auto& a = e.as<ir::AtTimeZone>();
      if (a.operand) bindExpr(*a.operand, scope);
      if (a.zone) bindExpr(*a.zone, scope);
      e.valueType = ir::ValueType::TimestampTz;
      break;
    }
    case ir::ExprKind::Star:
    case ir::ExprKind::BindVar:
    case ir::ExprKind::UserVar:
    case ir::ExprKind::SysVar:
    case ir::ExprKind::Raw:
      break;
  }
}

void Binder::bindDml(ir::Stmt& s, const Scope* outer) {
  const ir::Dialect d = catalog_.dialect();
  auto tableScope = [&](const ir::QualifiedName& name, const ir::Identifier& alias, Scope& scope,
                        const ir::TableRef* ref, const ir::SourceLocation* nameLoc = nullptr) {
    const ir::SourceLocation& where = ref                           ? ref->loc
                                      : nameLoc && nameLoc->known() ? *nameLoc
                                                                    : s.loc;
    RangeVar rv;
    rv.ref = ref;
    rv.alias = pgName(d, alias.empty() ? name.last() : alias);
    if (const Relation* r = catalog_.findRelation(name)) {
      rv.relation = r;
      rv.columns = r->columns;
      rv.columnsKnown = r->columnsKnown;
      if (r->leftOut) {
        ++unresolved_;
        actions_.add("BRG-2011", where,
                     name.str() + " is left out of the output, so this statement is too");
      }
    } else {
      ++unresolved_;
      actions_.add("BRG-2011", where,
                   name.str() + " is not a table or view of the input; the statement is left out");
    }
    scope.rangeVars.push_back(std::move(rv));
  };
  switch (s.kind) {
    case ir::StmtKind::Insert:
    case ir::StmtKind::Replace: {
      auto& i = s.as<ir::Insert>();
      if (i.source) bindQuery(*i.source, outer);
      Scope scope;
      scope.parent = outer;
      tableScope(i.table, i.alias, scope, nullptr, &i.tableLoc);
      for (auto& a : i.setItems)
        if (a.value) bindExpr(*a.value, scope);
      for (auto& a : i.onDuplicateKey)
        if (a.value) bindExpr(*a.value, scope);
      for (auto& r : i.returning)
        if (r) bindExpr(*r, scope);
      break;
    }
    case ir::StmtKind::Update: {
      auto& u = s.as<ir::Update>();
      Scope scope;
      scope.parent = outer;
      for (auto& t : u.tables)
        if (t) addFromItem(*t, scope, outer);
      for (auto& a : u.set)
        if (a.value) bindExpr(*a.value, scope);
      if (u.where) bindExpr(*u.where, scope);
      for (auto& r : u.returning)
        if (r) bindExpr(*r, scope);
      break;
    }
    case ir::StmtKind::Delete: {
      auto& del = s.as<ir::Delete>();
      Scope scope;
      scope.parent = outer;
      for (auto& t : del.from)
        if (t) addFromItem(*t, scope, outer);
      for (auto& t : del.usingTables)
        if (t) addFromItem(*t, scope, outer);
      if (del.where) bindExpr(*del.where, scope);
      for (auto& r : del.returning)
        if (r) bindExpr(*r, scope);
      break;
    }
    case ir::StmtKind::Merge: {
      auto& m = s.as<ir::Merge>();
      Scope scope;
      scope.parent = outer;
      if (m.target) addFromItem(*m.target, scope, outer);
      if (m.source) addFromItem(*m.source, scope, outer);
      for (auto* e : {m.on.get(), m.updateWhere.get(), m.deleteWhere.get(), m.insertWhere.get()})
        if (e) bindExpr(*e, scope);
      for (auto& a : m.updateSet)
        if (a.value) bindExpr(*a.value, scope);
      for (auto& v : m.insertValues)
        if (v) bindExpr(*v, scope);
      break;
    }
    default:
      break;
  }
}

}  // namespace barge::converter
