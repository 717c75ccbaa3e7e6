#include "ir/clone.h"

namespace barge::ir {

namespace {

template <typename T>
std::vector<Ptr<T>> cloneAll(const std::vector<Ptr<T>>& v) {
  std::vector<Ptr<T>> out;
  out.reserve(v.size());
  for (const auto& e : v) out.push_back(e ? clone(*e) : nullptr);
  return out;
}

template <typename T>
Ptr<T> withBase(const Expr& from, Ptr<T> to) {
  to->loc = from.loc;
  to->valueType = from.valueType;
  return to;
}

Ptr<Hint> cloneHint(const Hint& h) {
  auto c = std::make_unique<Hint>();
  c->loc = h.loc;
  c->text = h.text;
  return c;
}

void copyQueryCommon(const Query& from, Query& to) {
  to.loc = from.loc;
  to.sourceLines = from.sourceLines;
  to.recursiveWith = from.recursiveWith;
  to.plsqlDeclarations = from.plsqlDeclarations;
  for (const auto& c : from.with) {
    auto n = std::make_unique<CommonTable>();
    n->loc = c->loc;
    n->name = c->name;
    n->columns = c->columns;
    n->cycleColumns = c->cycleColumns;
    n->query = cloneOrNull(c->query);
    to.with.push_back(std::move(n));
  }
  to.orderBy = cloneAll(from.orderBy);
  to.orderSiblings = from.orderSiblings;
  to.limit = cloneOrNull(from.limit);
  to.offset = cloneOrNull(from.offset);
  to.fetchWithTies = from.fetchWithTies;
  to.limitPercent = from.limitPercent;
  to.forUpdate = from.forUpdate;
}

}  // namespace

Ptr<DataType> clone(const DataType& t) {
  auto c = std::make_unique<DataType>();
  c->loc = t.loc;
  c->kind = t.kind;
  c->spelling = t.spelling;
  c->length = t.length;
  c->precision = t.precision;
  c->scale = t.scale;
  c->leadingPrecision = t.leadingPrecision;
  c->lengthInChars = t.lengthInChars;
  c->isUnsigned = t.isUnsigned;
  c->zeroFill = t.zeroFill;
  c->national = t.national;
  c->charset = t.charset;
  c->collation = t.collation;
  c->values = t.values;
  c->name = t.name;
  c->anchor = t.anchor;
  return c;
}

Ptr<OrderItem> clone(const OrderItem& o) {
  auto c = std::make_unique<OrderItem>();
  c->loc = o.loc;
  c->expr = cloneOrNull(o.expr);
  c->descending = o.descending;
  c->nulls = o.nulls;
  return c;
}

Ptr<WindowSpec> clone(const WindowSpec& w) {
  auto c = std::make_unique<WindowSpec>();
  c->loc = w.loc;
  c->name = w.name;
  c->partitionBy = cloneAll(w.partitionBy);
  c->orderBy = cloneAll(w.orderBy);
  c->frame = w.frame;
  return c;
}

ExprPtr clone(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Literal: {
      const auto& s = e.as<Literal>();
      auto c = withBase(e, std::make_unique<Literal>());
      c->literalKind = s.literalKind;
      c->value = s.value;
      c->introducer = s.introducer;
      return c;
    }
    case ExprKind::Name: {
      const auto& s = e.as<NameRef>();
      auto c = withBase(e, std::make_unique<NameRef>());
      c->name = s.name;
      c->outerJoinMark = s.outerJoinMark;
      c->role = s.role;
      c->from = s.from;
      return c;
    }
    case ExprKind::Star: {
      auto c = withBase(e, std::make_unique<Star>());
      c->qualifier = e.as<Star>().qualifier;
      return c;
    }
    case ExprKind::Unary: {
      const auto& s = e.as<Unary>();
      auto c = withBase(e, std::make_unique<Unary>());
      c->op = s.op;
      c->spelling = s.spelling;
      c->operand = cloneOrNull(s.operand);
      return c;
    }
    case ExprKind::Binary: {
      const auto& s = e.as<Binary>();
      auto c = withBase(e, std::make_unique<Binary>());
      c->op = s.op;
      c->spelling = s.spelling;
      c->left = cloneOrNull(s.left);
      c->right = cloneOrNull(s.right);
      return c;
    }
    case ExprKind::Call: {
      const auto& s = e.as<Call>();
      auto c = withBase(e, std::make_unique<Call>());
      c->function = s.function;
      for (const auto& a : s.args) c->args.push_back({a.name, cloneOrNull(a.value)});
      c->distinct = s.distinct;
      c->starArg = s.starArg;
      c->withinGroup = cloneAll(s.withinGroup);
      c->aggregateOrder = cloneAll(s.aggregateOrder);
      c->separator = s.separator;
      c->separatorGiven = s.separatorGiven;
      c->over = cloneOrNull(s.over);
      c->keep = s.keep;
      c->target = s.target;
      c->pgTemplate = s.pgTemplate;
      return c;
    }
    case ExprKind::Case: {
      const auto& s = e.as<CaseExpr>();
      auto c = withBase(e, std::make_unique<CaseExpr>());
      c->operand = cloneOrNull(s.operand);
      for (const auto& w : s.whens)
        c->whens.push_back({cloneOrNull(w.condition), cloneOrNull(w.result)});
      c->elseResult = cloneOrNull(s.elseResult);
      return c;
    }
    case ExprKind::Cast: {
      const auto& s = e.as<Cast>();
      auto c = withBase(e, std::make_unique<Cast>());
      c->operand = cloneOrNull(s.operand);
      c->type = cloneOrNull(s.type);
      c->style = s.style;
      c->pgType = s.pgType;
      return c;
    }
    case ExprKind::Subquery: {
      const auto& s = e.as<SubqueryExpr>();
      auto c = withBase(e, std::make_unique<SubqueryExpr>());
      c->query = cloneOrNull(s.query);
      c->quantifier = s.quantifier;
      c->multiset = s.multiset;
      return c;
    }
    case ExprKind::Exists: {
      auto c = withBase(e, std::make_unique<Exists>());
      c->subquery = cloneOrNull(e.as<Exists>().subquery);
      return c;
    }
    case ExprKind::InList: {
      const auto& s = e.as<InList>();
      auto c = withBase(e, std::make_unique<InList>());
      c->operand = cloneOrNull(s.operand);
      c->items = cloneAll(s.items);
      c->negated = s.negated;
      return c;
    }
    case ExprKind::Between: {
      const auto& s = e.as<Between>();
      auto c = withBase(e, std::make_unique<Between>());
      c->operand = cloneOrNull(s.operand);
      c->low = cloneOrNull(s.low);
      c->high = cloneOrNull(s.high);
      c->negated = s.negated;
      return c;
    }
    case ExprKind::Like: {
      const auto& s = e.as<Like>();
      auto c = withBase(e, std::make_unique<Like>());
      c->op = s.op;
      c->operand = cloneOrNull(s.operand);
      c->pattern = cloneOrNull(s.pattern);
      c->escape = cloneOrNull(s.escape);
      c->negated = s.negated;
      return c;
    }
    case ExprKind::IsNull: {
      const auto& s = e.as<IsNull>();
      auto c = withBase(e, std::make_unique<IsNull>());
      c->operand = cloneOrNull(s.operand);
      c->negated = s.negated;
      c->what = s.what;
      return c;
    }
    case ExprKind::Interval: {
      const auto& s = e.as<IntervalExpr>();
      auto c = withBase(e, std::make_unique<IntervalExpr>());
      c->value = cloneOrNull(s.value);
      c->unit = s.unit;
      return c;
    }
    case ExprKind::BindVar:
    case ExprKind::UserVar:
    case ExprKind::SysVar: {
      const auto& s = e.as<VarRef>();
      auto c = withBase(e, std::make_unique<VarRef>(e.kind));
      c->name = s.name;
      c->scope = s.scope;
      return c;
    }
    case ExprKind::Row: {
      auto c = withBase(e, std::make_unique<RowExpr>());
      c->items = cloneAll(e.as<RowExpr>().items);
      return c;
    }
    case ExprKind::Grouping: {
      auto c = withBase(e, std::make_unique<GroupingExpr>());
      c->grouping = e.as<GroupingExpr>().grouping;
      c->items = cloneAll(e.as<GroupingExpr>().items);
      return c;
    }
    case ExprKind::Collate: {
      const auto& s = e.as<Collate>();
      auto c = withBase(e, std::make_unique<Collate>());
      c->operand = cloneOrNull(s.operand);
      c->collation = s.collation;
      return c;
    }
    case ExprKind::Attribute: {
      const auto& s = e.as<AttributeRef>();
      auto c = withBase(e, std::make_unique<AttributeRef>());
      c->base = cloneOrNull(s.base);
      c->attribute = s.attribute;
      return c;
    }
    case ExprKind::AtTimeZone: {
      const auto& s = e.as<AtTimeZone>();
      auto c = withBase(e, std::make_unique<AtTimeZone>());
      c->operand = cloneOrNull(s.operand);
      c->zone = cloneOrNull(s.zone);
      return c;
    }
    case ExprKind::Raw: {
      const auto& s = e.as<RawExpr>();
      auto c = withBase(e, std::make_unique<RawExpr>());
      c->construct = s.construct;
      c->reported = s.reported;
      c->text = s.text;
      return c;
    }
  }
  return nullptr;
}

