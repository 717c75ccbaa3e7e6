// Oracle SQL and PL/SQL parser, written for barge. Entry rule: sqlStatement (one statement,
// the splitter has already cut the script). Rules are kept SLL-friendly: shared prefixes are
// parsed once and alternatives decided on the next one or two tokens. Clauses barge does not
// model (storage, physical attributes, admin statements) are matched by small "token soup"
// rules that keep their text for the report instead of a full grammar nobody converts.
parser grammar OracleParser;

options { tokenVocab = OracleLexer; superClass = ParserBase;
          contextSuperClass = RuleContextBase; }

// Parser and contexts derive from parser/common/rule_context.h: cheaper accessors, arena memory.
@parser::postinclude { #include "parser/common/rule_context.h" }
@parser::context {
  using ParserBase = barge::parser::ParserBase;
  using RuleContextBase = barge::parser::RuleContextBase;
}

sqlStatement : statement SEMI? EOF ;
// The first statement of a text that holds more (a PL/SQL block not ended by a "/" line).
sqlStatementPrefix : statement SEMI? ;

statement
  : createStatement
  | alterStatement
  | dropStatement
  | commentStatement
  | grantStatement
  | revokeStatement
  | truncateStatement
  | renameStatement
  | dmlStatement
  | transactionStatement
  | anonymousBlock
  | callStatement
  | adminStatement
  ;

// ======================================================================= CREATE
createStatement : K_CREATE (K_OR K_REPLACE)? createModifier* createObject ;

createModifier
  : K_EDITIONABLE | K_NONEDITIONABLE | K_EDITIONING | K_NO? K_FORCE | K_PUBLIC
  | K_GLOBAL | K_PRIVATE | K_TEMPORARY | K_SHARDED | K_DUPLICATED | K_UNIQUE | K_BITMAP
  | K_AND ID
  ;

// IF NOT EXISTS (23ai) follows the object keyword.
ifNotExists : K_IF K_NOT K_EXISTS ;

createObject
  : createTable
  | createIndex
  | createSequence
  | createView
  | createMaterializedView
  | createSynonym
  | createProcedure
  | createFunction
  | createPackage
  | createPackageBody
  | createTrigger
  | createType
  | createTypeBody
  | createAdmin
  ;

// Objects barge recognises but does not convert: the whole statement is kept as text.
adminObject
  : K_USER | K_ROLE | K_PROFILE | K_DIRECTORY | K_DATABASE | K_CONTEXT | K_DIMENSION
  | K_CLUSTER | K_JAVA | K_OPERATOR | K_INDEXTYPE | K_OUTLINE | K_EDITION | K_LIBRARY
  | K_TABLESPACE | K_PLUGGABLE | K_FLASHBACK | K_AUDIT | K_SCHEMA | K_ROLLBACK
  | K_PUBLIC K_DATABASE
  | K_MATERIALIZED K_VIEW K_LOG
  | K_MATERIALIZED ID                       // MATERIALIZED ZONEMAP
  | ID
  ;
createAdmin : adminObject anyTokens ;

anyTokens : (~SEMI | SEMI)* ;

// ---- CREATE TABLE ----
createTable
  : K_TABLE ifNotExists? qualifiedName
    ( LPAREN relationalProperty (COMMA relationalProperty)* RPAREN
    | K_OF qualifiedName (LPAREN relationalProperty (COMMA relationalProperty)* RPAREN)?
    )?
    tableTail* (K_AS query)?
  ;

relationalProperty : outOfLineConstraint | columnDefinition ;

columnDefinition : identifier dataType? columnAttr* ;

columnAttr
  : K_DEFAULT (K_ON K_NULL)? expression                                    # defaultAttr
  | K_GENERATED (K_ALWAYS | K_BY K_DEFAULT (K_ON K_NULL)?)? K_AS
      ( K_IDENTITY (LPAREN sequenceOption* RPAREN | sequenceOption+)?
      | LPAREN expression RPAREN virtualKeyword?
      )                                                                    # generatedAttr
  | K_AS LPAREN expression RPAREN virtualKeyword?                          # virtualAttr
  | inlineConstraint                                                       # constraintAttr
  | (K_VISIBLE | K_INVISIBLE)                                              # visibilityAttr
  | K_COLLATE identifier                                                   # collateAttr
  | K_WITH ID                                                              # otherColumnAttr
  | K_ANNOTATIONS parenGroup                                               # otherColumnAttr
  ;
// BY USER FOR STATISTICS: how DBMS_METADATA shows the column of an extended statistic.
virtualKeyword : K_VIRTUAL (K_BY K_USER K_FOR ID)? ;

inlineConstraint
  : (K_CONSTRAINT identifier)?
    ( K_NOT? K_NULL
    | K_PRIMARY K_KEY
    | K_UNIQUE
    | K_CHECK LPAREN expression RPAREN
    | referencesClause
    )
    constraintState*
  ;

outOfLineConstraint
  : (K_CONSTRAINT identifier)?
    ( K_PRIMARY K_KEY columnList
    | K_UNIQUE columnList
    | K_FOREIGN K_KEY columnList referencesClause
    | K_CHECK LPAREN expression RPAREN
    )
    constraintState*
  ;

referencesClause
  : K_REFERENCES qualifiedName columnList? (K_ON K_DELETE (K_CASCADE | K_SET K_NULL))?
  ;

constraintState
  : K_NOT? K_DEFERRABLE
  | K_INITIALLY (K_DEFERRED | K_IMMEDIATE)
  | K_ENABLE | K_DISABLE | K_VALIDATE | K_NOVALIDATE | K_RELY | K_NORELY
  | K_USING K_INDEX (LPAREN createIndexInParens RPAREN | qualifiedName | physicalAttr)*
  | K_EXCEPTIONS K_INTO qualifiedName
  ;

createIndexInParens : K_CREATE K_UNIQUE? K_INDEX soupItem* ;

physicalAttr : K_TABLESPACE identifier | ID (NUMBER | parenGroup)? ;

columnList : LPAREN identifier (COMMA identifier)* RPAREN ;

// Everything after the column list: modelled clauses first, the rest kept as ignored attributes.
// AS query comes last and nothing may follow it: with SLL prediction the follow set of every
// expression includes what may follow a query, and a token soup there makes every expression
// decision look ahead to the end of the statement.
tableTail
  : K_ON K_COMMIT (K_DELETE | K_PRESERVE) K_ROWS                           # onCommitTail
  | K_ORGANIZATION (K_INDEX | identifier) parenGroup?                       # organizationTail
  | partitionClause                                                        # partitionTail
  | K_STORE K_AS? parenGroup*                                              # soupTail
  | K_RETURN K_AS parenGroup*                                              # soupTail
  | tableSoupWord parenGroup*                                              # soupTail
  ;

// A parenthesised group only follows a word (STORAGE (...), LOB (c)): a broken column list
// must fail, not turn into an ignored attribute.
tableSoupWord
  : ~(LPAREN | RPAREN | SEMI | K_AS | K_PARTITION | K_ORGANIZATION | K_STORE | K_RETURN | K_ON)
  ;

// PARTITION BY RANGE | LIST | HASH | REFERENCE | SYSTEM, modelled down to each partition's
// bounds; the partition list falls back to a parenGroup (kept as text, reported) when it holds
// something the model does not know, so an unusual clause never makes the table a syntax error.
partitionClause
  : K_PARTITION K_BY identifier columnList?
    (K_INTERVAL LPAREN expression RPAREN (K_STORE K_IN parenGroup)?)?
    // AUTOMATIC [STORE IN (...)] | PARTITIONS n [STORE IN (...)]; with SUBPARTITION BY, the
    // PARTITIONS n that follows it is read by subpartitionBy's loop (the transform sorts it out)
    (ID NUMBER? (K_STORE K_IN parenGroup)?)?
    subpartitionBy?
    (partitionList | parenGroup)?
  ;
subpartitionBy
  : K_SUBPARTITION K_BY identifier columnList?
    ( ID NUMBER (K_STORE K_IN parenGroup)?                       // SUBPARTITIONS n
    | K_SUBPARTITION ID (partitionList | NUMBER | parenGroup)    // SUBPARTITION TEMPLATE
    )*
  ;
partitionList : LPAREN partitionDef (COMMA partitionDef)* RPAREN ;
partitionDef
  : (K_PARTITION | K_SUBPARTITION) identifier? partitionValues? partitionAttr* partitionList?
  ;
partitionValues
  : K_VALUES ID ID LPAREN partitionBound (COMMA partitionBound)* RPAREN      // LESS THAN
  | K_VALUES LPAREN partitionBound (COMMA partitionBound)* RPAREN
  ;
partitionBound : K_MAXVALUE | K_DEFAULT | expression ;
// Partition-level storage (TABLESPACE, COMPRESS, STORAGE (...), SUBPARTITIONS n, ...).
partitionAttr : K_TABLESPACE identifier | partitionAttrWord attrGroup? ;
partitionAttrWord : ~(LPAREN | RPAREN | COMMA | SEMI | K_PARTITION | K_SUBPARTITION | K_VALUES) ;
attrGroup : LPAREN (parenGroup | ~(LPAREN | RPAREN | K_SUBPARTITION))* RPAREN ;

parenGroup : LPAREN (parenGroup | ~(LPAREN | RPAREN))* RPAREN ;

soupItem : parenGroup | ~(LPAREN | RPAREN | SEMI) ;

// ---- CREATE INDEX ----
createIndex
  : K_INDEX ifNotExists? qualifiedName K_ON
    ( qualifiedName identifier? LPAREN indexPart (COMMA indexPart)* RPAREN
    | K_CLUSTER qualifiedName
    )
    indexTail*
  ;
indexPart : expression (K_ASC | K_DESC)? ;
indexTail : K_REVERSE | K_LOCAL parenGroup? | K_GLOBAL | soupItem ;

// ---- CREATE SEQUENCE ----
createSequence : K_SEQUENCE ifNotExists? qualifiedName sequenceOption* ;

sequenceOption
  : K_START K_WITH signedNumber
  | K_INCREMENT K_BY signedNumber
  | K_MAXVALUE signedNumber
  | K_MINVALUE signedNumber
  | K_NOMAXVALUE | K_NOMINVALUE | K_NOCACHE | K_NOORDER | K_ORDER | K_NOCYCLE
  | (ID | nonReservedKeyword) (EQ identifier)? signedNumber?
  ;

signedNumber : (PLUS | MINUS)? (NUMBER | ID) ;

// ---- CREATE VIEW / MATERIALIZED VIEW ----
createView
  : K_VIEW ifNotExists? qualifiedName
    (LPAREN viewColumn (COMMA viewColumn)* RPAREN)?
    (K_OF qualifiedName viewObjectClause?)?
    K_AS query subqueryRestriction?
  ;
viewColumn : outOfLineConstraint | identifier inlineConstraint* ;
viewObjectClause
  : K_WITH K_OBJECT identifier (K_DEFAULT | parenGroup)
  | K_UNDER qualifiedName
  ;
subqueryRestriction : K_WITH (K_READ K_ONLY | K_CHECK K_OPTION) (K_CONSTRAINT identifier)? ;

createMaterializedView
  : K_MATERIALIZED K_VIEW qualifiedName columnList? mviewSoup* K_AS query
  ;
mviewSoup : parenGroup | ~(LPAREN | RPAREN | SEMI | K_AS) ;

// ---- CREATE SYNONYM ----
createSynonym : K_SYNONYM ifNotExists? qualifiedName K_FOR qualifiedName (AT_SIGN qualifiedName)? ;

// ---- PL/SQL units ----
createProcedure
  : K_PROCEDURE ifNotExists? qualifiedName parameterList? routineOption* (K_IS | K_AS) routineImpl
  ;
createFunction
  : K_FUNCTION ifNotExists? qualifiedName parameterList? K_RETURN dataType routineOption*
    ((K_IS | K_AS) routineImpl | K_AGGREGATE K_USING qualifiedName)?
  ;
routineImpl : callSpec | declareSection? body ;
callSpec : (K_LANGUAGE | K_EXTERNAL) ~SEMI* ;

routineOption
  : K_DETERMINISTIC
  | K_PIPELINED ((K_ROW | K_TABLE) ID)? (K_USING qualifiedName)?   // ROW|TABLE POLYMORPHIC
  | K_PARALLEL_ENABLE parenGroup?
  | K_RESULT_CACHE (ID parenGroup)?
  | K_AUTHID identifier
  | K_ACCESSIBLE K_BY parenGroup
  | K_DEFAULT ID identifier
  | ID (EQ identifier | parenGroup)?    // SQL_MACRO (SCALAR | TABLE), ...
  ;

parameterList : LPAREN parameter (COMMA parameter)* RPAREN ;
parameter
  : declaredName (K_IN K_OUT? | K_OUT)? K_NOCOPY? dataType ((ASSIGN | K_DEFAULT) expression)?
  ;

createPackage
  : K_PACKAGE ifNotExists? qualifiedName routineOption* (K_IS | K_AS) declareSection? K_END identifier?
  ;
createPackageBody
  : K_PACKAGE K_BODY ifNotExists? qualifiedName (K_IS | K_AS) declareSection?
    (K_BEGIN statementList exceptionSection?)? K_END identifier?
  ;

createTrigger
  : K_TRIGGER ifNotExists? qualifiedName triggerTiming triggerEvent (K_OR triggerEvent)*
    K_ON triggerTarget referencingClause? (K_FOR K_EACH K_ROW)? triggerOrdering*
    (K_ENABLE | K_DISABLE)? (K_WHEN LPAREN expression RPAREN)? triggerBody
  ;
triggerTiming : K_BEFORE | K_AFTER | K_INSTEAD K_OF | K_FOR ;
triggerEvent
  : K_INSERT
  | K_UPDATE (K_OF identifier (COMMA identifier)*)?
  | K_DELETE
  | ~(K_ON | K_OR | K_INSERT | K_UPDATE | K_DELETE | SEMI)
  ;
triggerTarget
  : K_NESTED K_TABLE identifier K_OF qualifiedName
  | K_SCHEMA
  | K_PLUGGABLE? K_DATABASE
  | qualifiedName
  ;
referencingClause : K_REFERENCING ((K_NEW | K_OLD | K_PARENT) K_AS? identifier)+ ;
triggerOrdering : (K_FOLLOWS | K_PRECEDES) qualifiedName (COMMA qualifiedName)* ;
triggerBody
  : K_COMPOUND K_TRIGGER declareSection? timingPointSection+ K_END identifier?
  | K_CALL simpleExpr
  | label* block
  ;
timingPointSection
  : timingPoint (K_IS | K_AS) K_BEGIN statementList exceptionSection? K_END timingPoint SEMI
  ;
timingPoint
  : (K_BEFORE | K_AFTER) (K_STATEMENT | K_EACH K_ROW)
  | K_INSTEAD K_OF K_EACH K_ROW
  ;

// ---- CREATE TYPE / TYPE BODY ----
createType
  : K_TYPE ifNotExists? qualifiedName K_FORCE? (K_OID STRING)? routineOption*
    ( (K_IS | K_AS) typeSpec
    | K_UNDER qualifiedName LPAREN typeElement (COMMA typeElement)* RPAREN
    )?
    typeModifier*
  ;
typeSpec
  : K_OBJECT LPAREN typeElement (COMMA typeElement)* RPAREN
  | K_TABLE K_OF dataType (K_NOT K_NULL)?
  | (K_VARRAY | K_VARYING K_ARRAY) LPAREN expression RPAREN K_OF dataType (K_NOT K_NULL)?
  | callSpec
  ;
typeModifier : K_NOT? (K_FINAL | K_INSTANTIABLE | ID) ;
typeElement
  : methodSpec
  | K_PRAGMA identifier parenGroup
  | identifier dataType
  ;
methodSpec
  : methodQualifier* methodKind (procedureHeading | functionHeading | constructorHeading)
    routineOption* ((K_IS | K_AS) callSpec)?
  ;
methodQualifier : K_NOT? (K_OVERRIDING | K_FINAL | K_INSTANTIABLE) ;
methodKind : K_MEMBER | K_STATIC | K_MAP K_MEMBER | K_ORDER K_MEMBER | ;
constructorHeading
  : K_CONSTRUCTOR K_FUNCTION qualifiedName parameterList? K_RETURN K_SELF K_AS K_RESULT
  ;
procedureHeading : K_PROCEDURE anyName parameterList? ;
functionHeading : K_FUNCTION anyName parameterList? K_RETURN dataType ;

createTypeBody
  : K_TYPE K_BODY ifNotExists? qualifiedName (K_IS | K_AS) typeBodyItem+ K_END
  ;
typeBodyItem
  : methodQualifier* methodKind (procedureHeading | functionHeading | constructorHeading)
    routineOption* (K_IS | K_AS) routineImpl SEMI
  ;

// ======================================================================= ALTER / DROP / misc DDL
alterStatement
  : K_ALTER K_TABLE qualifiedName alterTableAction+                        # alterTable
  // ADD / MODIFY / DROP ATTRIBUTE (ATTRIBUTE is an ID, checked by the transform); anything
  // else (COMPILE, ADD MEMBER ..., MODIFY LIMIT) is alterOther. The dependent-handling words
  // (INVALIDATE, CASCADE [NOT] INCLUDING TABLE DATA, FORCE) are a
  // closed set: anything more open after dataType would widen its SLL follow set everywhere.
  | K_ALTER K_TYPE qualifiedName alterTypeAttributes (COMMA alterTypeAttributes)*
      alterTypeDependents                                                  # alterType
  | K_ALTER ~K_TABLE anyTokens                                             # alterOther
  ;

alterTypeAttributes
  : (K_ADD | K_MODIFY) ID
      (identifier dataType | LPAREN identifier dataType (COMMA identifier dataType)* RPAREN)
  | K_DROP ID (identifier | LPAREN identifier (COMMA identifier)* RPAREN)
  ;
alterTypeDependents : (ID | K_CASCADE | K_NOT | K_TABLE | K_FORCE)* ;

alterTableAction
  : K_ADD (addItem | LPAREN addItem (COMMA addItem)* RPAREN)               # addAction
  | K_MODIFY (K_CONSTRAINT identifier | K_PRIMARY K_KEY | K_UNIQUE columnList)
      constraintState+                                                     # modifyConstraintAction
  | K_MODIFY (columnDefinition | LPAREN columnDefinition (COMMA columnDefinition)* RPAREN)
                                                                           # modifyColumnAction
  // partition maintenance: the rest of the clause is soup (otherAction) joined to this one
  | (K_ADD | K_MODIFY | K_DROP) (K_PARTITION | K_SUBPARTITION)             # partitionAction
  | K_DROP
      ( K_COLUMN identifier
      | LPAREN identifier (COMMA identifier)* RPAREN
      | K_CONSTRAINT identifier
      | K_PRIMARY K_KEY
      | K_UNIQUE columnList
      )
      (K_CASCADE K_CONSTRAINTS? | K_KEEP K_INDEX | K_DROP K_INDEX)*         # dropAction
  | K_RENAME
      ( K_COLUMN identifier K_TO identifier
      | (K_CONSTRAINT | K_PARTITION | K_SUBPARTITION) identifier K_TO identifier
      | K_TO qualifiedName
      )                                                                    # renameAction
  | alterSoupItem                                                          # otherAction
  ;
addItem : outOfLineConstraint | columnDefinition ;
alterSoupItem : parenGroup | ~(LPAREN | RPAREN | SEMI | K_ADD | K_MODIFY | K_DROP | K_RENAME) ;

dropStatement
  : K_DROP dropKind (K_IF K_EXISTS)? qualifiedName dropOption*            # dropObject
  | K_DROP adminObject anyTokens                                           # dropAdmin
  ;
dropKind
  : K_TABLE | K_VIEW | K_INDEX | K_SEQUENCE | K_PUBLIC? K_SYNONYM | K_PROCEDURE | K_FUNCTION
  | K_PACKAGE K_BODY? | K_TRIGGER | K_TYPE K_BODY? | K_MATERIALIZED K_VIEW
  ;
dropOption
  : K_CASCADE (K_CONSTRAINTS | K_CONSTRAINT)? | K_PURGE | K_FORCE | K_VALIDATE | K_IF K_EXISTS
  | K_AS (STRING | QUOTED_ID) | ID
  ;

commentStatement
  : K_COMMENT K_ON (K_TABLE | K_COLUMN | K_MATERIALIZED K_VIEW | K_OPERATOR | K_INDEXTYPE | ID)
    qualifiedName K_IS STRING
  ;

grantStatement
  : K_GRANT privilege (COMMA privilege)* (K_ON grantObject)? K_TO grantee (COMMA grantee)*
    anyTokens
  ;
revokeStatement
  : K_REVOKE privilege (COMMA privilege)* (K_ON grantObject)? K_FROM grantee (COMMA grantee)*
    anyTokens
  ;
privilege : ~(COMMA | K_ON | K_TO | K_FROM | LPAREN | SEMI)+ columnList? ;
grantObject : (K_DIRECTORY | K_EDITION | K_USER | K_JAVA ID)? qualifiedName ;
grantee : identifier | K_PUBLIC ;

truncateStatement : K_TRUNCATE (K_TABLE | K_CLUSTER) qualifiedName ~(SEMI | DOT)* ;
renameStatement : K_RENAME identifier K_TO identifier ;

adminStatement
  : (K_AUDIT | K_NOAUDIT | K_ANALYZE | K_ASSOCIATE | K_DISASSOCIATE | K_FLASHBACK | K_PURGE
    | K_EXPLAIN | K_ADMINISTER)
    anyTokens
  | K_SET ~K_TRANSACTION anyTokens
  ;

callStatement : K_CALL simpleExpr (K_INTO BIND_VAR)? ;

// ======================================================================= DML and queries
dmlStatement
  : query
  | insertStatement
  | updateStatement
  | deleteStatement
  | mergeStatement
  | lockTableStatement
  ;

// Oracle also takes ORDER BY after FOR UPDATE.
query
  : withClause? queryBlockSet orderByClause? rowLimitingClause? (forUpdateClause lateOrderBy?)?
  ;
lateOrderBy : orderByClause ;

// 12c: PL/SQL functions and procedures declared first (plsql_declarations), then the
// subquery factoring list, which may be empty: WITH FUNCTION f ... END; SELECT f(x) FROM t.
withClause
  : K_WITH plsqlDeclaration+ (commonTable (COMMA commonTable)*)?
  | K_WITH commonTable (COMMA commonTable)*
  ;
plsqlDeclaration
  : (procedureHeading | functionHeading) routineOption* ((K_IS | K_AS) routineImpl)? SEMI
  ;
commonTable : identifier columnList? K_AS LPAREN (query | valuesConstructor) RPAREN cteSearchCycle* ;
// Table value constructor (23ai), where a query may stand in parentheses.
valuesConstructor : K_VALUES valuesRow (COMMA valuesRow)* ;
valuesRow : LPAREN expression (COMMA expression)* RPAREN ;
cteSearchCycle
  : ID ID K_FIRST K_BY orderItem (COMMA orderItem)* K_SET identifier
  | ID identifier (COMMA identifier)* K_SET identifier (K_TO simpleExpr K_DEFAULT simpleExpr)?
  ;

queryBlockSet : queryTerm (setOperator queryTerm)* ;
setOperator : K_UNION K_ALL? | K_INTERSECT | K_MINUS | K_EXCEPT ;
queryTerm : queryBlock | LPAREN query RPAREN ;

queryBlock
  : K_SELECT (K_DISTINCT | K_UNIQUE | K_ALL)? selectItem (COMMA selectItem)*
    intoClause?
    (K_FROM tableRef (COMMA tableRef)*)?
    whereClause?
    hierarchicalClause?
    (groupByClause | K_HAVING expression groupByClause?)?
  ;

selectItem : STAR | expression (K_AS? alias)? ;
alias : identifier | STRING ;

intoClause : (K_BULK K_COLLECT)? K_INTO simpleExpr (COMMA simpleExpr)* ;

whereClause : K_WHERE (K_CURRENT K_OF identifier | expression) ;

hierarchicalClause
  : K_START K_WITH expression K_CONNECT K_BY K_NOCYCLE? expression
  | K_CONNECT K_BY K_NOCYCLE? expression (K_START K_WITH expression)?
  ;

groupByClause : K_GROUP K_BY groupItem (COMMA groupItem)* (K_HAVING expression)? ;
groupItem : K_GROUPING K_SETS LPAREN groupItem (COMMA groupItem)* RPAREN | LPAREN RPAREN | expression ;

orderByClause : K_ORDER K_SIBLINGS? K_BY orderItem (COMMA orderItem)* ;
orderItem : expression (K_ASC | K_DESC)? (K_NULLS (K_FIRST | K_LAST))? ;

rowLimitingClause
  : K_OFFSET expression (K_ROW | K_ROWS) fetchFirst?
  | fetchFirst
  ;
fetchFirst
  : K_FETCH (K_FIRST | K_NEXT) (expression K_PERCENT?)? (K_ROW | K_ROWS) (K_ONLY | K_WITH K_TIES)
  ;

forUpdateClause
  : K_FOR K_UPDATE (K_OF simpleExpr (COMMA simpleExpr)*)? (K_NOWAIT | K_WAIT expression | K_SKIP K_LOCKED)?
  ;

tableRef : tableRefPrimary joinClause* ;

// A partitioned outer join (data densification) names PARTITION BY after the left table, the
// right table, or both.
joinClause
  : queryPartitionClause? joinType? K_JOIN tableRefPrimary queryPartitionClause?
    (K_ON expression | K_USING columnList)?
  | (K_CROSS | K_OUTER) K_APPLY tableRefPrimary
  ;
queryPartitionClause : K_PARTITION K_BY expression (COMMA expression)* ;
joinType
  : K_INNER
  | (K_LEFT | K_RIGHT | K_FULL) K_OUTER?
  | K_CROSS
  | K_NATURAL (K_INNER | (K_LEFT | K_RIGHT | K_FULL) K_OUTER?)?
  ;

tableRefPrimary
  : tableSource flashbackClause? pivotClause? tableAlias?
  | LPAREN tableRef RPAREN tableAlias?
  ;

tableSource
  : qualifiedName (AT_SIGN qualifiedName)? partitionExtension? sampleClause?
  | qualifiedName parenGroup
  | LPAREN query RPAREN
  | LPAREN valuesConstructor RPAREN
  | K_TABLE LPAREN expression RPAREN OUTER_JOIN?
  | K_LATERAL LPAREN query RPAREN
  | K_ONLY LPAREN qualifiedName RPAREN
  ;

partitionExtension : (K_PARTITION | K_SUBPARTITION) (parenGroup | K_FOR parenGroup) ;
sampleClause : K_SAMPLE ID? parenGroup (ID parenGroup)? ;
flashbackClause
  : K_AS K_OF (ID | K_TIMESTAMP) simpleExpr
  | K_VERSIONS K_BETWEEN (ID | K_TIMESTAMP) simpleExpr K_AND simpleExpr
  ;
pivotClause
  : K_PIVOT K_XML parenGroup
  | K_PIVOT LPAREN pivotAggregate (COMMA pivotAggregate)* K_FOR pivotColumns
      K_IN LPAREN pivotInItem (COMMA pivotInItem)* RPAREN RPAREN
  | K_UNPIVOT ((K_INCLUDE | K_EXCLUDE) K_NULLS)? LPAREN pivotColumns K_FOR pivotColumns
      K_IN LPAREN unpivotInItem (COMMA unpivotInItem)* RPAREN RPAREN
  ;
pivotAggregate : expression (K_AS? identifier)? ;
pivotColumns : identifier | LPAREN identifier (COMMA identifier)* RPAREN ;
pivotInItem : expression (K_AS? identifier)? ;
unpivotInItem : pivotColumns (K_AS simpleExpr)? ;
tableAlias : K_AS? identifier columnList? ;

insertStatement
  : K_INSERT
    ( K_INTO dmlTarget columnList? insertSource returningClause? errorLogging?
    | K_ALL multiInsertInto+ query
    | (K_ALL | K_FIRST) (K_WHEN expression K_THEN multiInsertInto+)+ (K_ELSE multiInsertInto+)? query
    )
  ;
insertSource : K_VALUES simpleExpr | query ;
multiInsertInto
  : K_INTO dmlTarget columnList? (K_VALUES LPAREN expression (COMMA expression)* RPAREN)? errorLogging?
  ;

dmlTarget
  : qualifiedName (AT_SIGN qualifiedName)? partitionExtension? identifier?
  | LPAREN query RPAREN identifier?
  | K_TABLE LPAREN expression RPAREN identifier?
  ;

updateStatement
  : K_UPDATE dmlTarget K_SET updateSet (COMMA updateSet)* whereClause? returningClause? errorLogging?
  ;
updateSet
  : qualifiedName EQ expression
  | LPAREN qualifiedName (COMMA qualifiedName)* RPAREN EQ expression
  | K_ROW EQ expression
  ;

deleteStatement : K_DELETE K_FROM? dmlTarget whereClause? returningClause? errorLogging? ;

mergeStatement
  : K_MERGE K_INTO dmlTarget K_USING tableRefPrimary K_ON LPAREN expression RPAREN
    mergeClause* errorLogging?
  ;
mergeClause
  : K_WHEN K_MATCHED K_THEN K_UPDATE K_SET updateSet (COMMA updateSet)* whereClause?
    (K_DELETE whereClause)?                                                # mergeUpdate
  | K_WHEN K_NOT K_MATCHED K_THEN K_INSERT mergeColumnList?
    K_VALUES LPAREN expression (COMMA expression)* RPAREN whereClause?       # mergeInsert
  ;
// Oracle lets the insert columns carry the target's name or alias: INSERT (d.id, d.bonus)
mergeColumnList : LPAREN qualifiedName (COMMA qualifiedName)* RPAREN ;

returningClause
  : (K_RETURNING | K_RETURN) expression (COMMA expression)* (K_BULK K_COLLECT)? K_INTO
    simpleExpr (COMMA simpleExpr)*
  ;
errorLogging
  : K_LOG K_ERRORS (K_INTO qualifiedName)? parenGroup? (ID K_LIMIT (NUMBER | ID))?
  ;

lockTableStatement
  : K_LOCK K_TABLE qualifiedName (COMMA qualifiedName)* K_IN ~SEMI* 
  ;

transactionStatement
  : K_COMMIT K_WORK? (K_COMMENT STRING | ID ~SEMI* | K_FORCE ~SEMI*)?
  | K_ROLLBACK K_WORK? (K_TO K_SAVEPOINT? identifier | K_FORCE STRING)?
  | K_SAVEPOINT identifier
  | K_SET K_TRANSACTION ~SEMI*
  ;

// ======================================================================= PL/SQL
anonymousBlock : label* block ;
block : (K_DECLARE declareSection?)? body ;
// The name after END repeats the unit's name, which may be a word like JOIN.
body : K_BEGIN statementList exceptionSection? K_END anyName? ;
exceptionSection : K_EXCEPTION exceptionHandler+ ;
exceptionHandler : K_WHEN qualifiedName (K_OR qualifiedName)* K_THEN statementList ;

label : LLABEL anyName RLABEL ;

declareSection : declItem+ ;

declItem
  : K_TYPE identifier (K_IS | K_AS) typeDefinition SEMI                   # typeDecl
  | K_SUBTYPE identifier K_IS dataType (K_RANGE simpleExpr DOTDOT simpleExpr)?
      (K_NOT K_NULL)? SEMI                                                 # subtypeDecl
  | K_CURSOR identifier parameterList? (K_RETURN dataType)? (K_IS query)? SEMI  # cursorDecl
  | identifier K_EXCEPTION SEMI                                            # exceptionDecl
  | K_PRAGMA identifier parenGroup? SEMI                                   # pragmaDecl
  | (procedureHeading | functionHeading) routineOption*
      ((K_IS | K_AS) routineImpl)? SEMI                                    # subprogramDecl
  | declaredName K_CONSTANT? dataType (K_NOT K_NULL)? ((ASSIGN | K_DEFAULT) expression)? SEMI
                                                                           # variableDecl
  ;
// Conditional compilation ($IF ... $END) never reaches the parser: the preprocessor in
// parser/oracle/oracle_conditional_compilation.cpp applies it to the tokens first.

typeDefinition
  : K_RECORD LPAREN fieldDecl (COMMA fieldDecl)* RPAREN
  | K_TABLE K_OF dataType (K_NOT K_NULL)? (K_INDEX K_BY dataType)?
  | (K_VARRAY | K_VARYING K_ARRAY) LPAREN expression RPAREN K_OF dataType (K_NOT K_NULL)?
  | K_REF K_CURSOR (K_RETURN dataType)?
  ;
fieldDecl : anyName dataType (K_NOT K_NULL)? ((ASSIGN | K_DEFAULT) expression)? ;

statementList : statementItem* ;

statementItem : label* plsqlStatement SEMI ;

plsqlStatement
  : plsqlTarget (ASSIGN expression)?                                       # assignOrCallStatement
  | K_IF expression K_THEN statementList (K_ELSIF expression K_THEN statementList)*
      (K_ELSE statementList)? K_END K_IF                                   # ifStatement
  | K_CASE expression? (K_WHEN expression K_THEN statementList)+
      (K_ELSE statementList)? K_END K_CASE identifier?                     # caseStatement
  | (K_WHILE expression | K_FOR forHead)? K_LOOP statementList K_END K_LOOP anyName?
                                                                           # loopStatement
  | K_FORALL identifier K_IN forallBounds (K_SAVE K_EXCEPTIONS)? forallBody     # forallStatement
  | K_EXIT identifier? (K_WHEN expression)?                                 # exitStatement
  | K_CONTINUE identifier? (K_WHEN expression)?                            # continueStatement
  | K_GOTO identifier                                                      # gotoStatement
  | K_NULL                                                                 # nullStatement
  | K_RETURN expression?                                                   # returnStatement
  | K_RAISE qualifiedName?                                                 # raiseStatement
  | K_OPEN simpleExpr (K_FOR (query | expression) usingClause?)?           # openStatement
  | K_FETCH simpleExpr (K_BULK K_COLLECT)? K_INTO simpleExpr (COMMA simpleExpr)*
      (K_LIMIT expression)?                                                # fetchStatement
  | K_CLOSE simpleExpr                                                     # closeStatement
  | executeImmediate                                                       # executeImmediateStatement
  | K_PIPE K_ROW LPAREN expression RPAREN                                  # pipeRowStatement
  | K_PRAGMA identifier parenGroup?                                        # pragmaStatement
  | block                                                                  # blockStatement
  | dmlStatement                                                           # sqlStatementInBlock
  | transactionStatement                                                   # transactionInBlock
  ;

executeImmediate
  : K_EXECUTE K_IMMEDIATE expression
    (intoClause | usingClause | (K_RETURNING | K_RETURN) K_INTO simpleExpr (COMMA simpleExpr)*)*
  ;
// Only DML can follow FORALL; a general statement here would let "(" follow an expression
// and make every call's prediction look through its first argument.
forallBody : insertStatement | updateStatement | deleteStatement | mergeStatement | executeImmediate ;

plsqlTarget
  : (declaredName | BIND_VAR) targetPart*
  | LPAREN expression K_AS dataType RPAREN targetPart+
  | K_TREAT LPAREN expression K_AS K_REF? dataType RPAREN targetPart+
  ;
targetPart
  : DOT anyName
  | LPAREN callArgs? RPAREN
  | AT_SIGN qualifiedName
  ;

// FOR iterand [type] [, iterand [type]] IN control [, control]... (21c iteration controls)
forHead : iterand (COMMA iterand)? K_IN iterationControl (COMMA iterationControl)* ;
iterand : identifier (ID dataType | dataType)? ;   // ID: MUTABLE / IMMUTABLE
iterationControl
  : ((K_VALUES | K_INDICES | K_PAIRS) K_OF)? LPAREN K_EXECUTE K_IMMEDIATE expression usingClause?
      RPAREN iterationFilter*                                  // dynamic SQL
  | (K_VALUES | K_INDICES | K_PAIRS) K_OF simpleExpr iterationFilter*
  | K_REPEAT simpleExpr iterationFilter*
  | K_REVERSE? simpleExpr (DOTDOT simpleExpr (K_BY simpleExpr)?)? iterationFilter*
  ;
iterationFilter : (K_WHILE | K_WHEN) expression ;
forallBounds
  : simpleExpr DOTDOT simpleExpr
  | K_INDICES K_OF simpleExpr (K_BETWEEN simpleExpr K_AND simpleExpr)?
  | K_VALUES K_OF simpleExpr
  ;
usingClause : K_USING usingArg (COMMA usingArg)* ;
usingArg : (K_IN K_OUT? | K_OUT)? expression ;

// ======================================================================= types
dataType
  : K_REF? typeName (LPAREN typeSize (COMMA signedNumber)? RPAREN)?
    (K_WITH K_LOCAL? K_TIME K_ZONE)?
    (K_CHARACTER K_SET identifier (PERCENT_SIGN ID)?)?
  | K_INTERVAL (K_YEAR | K_DAY) (LPAREN NUMBER RPAREN)? K_TO (K_MONTH | K_SECOND) (LPAREN NUMBER RPAREN)?
  ;
typeName
  : K_DATE
  | K_NATURAL
  | K_TABLE                                 // polymorphic table function argument / result
  | K_CHAR K_VARYING?
  | qualifiedName (PERCENT_SIGN (K_TYPE | K_ROWTYPE))? (K_VARYING | K_PRECISION | K_RAW)?
  ;
typeSize : NUMBER (K_BYTE | K_CHAR)? | STAR | ID ;

// ======================================================================= expressions
// Conditions (NOT / AND / OR over predicates) ...
expression
  : K_NOT expression                                                       # notExpr
  | expression K_AND expression                                            # andExpr
  | expression K_OR expression                                             # orExpr
  | simpleExpr predicateTail?                                              # predicateExpr
  ;

predicateTail
  : compOp (K_ANY | K_SOME | K_ALL) LPAREN (query | expression (COMMA expression)*) RPAREN  # quantifiedTail
  | compOp simpleExpr                                                      # compareTail
  | K_IS K_NOT? (K_NULL | K_EMPTY | K_A K_SET | K_OF K_TYPE? parenGroup | ID) # isTail
  | K_NOT? (K_LIKE | K_LIKEC | K_LIKE2 | K_LIKE4) simpleExpr (K_ESCAPE simpleExpr)?  # likeTail
  | K_NOT? K_BETWEEN simpleExpr K_AND simpleExpr                           # betweenTail
  | K_NOT? K_IN simpleExpr                                                 # inTail
  | K_NOT? (K_MEMBER | K_SUBMULTISET) K_OF? simpleExpr                     # memberTail
  ;
// Oracle also accepts the two-character operators written with blanks between their
// characters ("< >", "! =", "^ =", "< =", "> =").
compOp : EQ | NE | LT (GT | EQ)? | LE | GT EQ? | GE | (EXCL | CARET) EQ ;

// ... over one left-recursive rule for values; postfix forms bind tightest.
simpleExpr
  : simpleExpr DOT anyName                                                 # memberExpr
  | simpleExpr DOT STAR                                                    # starMemberExpr
  | simpleExpr LPAREN callArgs? RPAREN                                     # callExpr
  | simpleExpr PERCENT_SIGN anyName                                        # attributeExpr
  | simpleExpr OUTER_JOIN                                                  # outerJoinExpr
  | simpleExpr AT_SIGN qualifiedName                                       # dbLinkExpr
  | simpleExpr K_WITHIN K_GROUP LPAREN orderByClause RPAREN                # withinGroupExpr
  | simpleExpr K_KEEP LPAREN K_DENSE_RANK (K_FIRST | K_LAST) orderByClause RPAREN  # keepExpr
  | simpleExpr K_OVER (LPAREN windowSpec RPAREN | identifier)              # overExpr
  // JSON { ... } / JSON [ ... ] (23ai) as postfix forms: decided on the brace alone, where a
  // primary alternative would make every name primary look two tokens ahead.
  | simpleExpr LBRACE (jsonMember (COMMA jsonMember)*)? RBRACE              # jsonObjectExpr
  | simpleExpr LBRACKET (expression (COMMA expression)*)? RBRACKET         # jsonArrayExpr
  | simpleExpr K_AT (K_TIME K_ZONE simpleExpr | K_LOCAL)                   # atTimeZoneExpr
  | (PLUS | MINUS | K_PRIOR | K_CONNECT_BY_ROOT) simpleExpr                # unaryExpr
  | simpleExpr POWER simpleExpr                                            # binaryExpr
  | simpleExpr (STAR | SLASH | K_MOD) simpleExpr                           # binaryExpr
  | simpleExpr K_COLLATE anyName                                           # collateExpr
  | simpleExpr (PLUS | MINUS | CONCAT | BAR BAR) simpleExpr                # binaryExpr
  | simpleExpr K_MULTISET (K_UNION | K_INTERSECT | K_EXCEPT) (K_ALL | K_DISTINCT)? simpleExpr  # multisetExpr
  | simpleExpr (K_DAY | K_YEAR) (LPAREN NUMBER RPAREN)? K_TO (K_SECOND | K_MONTH) (LPAREN NUMBER RPAREN)?  # intervalConvExpr
  | primary                                                                # primaryExpr
  ;

primary
  : literal                                                                # literalPrimary
  | K_CASE expression? (K_WHEN expression K_THEN expression)+ (K_ELSE expression)? K_END  # casePrimary
  | K_CAST LPAREN expression K_AS dataType RPAREN                          # castPrimary
  | K_TREAT LPAREN expression K_AS K_REF? dataType RPAREN                  # treatPrimary
  | K_INTERVAL STRING (K_YEAR | K_MONTH | K_DAY | K_HOUR | K_MINUTE | K_SECOND)
      (LPAREN NUMBER (COMMA NUMBER)? RPAREN)?
      (K_TO (K_YEAR | K_MONTH | K_DAY | K_HOUR | K_MINUTE | K_SECOND) (LPAREN NUMBER RPAREN)?)?  # intervalPrimary
  | (K_DATE | K_TIMESTAMP) STRING                                          # datetimePrimary
  | K_EXISTS LPAREN query RPAREN                                           # existsPrimary
  | (K_CURSOR | K_MULTISET) LPAREN query RPAREN                            # cursorPrimary
  | K_NEW qualifiedName LPAREN callArgs? RPAREN                            # newPrimary
  | LPAREN query RPAREN                                                    # subqueryPrimary
  | LPAREN expression ((COMMA expression)+ | K_AS dataType)? RPAREN         # parenPrimary
  | K_SET LPAREN expression RPAREN                                         # setFunctionPrimary
  | (BIND_VAR | COLON (NUMBER | identifier))                               # bindPrimary
  | CC_FLAG                                                                # ccFlagPrimary
  | K_DEFAULT                                                              # defaultPrimary
  | (K_LEFT | K_RIGHT)                                                   # keywordNamePrimary
  | identifier                                                             # namePrimary
  ;

// JSON { 'k' : v, ... } (23ai); a lone member is a name whose value is its column.
jsonMember : expression (COLON expression)? ;

literal : NUMBER | STRING | K_NULL | K_TRUE | K_FALSE ;

callArgs
  : STAR argTail*                        // COUNT(*), JSON_OBJECT(* RETURNING CLOB)
  | (K_DISTINCT | K_UNIQUE | K_ALL)? callArg (COMMA callArg)*
  | K_PARTITION K_BY expression (COMMA expression)* orderByClause?   // APPROX_RANK(...)
  | orderByClause
  ;
callArg
  : (K_LEADING | K_TRAILING | K_BOTH) expression? K_FROM expression
  | (K_NAME | K_EVALNAME | K_CONTENT | K_DOCUMENT | K_KEY) expression argTail*
  | expression (ARROW expression | COLON expression argTail* | argTail*)  // p => v, k => v, 'k' : v
  | K_FOR forHead (K_INDEX simpleExpr | K_SEQUENCE) ARROW expression   // iterator choice (21c)
  ;
argTail
  : K_AS dataType
  | K_FROM expression
  | orderByClause
  | K_USING ID
  | K_USING simpleExpr K_AS identifier          // VECTOR_EMBEDDING(model USING x AS data)
  | K_RETURNING dataType
  | (K_NULL | ID | K_EMPTY | K_TRUE | K_FALSE | K_DEFAULT expression) K_ON (ID | K_NULL | K_EMPTY)
  | K_VALUE expression
  | K_WITH ID+
  | K_ON ID (ID | K_TRUNCATE) STRING? ((K_WITH | ID) ID)?
  | K_NO ID
  | ID K_NULLS                                // IGNORE NULLS / RESPECT NULLS
  | K_PASSING (K_BY K_VALUE)? expression
  | ID (EQ? NUMBER)?
  ;

windowSpec : (K_PARTITION K_BY expression (COMMA expression)*)? orderByClause? windowFrame? ;
windowFrame
  : (K_ROWS | K_RANGE) (K_BETWEEN frameBound K_AND frameBound | frameBound)
  ;
frameBound
  : K_UNBOUNDED (K_PRECEDING | K_FOLLOWING)
  | K_CURRENT K_ROW
  | simpleExpr (K_PRECEDING | K_FOLLOWING)
  ;

// ======================================================================= names
qualifiedName : identifier (DOT anyName)* ;

// A parameter or variable may be called LEFT or RIGHT (not reserved in Oracle; kept out of
// identifier, where they would read as join keywords after a table).
declaredName : identifier | K_LEFT | K_RIGHT ;

identifier : ID | QUOTED_ID | nonReservedKeyword ;

anyName : identifier | reservedKeyword ;

// Keywords Oracle lets you use as names (decided on one token).
nonReservedKeyword
  : K_A | K_ACCESS | K_ACCESSIBLE | K_ADD | K_ADMIN | K_ADMINISTER | K_AFTER | K_AGGREGATE
  | K_ALWAYS | K_ANALYZE | K_APPLY | K_ARRAY | K_ASSOCIATE | K_AT | K_AUDIT | K_AUTHID
  | K_BEFORE | K_BITMAP | K_BODY | K_BOTH | K_BULK | K_BYTE | K_CALL | K_CASCADE 
  | K_CHARACTER | K_CLOSE | K_CLUSTER | K_COLLATE | K_COLLECT | K_COLUMN | K_COMMENT
  | K_COMPOUND | K_CONSTANT | K_CONSTRAINTS | K_CONSTRUCTOR | K_CONTEXT | K_CONTROLFILE
  | K_CUBE | K_CURRENT | K_DATABASE | K_DAY | K_DEFERRABLE | K_DEFERRED | K_DENSE_RANK
  | K_DETERMINISTIC | K_DIMENSION | K_DIRECTORY | K_DISABLE | K_DISASSOCIATE | K_DUPLICATED
  | K_EACH | K_EDITION | K_EDITIONABLE | K_EDITIONING | K_EMPTY | K_ENABLE | K_ERRORS
  | K_ESCAPE | K_EXCEPTION | K_EXCEPTIONS | K_EXCLUDE | K_EXECUTE | K_EXPLAIN | K_EXTERNAL | K_FINAL
  | K_FIRST | K_FLASHBACK | K_FOLLOWING | K_FOLLOWS | K_FORCE | K_GENERATED | K_GLOBAL
  | K_GROUPING | K_HOUR | K_IDENTITY | K_IMMEDIATE | K_INCLUDE | K_INCREMENT | K_INDEXTYPE
  | K_INDICES | K_INITIALLY | K_INSTANTIABLE | K_INSTEAD | K_INTERVAL | K_INVISIBLE | K_JAVA
  | K_KEEP | K_KEY | K_LANGUAGE | K_LAST | K_LATERAL | K_LEADING | K_LIBRARY | K_LIKE2
  | K_LIKE4 | K_LIKEC | K_LIMIT | K_LINK | K_LOCAL | K_LOCK | K_LOCKED | K_LOG | K_MAP
  | K_MATCHED | K_MATERIALIZED | K_MAXVALUE | K_MEMBER | K_MERGE | K_MINUTE | K_MINVALUE
  | K_MONTH | K_NAME | K_NESTED | K_NEW | K_NEXT | K_NO | K_NOCACHE | K_NOCOPY
  | K_NOCYCLE | K_NOMAXVALUE | K_NOMINVALUE | K_NONEDITIONABLE | K_NOORDER | K_NORELY
  | K_NOVALIDATE | K_NULLS | K_OBJECT | K_OFFSET | K_OID | K_OLD | K_ONLY | K_OPEN
  | K_OPERATOR | K_OPTION | K_ORGANIZATION | K_OTHERS | K_OUT | K_OUTLINE | K_OVER
  | K_OVERRIDING | K_PACKAGE | K_PARALLEL_ENABLE | K_PARENT | K_PERCENT | K_PIPE
  | K_PIPELINED | K_PIVOT | K_PLUGGABLE | K_PRECEDING | K_PRECEDES | K_PRECISION
  | K_PRESERVE | K_PRIVATE | K_PROFILE | K_PURGE | K_RANGE | K_RAW | K_READ | K_RECORD
  | K_REF | K_REFERENCING | K_RELY | K_RENAME | K_REPLACE | K_RESULT | K_RESULT_CACHE
  | K_REVERSE | K_ROLE | K_ROLLUP | K_ROW | K_ROWS | K_ROWTYPE | K_SAMPLE | K_SAVE
  | K_SCHEMA | K_SECOND | K_SELF | K_SEQUENCE | K_SETS | K_SHARDED | K_SIBLINGS | K_SKIP
  | K_SOME | K_STATEMENT | K_STATIC | K_STORE | K_SUBMULTISET | K_SUBPARTITION | K_SUBTYPE
  | K_SYNONYM | K_TABLESPACE | K_TEMPORARY | K_TIES | K_TIME | K_TIMESTAMP | K_TRAILING
  | K_TRANSACTION | K_TRUNCATE | K_TYPE | K_UNBOUNDED | K_UNDER | K_UNPIVOT
  | K_USER | K_VALIDATE | K_VARRAY | K_VARYING | K_VERSIONS | K_VIRTUAL | K_VISIBLE
  | K_WAIT | K_WITHIN | K_WORK | K_XML | K_YEAR | K_ZONE
  | K_CONTENT | K_DOCUMENT | K_EVALNAME | K_PASSING | K_VALUE | K_ANNOTATIONS
  | K_MOD | K_REPEAT | K_PAIRS
  ;

reservedKeyword
  : K_CAST | K_TREAT | K_MULTISET | K_ALL | K_ALTER | K_AND | K_ANY | K_AS | K_ASC | K_BEGIN | K_BETWEEN | K_BY | K_CASE
  | K_CHAR | K_CHECK | K_COMMIT | K_CONNECT | K_CONNECT_BY_ROOT | K_CONSTRAINT | K_CONTINUE
  | K_CREATE | K_CROSS | K_CURSOR | K_DATE | K_DECLARE | K_DEFAULT | K_DELETE | K_DESC
  | K_DISTINCT | K_DROP | K_ELSE | K_ELSIF | K_END | K_EXCEPT | K_EXISTS | K_EXIT
  | K_FALSE | K_FETCH | K_FOR | K_FORALL | K_FOREIGN | K_FROM | K_FULL | K_FUNCTION | K_GOTO
  | K_GRANT | K_GROUP | K_HAVING | K_IF | K_IN | K_INDEX | K_INNER | K_INSERT | K_INTERSECT
  | K_INTO | K_IS | K_JOIN | K_LEFT | K_LIKE | K_LOOP | K_MINUS | K_MODIFY | K_NATURAL
  | K_NOAUDIT | K_NOT | K_NOWAIT | K_NULL | K_OF | K_ON | K_OR | K_ORDER | K_OUTER
  | K_PARTITION | K_PRAGMA | K_PRIMARY | K_PRIOR | K_PROCEDURE | K_PUBLIC | K_RAISE
  | K_REFERENCES | K_RETURN | K_RETURNING | K_REVOKE | K_RIGHT | K_ROLLBACK | K_SAVEPOINT
  | K_SELECT | K_SET | K_START | K_TABLE | K_THEN | K_TO | K_TRIGGER | K_TRUE | K_UNION
  | K_UNIQUE | K_UPDATE | K_USING | K_VALUES | K_VIEW | K_WHEN | K_WHERE | K_WHILE | K_WITH
  ;