TableRefPtr clone(const TableRef& t) {
  TableRefPtr out;
  switch (t.kind) {
    case TableRefKind::Named: {
      const auto& s = static_cast<const NamedTable&>(t);
      auto c = std::make_unique<NamedTable>();
      c->name = s.name;
      c->partition = s.partition;
      c->flashback = s.flashback;
      c->hints = s.hints;
      out = std::move(c);
      break;
    }
    case TableRefKind::Derived: {
      const auto& s = static_cast<const DerivedTable&>(t);
      auto c = std::make_unique<DerivedTable>();
      c->query = cloneOrNull(s.query);
      c->lateral = s.lateral;
      out = std::move(c);
      break;
    }
    case TableRefKind::Function: {
      auto c = std::make_unique<FunctionTable>();
      c->call = cloneOrNull(static_cast<const FunctionTable&>(t).call);
      out = std::move(c);
      break;
    }
    case TableRefKind::Join: {
      const auto& s = static_cast<const Join&>(t);
      auto c = std::make_unique<Join>();
      c->joinType = s.joinType;
      c->left = cloneOrNull(s.left);
      c->right = cloneOrNull(s.right);
      c->on = cloneOrNull(s.on);
      c->usingColumns = s.usingColumns;
      c->leftPartitionBy = cloneAll(s.leftPartitionBy);
      c->rightPartitionBy = cloneAll(s.rightPartitionBy);
      out = std::move(c);
      break;
    }
    case TableRefKind::Raw:
      return nullptr;  // not produced by the transforms
  }
  out->loc = t.loc;
  out->alias = t.alias;
  out->columnAliases = t.columnAliases;
  if (t.pivot) {
    const Pivot& s = *t.pivot;
    auto p = std::make_unique<Pivot>();
    p->loc = s.loc;
    p->unpivot = s.unpivot;
    p->xml = s.xml;
    p->includeNulls = s.includeNulls;
    p->aggregates = cloneAll(s.aggregates);
    p->aggregateAliases = s.aggregateAliases;
    p->valueColumns = s.valueColumns;
    p->forColumns = s.forColumns;
    for (const auto& i : s.in) p->in.push_back({cloneAll(i.values), i.columns, i.alias, i.loc});
    p->raw = s.raw;
    out->pivot = std::move(p);
  }
  return out;
}

namespace {
std::vector<Assignment> cloneAssignments(const std::vector<Assignment>& v) {
  std::vector<Assignment> out;
  for (const auto& a : v) out.push_back({a.targets, cloneOrNull(a.value)});
  return out;
}
std::vector<Ptr<Hint>> cloneHints(const std::vector<Ptr<Hint>>& v) {
  std::vector<Ptr<Hint>> out;
  for (const auto& h : v) out.push_back(cloneHint(*h));
  return out;
}
}  // namespace

StmtPtr cloneDml(const Stmt& st) {
  switch (st.kind) {
    case StmtKind::Insert:
    case StmtKind::Replace: {
      const auto& s = st.as<Insert>();
      auto c = std::make_unique<Insert>(st.kind);
      c->modifiers = s.modifiers;
      c->hints = cloneHints(s.hints);
      c->table = s.table;
      c->tableLoc = s.tableLoc;
      c->alias = s.alias;
      c->columns = s.columns;
      c->source = cloneOrNull(s.source);
      c->setItems = cloneAssignments(s.setItems);
      c->onDuplicateKey = cloneAssignments(s.onDuplicateKey);
      c->returning = cloneAll(s.returning);
      c->returningInto = cloneAll(s.returningInto);
      c->bulkReturning = s.bulkReturning;
      c->multiTable = s.multiTable;
      c->logErrors = s.logErrors;
      c->loc = st.loc;
      c->sourceLines = st.sourceLines;
      return c;
    }
    case StmtKind::Update: {
      const auto& s = st.as<Update>();
      auto c = std::make_unique<Update>();
      c->modifiers = s.modifiers;
      c->hints = cloneHints(s.hints);
      c->tables = cloneAll(s.tables);
      c->set = cloneAssignments(s.set);
      c->where = cloneOrNull(s.where);
      c->whereCurrentOf = s.whereCurrentOf;
      c->orderBy = cloneAll(s.orderBy);
      c->limit = cloneOrNull(s.limit);
      c->returning = cloneAll(s.returning);
      c->returningInto = cloneAll(s.returningInto);
      c->bulkReturning = s.bulkReturning;
      c->logErrors = s.logErrors;
      c->loc = st.loc;
      c->sourceLines = st.sourceLines;
      return c;
    }
    case StmtKind::Delete: {
      const auto& s = st.as<Delete>();
      auto c = std::make_unique<Delete>();
      c->modifiers = s.modifiers;
      c->hints = cloneHints(s.hints);
      c->targets = s.targets;
      c->from = cloneAll(s.from);
      c->usingTables = cloneAll(s.usingTables);
      c->where = cloneOrNull(s.where);
      c->whereCurrentOf = s.whereCurrentOf;
      c->orderBy = cloneAll(s.orderBy);
      c->limit = cloneOrNull(s.limit);
      c->returning = cloneAll(s.returning);
      c->returningInto = cloneAll(s.returningInto);
      c->bulkReturning = s.bulkReturning;
      c->logErrors = s.logErrors;
      c->loc = st.loc;
      c->sourceLines = st.sourceLines;
      return c;
    }
    case StmtKind::Merge: {
      const auto& s = st.as<Merge>();
      auto c = std::make_unique<Merge>();
      c->hints = cloneHints(s.hints);
      c->target = cloneOrNull(s.target);
      c->source = cloneOrNull(s.source);
      c->on = cloneOrNull(s.on);
      c->updateSet = cloneAssignments(s.updateSet);
      c->updateWhere = cloneOrNull(s.updateWhere);
      c->deleteWhere = cloneOrNull(s.deleteWhere);
      c->matchedDelete = cloneOrNull(s.matchedDelete);
      c->insertColumns = s.insertColumns;
      c->insertValues = cloneAll(s.insertValues);
      c->insertWhere = cloneOrNull(s.insertWhere);
      c->logErrors = s.logErrors;
      c->loc = st.loc;
      c->sourceLines = st.sourceLines;
      return c;
    }
    default:
      return nullptr;
  }
}

QueryPtr clone(const Query& q) {
  switch (q.queryKind) {
    case QueryKind::Select: {
      const auto& s = static_cast<const Select&>(q);
      auto c = std::make_unique<Select>();
      copyQueryCommon(q, *c);
      c->distinct = s.distinct;
      c->modifiers = s.modifiers;
      for (const auto& h : s.hints) c->hints.push_back(cloneHint(*h));
      for (const auto& i : s.items) {
        auto n = std::make_unique<SelectItem>();
        n->loc = i->loc;
        n->expr = cloneOrNull(i->expr);
        n->alias = i->alias;
        c->items.push_back(std::move(n));
      }
      c->into = cloneAll(s.into);
      c->bulkCollect = s.bulkCollect;
      c->from = cloneAll(s.from);
      c->where = cloneOrNull(s.where);
      c->startWith = cloneOrNull(s.startWith);
      c->connectBy = cloneOrNull(s.connectBy);
      c->noCycle = s.noCycle;
      c->groupBy = cloneAll(s.groupBy);
      c->groupByModifier = s.groupByModifier;
      c->having = cloneOrNull(s.having);
      c->windows = cloneAll(s.windows);
      return c;
    }
    case QueryKind::SetOp: {
      const auto& s = static_cast<const SetOp&>(q);
      auto c = std::make_unique<SetOp>();
      copyQueryCommon(q, *c);
      c->op = s.op;
      c->left = cloneOrNull(s.left);
      c->right = cloneOrNull(s.right);
      return c;
    }
    case QueryKind::Values: {
      const auto& s = static_cast<const Values&>(q);
      auto c = std::make_unique<Values>();
      copyQueryCommon(q, *c);
      for (const auto& r : s.rows) c->rows.push_back(cloneAll(r));
      return c;
    }
  }
  return nullptr;
}

}  // namespace barge::ir
