// MySQL / MariaDB parser, written for barge. Entry rule: sqlStatement (one statement: the
// splitter has already handled DELIMITER and cut the script).
// Kept SLL-clean: every decision is made on a few tokens, alternatives that share a prefix are
// factored, and keywords usable as names are listed once in nonReservedKeyword.
// Expressions follow MySQL's own layering: `expression` (logic, comparison; left-recursive),
// `predicate` (IN / BETWEEN / LIKE / REGEXP, not recursive) and `bitExpr` (arithmetic;
// left-recursive). BETWEEN's middle operand must stop before AND, which one rule cannot say.
parser grammar MySqlParser;

options { tokenVocab = MySqlLexer; superClass = ParserBase;
          contextSuperClass = RuleContextBase; }

// Parser and contexts derive from parser/common/rule_context.h: cheaper accessors, arena memory.
@parser::postinclude { #include "parser/common/rule_context.h" }
@parser::context {
  using ParserBase = barge::parser::ParserBase;
  using RuleContextBase = barge::parser::RuleContextBase;
}

sqlStatement : statement SEMI? EOF ;

statement
  : createStatement
  | alterStatement
  | dropStatement
  | renameTable
  | truncateTable
  | queryStatement
  | insertStatement
  | updateStatement
  | deleteStatement
  | callStatement
  | setStatement
  | useStatement
  | lockTables
  | unlockTables
  | transactionStatement
  | K_BEGIN K_WORK?
  | prepareStatement
  | executeStatement
  | deallocateStatement
  | doStatement
  | signalStatement
  | getDiagnosticsStatement
  | adminStatement
  ;

signalStatement
  : (K_SIGNAL | K_RESIGNAL) signalCondition? (K_SET signalItem (COMMA signalItem)*)?
  ;

getDiagnosticsStatement
  : K_GET (K_CURRENT | K_STACKED)? K_DIAGNOSTICS
    (K_CONDITION expression)? diagnosticsItem (COMMA diagnosticsItem)*
  ;

// ==== CREATE ====
createStatement
  : K_CREATE (K_OR K_REPLACE)? createPrefix*
    ( createTable
    | createIndex
    | createDatabase
    | createView
    | createProcedure
    | createFunction
    | createTrigger
    | createEvent
    | createOther
    )
  ;

// ALGORITHM / DEFINER / SQL SECURITY come before the object kind (views, routines, triggers).
createPrefix
  : K_ALGORITHM EQ identifier                  # algorithmPrefix
  | K_DEFINER EQ userName                      # definerPrefix
  | K_SQL K_SECURITY identifier                # securityPrefix
  | K_AGGREGATE                                # aggregatePrefix
  ;

userName
  : (identifier | STRING) USER_VAR?
  | K_CURRENT_USER (LPAREN RPAREN)?
  ;


// Objects barge recognises and reports without modelling (users, roles, servers, ...).
createOther
  : (K_USER | K_ROLE | K_SERVER | K_TABLESPACE | K_LOGFILE | K_SEQUENCE | K_RESOURCE
    | K_SPATIAL | K_PACKAGE | K_UNDO) anyToken*
  ;

anyToken : ~(SEMI | EOF) ;

ifNotExists : K_IF K_NOT K_EXISTS ;
ifExists : K_IF K_EXISTS ;

// ---- CREATE TABLE ----
createTable
  : K_TEMPORARY? K_TABLE ifNotExists? qualifiedName
    ( K_LIKE qualifiedName
    | LPAREN K_LIKE qualifiedName RPAREN
    | (LPAREN tableElement (COMMA tableElement)* RPAREN)? tableOptions? partitionClause?
      ((K_IGNORE | K_REPLACE)? K_AS? queryExpression)?
    )
  ;

tableElement : columnDefinition | tableConstraint | indexDefinition ;

columnDefinition : identifier dataType columnAttribute* ;

columnAttribute
  : K_NOT? K_NULL                                              # nullAttr
  | K_DEFAULT bitExpr                                          # defaultAttr
  | K_AUTO_INCREMENT                                           # autoIncrementAttr
  | K_ON K_UPDATE bitExpr                                      # onUpdateAttr
  | K_PRIMARY? K_KEY                                           # primaryKeyAttr
  | K_UNIQUE K_KEY?                                            # uniqueAttr
  | K_COMMENT string                                           # commentAttr
  | (K_CHARACTER K_SET | K_CHARSET) charsetName                # charsetAttr
  | K_COLLATE charsetName                                      # collateAttr
  | (K_GENERATED K_ALWAYS)? K_AS LPAREN expression RPAREN
    (K_VIRTUAL | K_STORED | K_PERSISTENT)?                     # generatedAttr
  | (K_VISIBLE | K_INVISIBLE)                                  # visibilityAttr
  | (K_CONSTRAINT identifier?)? K_CHECK LPAREN expression RPAREN (K_NOT? K_ENFORCED)?  # checkAttr
  | referencesClause                                           # referencesAttr
  | K_SRID NUMBER                                              # sridAttr
  | identifier K_DEFAULT K_VALUE                               # serialDefaultAttr
  | identifier (identifier | NUMBER)                           # otherAttr
  ;

tableConstraint
  : (K_CONSTRAINT identifier?)?
    ( K_PRIMARY K_KEY identifier? indexType? keyList indexOption*
    | K_UNIQUE (K_KEY | K_INDEX)? identifier? indexType? keyList indexOption*
    | K_FOREIGN K_KEY identifier? keyList referencesClause
    | K_CHECK LPAREN expression RPAREN (K_NOT? K_ENFORCED)?
    )
  ;

indexDefinition
  : (K_KEY | K_INDEX) identifier? indexType? keyList indexOption*
  | (K_FULLTEXT | K_SPATIAL) (K_KEY | K_INDEX)? identifier? keyList indexOption*
  ;

indexType : K_USING identifier ;

indexOption
  : indexType
  | K_COMMENT string
  | K_VISIBLE
  | K_INVISIBLE
  | K_WITH identifier identifier        // WITH PARSER ngram
  | identifier EQ? (NUMBER | identifier)  // KEY_BLOCK_SIZE = n
  ;

referencesClause
  : K_REFERENCES qualifiedName keyList? (K_MATCH identifier)?
    (K_ON (K_DELETE | K_UPDATE) referenceAction)*
  ;
referenceAction : K_CASCADE | K_RESTRICT | K_SET K_NULL | K_NO K_ACTION | K_SET K_DEFAULT ;

keyList : LPAREN keyPart (COMMA keyPart)* RPAREN ;
keyPart
  : identifier (LPAREN NUMBER RPAREN)? (K_ASC | K_DESC)?
  | LPAREN expression RPAREN (K_ASC | K_DESC)?
  ;

tableOptions : tableOption (COMMA? tableOption)* ;

tableOption
  : K_DEFAULT? (K_CHARACTER K_SET | K_CHARSET | identifier K_SET) EQ? charsetName  # charsetOption
  | K_DEFAULT? K_COLLATE EQ? charsetName                            # collateOption
  | K_COMMENT EQ? string                                            # commentOption
  | K_AUTO_INCREMENT EQ? NUMBER                                     # autoIncrementOption
  | K_UNION EQ? LPAREN qualifiedName (COMMA qualifiedName)* RPAREN  # unionOption
  | (K_DATA | K_INDEX) K_DIRECTORY EQ? string                       # directoryOption
  | K_TABLESPACE identifier (identifier identifier)?                # tablespaceOption
  | identifier EQ? (identifier | NUMBER | string | K_DEFAULT)      # genericOption
  ;

charsetName : identifier | string | K_BINARY | K_DEFAULT ;

// ---- partitions ----
partitionClause
  : K_PARTITION K_BY partitionKind (K_PARTITIONS NUMBER)?
    (K_SUBPARTITION K_BY partitionKind (K_SUBPARTITIONS NUMBER)?)?
    (LPAREN partitionDefinition (COMMA partitionDefinition)* RPAREN)?
  ;

partitionKind
  : K_LINEAR? K_HASH LPAREN expression RPAREN
  | K_LINEAR? K_KEY (K_ALGORITHM EQ NUMBER)? LPAREN (identifier (COMMA identifier)*)? RPAREN
  | (K_RANGE | K_LIST) (LPAREN expression RPAREN | K_COLUMNS LPAREN identifier (COMMA identifier)* RPAREN)
  ;

partitionDefinition
  : (K_PARTITION | K_SUBPARTITION) identifier
    (K_VALUES (K_LESS K_THAN (LPAREN partitionValue (COMMA partitionValue)* RPAREN | K_MAXVALUE)
              | K_IN LPAREN partitionValue (COMMA partitionValue)* RPAREN)
    | K_DEFAULT)?
    partitionOption*
    (LPAREN partitionDefinition (COMMA partitionDefinition)* RPAREN)?
  ;

partitionValue : K_MAXVALUE | expression ;

partitionOption
  : K_STORAGE? K_ENGINE EQ? identifier
  | K_COMMENT EQ? string
  | (K_DATA | K_INDEX) K_DIRECTORY EQ? string
  | K_TABLESPACE EQ? identifier
  | identifier EQ? (identifier | NUMBER)
  ;

// ---- CREATE INDEX / DATABASE ----
createIndex
  : (K_UNIQUE | K_FULLTEXT | K_SPATIAL)? K_INDEX ifNotExists? identifier indexType?
    K_ON qualifiedName keyList indexOption* ((K_ALGORITHM | K_LOCK) EQ? (identifier | K_DEFAULT))*
  ;

createDatabase : (K_DATABASE | K_SCHEMA) ifNotExists? identifier databaseOption* ;

databaseOption
  : K_DEFAULT? (K_CHARACTER K_SET | K_CHARSET) EQ? charsetName
  | K_DEFAULT? K_COLLATE EQ? charsetName
  | K_COMMENT EQ? string
  | K_DEFAULT? identifier EQ? (string | identifier | NUMBER | K_DEFAULT)
  | K_READ K_ONLY EQ? (NUMBER | K_DEFAULT)
  ;

// ---- CREATE VIEW ----
createView
  : K_VIEW ifNotExists? qualifiedName columnList? K_AS queryExpression
    (K_WITH (K_CASCADED | K_LOCAL)? K_CHECK K_OPTION)?
  ;

columnList : LPAREN identifier (COMMA identifier)* RPAREN ;

// ---- routines ----
createProcedure
  : K_PROCEDURE ifNotExists? qualifiedName LPAREN (procedureParameter (COMMA procedureParameter)*)? RPAREN
    routineCharacteristic* routineBody
  ;

procedureParameter : (K_IN | K_OUT | K_INOUT)? identifier dataType ;

createFunction
  : K_FUNCTION ifNotExists? qualifiedName LPAREN (functionParameter (COMMA functionParameter)*)? RPAREN
    K_RETURNS dataType routineCharacteristic* routineBody
  ;

functionParameter : identifier dataType ;

routineCharacteristic
  : K_COMMENT string
  | K_LANGUAGE K_SQL
  | K_NOT? K_DETERMINISTIC
  | K_CONTAINS K_SQL
  | K_NO K_SQL
  | K_READS K_SQL K_DATA
  | K_MODIFIES K_SQL K_DATA
  | K_SQL K_SECURITY (K_DEFINER | K_INVOKER)
  ;

routineBody : procedureStatement ;

// ---- CREATE TRIGGER / EVENT ----
createTrigger
  : K_TRIGGER ifNotExists? qualifiedName (K_BEFORE | K_AFTER) (K_INSERT | K_UPDATE | K_DELETE)
    K_ON qualifiedName K_FOR K_EACH K_ROW ((K_FOLLOWS | K_PRECEDES) identifier)? routineBody
  ;

createEvent
  : K_EVENT ifNotExists? qualifiedName K_ON K_SCHEDULE eventSchedule
    (K_ON K_COMPLETION K_NOT? K_PRESERVE)?
    (K_ENABLE | K_DISABLE (K_ON K_SLAVE)?)?
    (K_COMMENT string)?
    K_DO routineBody
  ;

eventSchedule
  : K_AT expression
  | K_EVERY expression identifier (K_STARTS expression)? (K_ENDS expression)?
  ;

// ==== ALTER ====
alterStatement
  : K_ALTER (K_ONLINE | K_OFFLINE)? K_IGNORE? K_TABLE qualifiedName
    (alterSpecification (COMMA alterSpecification)*)? partitionClause?      # alterTable
  | K_ALTER createPrefix* K_VIEW qualifiedName columnList? K_AS queryExpression
    (K_WITH (K_CASCADED | K_LOCAL)? K_CHECK K_OPTION)?                       # alterView
  | K_ALTER (K_DATABASE | K_SCHEMA) identifier? databaseOption+             # alterDatabase
  | K_ALTER (K_PROCEDURE | K_FUNCTION) qualifiedName routineCharacteristic*  # alterRoutine
  | K_ALTER (K_EVENT | K_USER | K_SERVER | K_TABLESPACE | K_LOGFILE | K_INSTANCE
            | K_RESOURCE | K_SEQUENCE | K_UNDO | K_DEFINER) anyToken*      # alterOther
  ;

alterSpecification
  : tableOptions                                                         # alterTableOption
  | K_ADD K_COLUMN? ifNotExists? columnDefinition columnPosition?        # addColumn
  | K_ADD K_COLUMN? LPAREN tableElement (COMMA tableElement)* RPAREN       # addColumns
  | K_ADD (tableConstraint | indexDefinition)                           # addConstraint
  | K_ADD K_PARTITION LPAREN partitionDefinition (COMMA partitionDefinition)* RPAREN  # addPartition
  | K_MODIFY K_COLUMN? ifExists? columnDefinition columnPosition?        # modifyColumn
  | K_CHANGE K_COLUMN? ifExists? identifier columnDefinition columnPosition?  # changeColumn
  | K_DROP K_COLUMN? ifExists? identifier (K_RESTRICT | K_CASCADE)?       # dropColumn
  | K_DROP K_PRIMARY K_KEY                                                # dropPrimaryKey
  | K_DROP (K_INDEX | K_KEY) ifExists? identifier                         # dropIndex
  | K_DROP K_FOREIGN K_KEY ifExists? identifier                           # dropForeignKey
  | K_DROP (K_CHECK | K_CONSTRAINT) ifExists? identifier                  # dropConstraint
  | K_DROP K_PARTITION identifier (COMMA identifier)*                     # dropPartition
  | K_ALTER K_COLUMN? identifier
    (K_SET K_DEFAULT (bitExpr) | K_DROP K_DEFAULT | K_SET (K_VISIBLE | K_INVISIBLE))  # alterColumn
  | K_ALTER (K_INDEX | K_CHECK | K_CONSTRAINT) identifier anyWord+        # alterIndex
  | K_RENAME (K_COLUMN | K_INDEX | K_KEY) identifier K_TO identifier      # renameColumn
  | K_RENAME (K_TO | K_AS)? qualifiedName                                 # renameTo
  | (K_DISABLE | K_ENABLE) K_KEYS                                         # toggleKeys
  | K_CONVERT K_TO (K_CHARACTER K_SET | K_CHARSET) charsetName (K_COLLATE charsetName)?  # convertTo
  | K_ORDER K_BY identifier (COMMA identifier)*                           # orderByAlter
  | (K_ALGORITHM | K_LOCK) EQ? (identifier | K_DEFAULT)                   # alterAlgorithm
  | K_FORCE                                                               # alterForce
  | (K_WITH | K_WITHOUT) K_VALIDATION                                     # alterValidation
  | (K_DISCARD | K_IMPORT) K_TABLESPACE                                   # alterTablespace
  | (K_TRUNCATE | K_COALESCE | K_REORGANIZE | K_EXCHANGE | K_ANALYZE | K_CHECK
      | K_OPTIMIZE | K_REPAIR | K_REBUILD | K_REMOVE | K_DISCARD | K_IMPORT) anyWord+  # partitionMaintenance
  ;

anyWord : ~(SEMI | COMMA | EOF) ;

columnPosition : K_FIRST | K_AFTER identifier ;

// ==== DROP / RENAME / TRUNCATE ====
dropStatement
  : K_DROP K_TEMPORARY? (K_TABLE | K_TABLES) ifExists? qualifiedName (COMMA qualifiedName)*
    (K_RESTRICT | K_CASCADE)?                                                       # dropTable
  | K_DROP (K_VIEW | K_PROCEDURE | K_FUNCTION | K_TRIGGER | K_EVENT | K_DATABASE | K_SCHEMA)
    ifExists? qualifiedName (COMMA qualifiedName)* (K_RESTRICT | K_CASCADE)?        # dropObject
  | K_DROP (K_ONLINE | K_OFFLINE)? K_INDEX ifExists? identifier K_ON qualifiedName
    ((K_ALGORITHM | K_LOCK) EQ? (identifier | K_DEFAULT))*                          # dropIndexStmt
  | K_DROP K_PREPARE identifier                                                     # dropPrepare
  | K_DROP (K_USER | K_ROLE | K_SERVER | K_TABLESPACE | K_LOGFILE | K_SEQUENCE
           | K_RESOURCE | K_SPATIAL | K_UNDO | K_PACKAGE) anyToken*                  # dropOther
  ;

renameTable
  : K_RENAME (K_TABLE | K_TABLES) qualifiedName K_TO qualifiedName
    (COMMA qualifiedName K_TO qualifiedName)*                                        # renameTables
  | K_RENAME K_USER anyToken*                                                       # renameOther
  ;

truncateTable : K_TRUNCATE K_TABLE? qualifiedName ;

// ==== queries ====
queryStatement : queryExpression ;

queryExpression
  : withClause? queryBody orderByClause? limitClause? intoClause? lockingClause* intoClause?
  ;

withClause : K_WITH K_RECURSIVE? commonTableExpression (COMMA commonTableExpression)* ;

commonTableExpression : identifier columnList? K_AS LPAREN queryExpression RPAREN ;

queryBody : queryTerm (setOperator queryTerm)* ;

setOperator : (K_UNION | K_EXCEPT | K_INTERSECT) (K_ALL | K_DISTINCT)? ;

queryTerm
  : querySpecification
  | LPAREN queryExpression RPAREN
  | K_VALUES rowValue (COMMA rowValue)*
  | K_TABLE qualifiedName
  ;

querySpecification
  : K_SELECT selectOption* selectItem (COMMA selectItem)* intoClause?
    fromClause? whereClause? groupByClause? havingClause? windowClause?
  ;

selectOption
  : K_ALL | K_DISTINCT | K_DISTINCTROW | K_HIGH_PRIORITY | K_STRAIGHT_JOIN
  | K_SQL_SMALL_RESULT | K_SQL_BIG_RESULT | K_SQL_BUFFER_RESULT | K_SQL_CACHE
  | K_SQL_NO_CACHE | K_SQL_CALC_FOUND_ROWS
  ;

selectItem
  : STAR                                              # allColumns
  | identifier DOT (identifier DOT)? STAR             # tableColumns
  | expression (K_AS? (identifier | STRING))?         # expressionItem
  ;

intoClause
  : K_INTO variable (COMMA variable)*
  | K_INTO K_OUTFILE string anyWord*
  | K_INTO K_DUMPFILE string
  ;

variable : USER_VAR | identifier ;

fromClause : K_FROM (K_DUAL | tableReference (COMMA tableReference)*) ;

tableReference : tableFactor joinPart* ;

tableFactor
  : qualifiedName (K_PARTITION LPAREN identifier (COMMA identifier)* RPAREN)?
    (K_AS? identifier)? indexHint*                                          # namedTable
  | K_LATERAL? LPAREN queryExpression RPAREN K_AS? identifier columnList?   # derivedTable
  | LPAREN tableReference (COMMA tableReference)* RPAREN                    # nestedTable
  | LBRACE identifier tableReference RBRACE                                 # odbcTable
  ;

indexHint
  : (K_USE | K_IGNORE | K_FORCE) (K_INDEX | K_KEY)
    (K_FOR (K_JOIN | K_ORDER K_BY | K_GROUP K_BY))? LPAREN (indexName (COMMA indexName)*)? RPAREN
  ;

indexName : identifier | K_PRIMARY ;

joinPart
  : (K_INNER | K_CROSS)? K_JOIN tableFactor joinCondition?                   # innerJoin
  | K_STRAIGHT_JOIN tableFactor (K_ON expression)?                           # straightJoin
  | (K_LEFT | K_RIGHT) K_OUTER? K_JOIN tableReference joinCondition          # outerJoin
  | K_NATURAL ((K_LEFT | K_RIGHT) K_OUTER? | K_INNER)? K_JOIN tableFactor    # naturalJoin
  ;

joinCondition
  : K_ON expression
  | K_USING LPAREN identifier (COMMA identifier)* RPAREN
  ;

whereClause : K_WHERE expression ;

groupByClause : K_GROUP K_BY orderItem (COMMA orderItem)* (K_WITH K_ROLLUP)? ;

havingClause : K_HAVING expression ;

windowClause : K_WINDOW windowDefinition (COMMA windowDefinition)* ;

windowDefinition : identifier K_AS LPAREN windowSpec RPAREN ;

windowSpec
  : identifier? (K_PARTITION K_BY expression (COMMA expression)*)? orderByClause? frameClause?
  ;

frameClause
  : (K_ROWS | K_RANGE) (frameBound | K_BETWEEN frameBound K_AND frameBound)
  ;

frameBound
  : K_UNBOUNDED (K_PRECEDING | K_FOLLOWING)
  | K_CURRENT K_ROW
  | bitExpr (K_PRECEDING | K_FOLLOWING)
  ;

orderByClause : K_ORDER K_BY orderItem (COMMA orderItem)* ;

orderItem : expression (K_ASC | K_DESC)? ;

limitClause : K_LIMIT limitValue ((COMMA | K_OFFSET) limitValue)? ;

limitValue : NUMBER | identifier | QUESTION | USER_VAR ;

lockingClause
  : K_FOR (K_UPDATE | K_SHARE) (K_OF qualifiedName (COMMA qualifiedName)*)?
    (K_NOWAIT | K_SKIP K_LOCKED | K_WAIT NUMBER)?
  | K_LOCK K_IN K_SHARE K_MODE
  ;

// ==== DML ====
insertStatement
  : (K_INSERT | K_REPLACE) (K_LOW_PRIORITY | K_DELAYED | K_HIGH_PRIORITY | K_IGNORE)* K_INTO?
    qualifiedName (K_PARTITION LPAREN identifier (COMMA identifier)* RPAREN)?
    ( (LPAREN (qualifiedName (COMMA qualifiedName)*)? RPAREN)?
      ( (K_VALUES | K_VALUE) rowValue (COMMA rowValue)*
      | queryExpression
      )
      (K_AS identifier columnList?)?
    | K_SET assignment (COMMA assignment)*
    )
    (K_ON K_DUPLICATE K_KEY K_UPDATE assignment (COMMA assignment)*)?
  ;

rowValue : K_ROW? LPAREN (expression (COMMA expression)*)? RPAREN ;

assignment : qualifiedName EQ expression ;

updateStatement
  : K_UPDATE (K_LOW_PRIORITY | K_IGNORE)* tableReference (COMMA tableReference)*
    K_SET assignment (COMMA assignment)* whereClause? orderByClause? limitClause?
  ;

deleteStatement
  : K_DELETE (K_LOW_PRIORITY | K_QUICK | K_IGNORE)*
    ( K_FROM deleteTarget (COMMA deleteTarget)* (K_USING tableReference (COMMA tableReference)*)?
    | deleteTarget (COMMA deleteTarget)* K_FROM tableReference (COMMA tableReference)*
    )
    whereClause? orderByClause? limitClause?
  ;

deleteTarget
  : qualifiedName (DOT STAR)? (K_PARTITION LPAREN identifier (COMMA identifier)* RPAREN)?
    (K_AS? identifier)?
  ;

callStatement : K_CALL qualifiedName (LPAREN (expression (COMMA expression)*)? RPAREN)? ;

doStatement : K_DO expression (COMMA expression)* ;

// ==== SET and session statements ====
setStatement
  : K_SET setItem (COMMA setItem)*                                                   # setVariables
  | K_SET (K_GLOBAL | K_SESSION | K_LOCAL)? K_TRANSACTION transactionCharacteristic
    (COMMA transactionCharacteristic)*                                               # setTransaction
  | K_SET K_PASSWORD anyToken*                                                       # setPassword
  | K_SET (K_ROLE | K_DEFAULT K_ROLE) anyToken*                                      # setRole
  ;

setItem
  : K_NAMES (charsetName) (K_COLLATE charsetName)?
  | (K_CHARACTER K_SET | K_CHARSET) charsetName
  | (K_GLOBAL | K_SESSION | K_LOCAL | K_PERSIST | K_PERSIST_ONLY)? setTarget (EQ | ASSIGN) setValue
  ;

setTarget : USER_VAR | SYS_VAR | qualifiedName ;

setValue : expression | K_ON | K_ALL | K_BINARY ;

transactionCharacteristic
  : K_ISOLATION K_LEVEL (identifier | K_READ) (identifier | K_READ)?
  | K_READ (K_WRITE | K_ONLY)
  ;

useStatement : K_USE identifier ;

lockTables
  : K_LOCK (K_TABLES | K_TABLE) lockItem (COMMA lockItem)*
  ;
lockItem : qualifiedName (K_AS? identifier)? (K_READ K_LOCAL? | K_LOW_PRIORITY? K_WRITE) ;

unlockTables : K_UNLOCK (K_TABLES | K_TABLE) ;

transactionStatement
  : K_START K_TRANSACTION (transactionStartOption (COMMA transactionStartOption)*)?
  | K_COMMIT K_WORK? (K_AND K_NO? K_CHAIN)? (K_NO? K_RELEASE)?
  | K_ROLLBACK K_WORK? (K_TO K_SAVEPOINT? identifier | (K_AND K_NO? K_CHAIN)? (K_NO? K_RELEASE)?)
  | K_SAVEPOINT identifier
  | K_RELEASE K_SAVEPOINT identifier
  ;

transactionStartOption : K_WITH K_CONSISTENT K_SNAPSHOT | K_READ (K_WRITE | K_ONLY) ;

prepareStatement : K_PREPARE identifier K_FROM (string | USER_VAR) ;

executeStatement : K_EXECUTE identifier (K_USING USER_VAR (COMMA USER_VAR)*)? ;

deallocateStatement : K_DEALLOCATE K_PREPARE identifier ;

// Server administration: recognised by its leading words and reported, never converted.
adminStatement
  : (K_SHOW | K_GRANT | K_REVOKE | K_FLUSH | K_KILL | K_ANALYZE | K_OPTIMIZE | K_REPAIR
    | K_CHECK | K_CHECKSUM | K_RESET | K_PURGE | K_INSTALL | K_UNINSTALL | K_EXPLAIN
    | K_DESCRIBE | K_DESC | K_HELP | K_LOAD | K_CACHE | K_BINLOG | K_XA | K_STOP | K_HANDLER
    | K_CHANGE | K_CLONE | K_RESTART | K_SHUTDOWN | K_IMPORT | K_START (K_SLAVE | K_REPLICA)) anyToken*
  ;

// ==== compound statements (routine bodies) ====
procedureStatement
  : (identifier COLON)? labeledBody                                  # labeledStatement
  | ifStatement                                                      # ifStmt
  | caseStatement                                                    # caseStmt
  | K_LEAVE identifier                                               # leaveStmt
  | K_ITERATE identifier                                             # iterateStmt
  | K_RETURN expression                                              # returnStmt
  | K_OPEN identifier                                                # openStmt
  | K_FETCH (K_NEXT? K_FROM)? identifier K_INTO variable (COMMA variable)*  # fetchStmt
  | K_CLOSE identifier                                               # closeStmt
  | statement                                                        # sqlStmt
  ;

labeledBody
  : K_BEGIN (K_NOT K_ATOMIC)? (blockItem SEMI)* K_END identifier?                  # beginEnd
  | K_LOOP (procedureStatement SEMI)+ K_END K_LOOP identifier?                     # loopBody
  | K_WHILE expression K_DO (procedureStatement SEMI)+ K_END K_WHILE identifier?   # whileBody
  | K_REPEAT (procedureStatement SEMI)+ K_UNTIL expression K_END K_REPEAT identifier?  # repeatBody
  ;

blockItem : declaration | procedureStatement ;

declaration
  : K_DECLARE identifier (COMMA identifier)* dataType (K_DEFAULT expression)?       # declareVariable
  | K_DECLARE identifier K_CONDITION K_FOR (K_SQLSTATE K_VALUE? string | NUMBER)    # declareCondition
  | K_DECLARE identifier K_CURSOR K_FOR queryExpression                            # declareCursor
  | K_DECLARE (K_CONTINUE | K_EXIT | K_UNDO) K_HANDLER K_FOR
    handlerCondition (COMMA handlerCondition)* procedureStatement                  # declareHandler
  ;

handlerCondition
  : K_SQLSTATE K_VALUE? string
  | K_SQLWARNING
  | K_NOT K_FOUND
  | K_SQLEXCEPTION
  | NUMBER
  | identifier
  ;

ifStatement
  : K_IF expression K_THEN (procedureStatement SEMI)+
    (K_ELSEIF expression K_THEN (procedureStatement SEMI)+)*
    (K_ELSE (procedureStatement SEMI)+)?
    K_END K_IF
  ;

caseStatement
  : K_CASE expression? (K_WHEN expression K_THEN (procedureStatement SEMI)+)+
    (K_ELSE (procedureStatement SEMI)+)? K_END K_CASE
  ;

signalCondition : K_SQLSTATE K_VALUE? string | identifier ;

signalItem : identifier EQ expression ;

diagnosticsItem : variable EQ identifier ;

// ==== expressions ====
expression
  : predicate                                                                  # predicateExpr
  | expression K_IS K_NOT? (K_NULL | K_TRUE | K_FALSE | K_UNKNOWN)             # isExpr
  | expression comparisonOperator (K_ALL | K_ANY | K_SOME) LPAREN queryExpression RPAREN  # quantifiedExpr
  | expression comparisonOperator expression                                  # comparisonExpr
  | K_NOT expression                                                  # notExpr
  | expression (K_AND | AND_AND) expression                                    # andExpr
  | expression K_XOR expression                                                # xorExpr
  | expression (K_OR | OR_OR) expression                                       # orExpr
  | <assoc=right> expression ASSIGN expression                                 # assignExpr
  ;

comparisonOperator : EQ | NE | LT | LE | GT | GE | NULL_SAFE_EQ ;

predicate
  : bitExpr
    ( K_NOT? K_IN LPAREN (queryExpression | expression (COMMA expression)*) RPAREN
    | K_NOT? K_BETWEEN bitExpr K_AND predicate
    | K_NOT? K_LIKE bitExpr (K_ESCAPE bitExpr)?
    | K_NOT? (K_REGEXP | K_RLIKE) bitExpr
    | K_SOUNDS K_LIKE bitExpr
    | K_MEMBER K_OF? LPAREN bitExpr RPAREN
    )?
  ;

bitExpr
  : primary                                                       # primaryExpr
  | bitExpr (ARROW | ARROW2) string                               # jsonExtractExpr
  | bitExpr K_COLLATE charsetName                                 # collateExpr
  | (MINUS | PLUS | TILDE | EXCL | K_BINARY) bitExpr                     # unaryExpr
  | bitExpr CARET bitExpr                                         # binaryExpr
  | bitExpr (STAR | SLASH | PERCENT | K_DIV | K_MOD) bitExpr      # binaryExpr
  | bitExpr (PLUS | MINUS) bitExpr                                # binaryExpr
  | bitExpr (SHL | SHR) bitExpr                                   # binaryExpr
  | bitExpr AMP bitExpr                                           # binaryExpr
  | bitExpr PIPE bitExpr                                          # binaryExpr
  ;

primary
  : literal                                                       # literalPrimary
  | K_INTERVAL expression identifier                              # intervalPrimary
  | LPAREN expression (COMMA expression)* RPAREN                  # parenPrimary
  | LPAREN queryExpression RPAREN                                 # subqueryPrimary
  | K_EXISTS LPAREN queryExpression RPAREN                        # existsPrimary
  | K_ROW LPAREN expression (COMMA expression)* RPAREN            # rowPrimary
  | K_CASE expression? (K_WHEN expression K_THEN expression)+ (K_ELSE expression)? K_END  # casePrimary
  | K_CAST LPAREN expression K_AS castType RPAREN                 # castPrimary
  | K_CONVERT LPAREN expression (COMMA castType | K_USING charsetName) RPAREN  # convertPrimary
  | K_MATCH LPAREN qualifiedName (COMMA qualifiedName)* RPAREN
    K_AGAINST LPAREN bitExpr matchModifier? RPAREN                # matchPrimary
  | functionCall (K_OVER (identifier | LPAREN windowSpec RPAREN))?   # callPrimary
  | niladicFunction (LPAREN NUMBER? RPAREN)?                      # niladicPrimary
  | USER_VAR                                                      # userVarPrimary
  | SYS_VAR                                                       # sysVarPrimary
  | QUESTION                                                      # paramPrimary
  | K_DEFAULT                                                     # defaultPrimary
  | LBRACE identifier expression RBRACE                           # odbcPrimary
  | qualifiedName                                                 # columnPrimary
  ;

// (no catch-all here: a rule that may follow an expression with any token makes every
// operator decision look ahead to the end of the statement)
matchModifier
  : K_IN (K_BOOLEAN | K_NATURAL K_LANGUAGE) K_MODE (K_WITH identifier K_EXPANSION)?
  | K_WITH identifier K_EXPANSION
  ;

niladicFunction
  : K_CURRENT_TIMESTAMP | K_CURRENT_DATE | K_CURRENT_TIME | K_CURRENT_USER
  | K_LOCALTIME | K_LOCALTIMESTAMP | K_UTC_DATE | K_UTC_TIME | K_UTC_TIMESTAMP
  ;

functionCall : functionName LPAREN functionArguments? RPAREN ;

functionName
  : qualifiedName
  | K_IF | K_REPLACE | K_INSERT | K_LEFT | K_RIGHT | K_MOD | K_REPEAT | K_DATABASE
  | K_SCHEMA | K_VALUES | K_DEFAULT | K_TRUNCATE
  ;

functionArguments
  : (K_DISTINCT | K_ALL)? (STAR | expression (COMMA expression)*)
    orderByClause? (K_SEPARATOR string)?                               # plainArguments
  | (K_LEADING | K_TRAILING | K_BOTH) expression? K_FROM expression    # trimArguments
  | expression K_FROM expression (K_FOR expression)?                   # fromArguments
  | bitExpr K_IN expression                                            # positionArguments
  | expression K_USING charsetName                                     # usingArguments
  | expression K_AS castType                                           # asArguments
  ;

castType
  : (K_SIGNED | K_UNSIGNED) identifier?
  | dataType
  ;

literal
  : NUMBER
  | HEX_NUMBER
  | BIT_NUMBER
  | string
  | K_NULL
  | NULL_ESCAPE
  | K_TRUE
  | K_FALSE
  | (K_DATE | K_TIME | K_TIMESTAMP) STRING
  ;

string : (STRING | NSTRING | INTRO_STRING | HEX_STRING | BIT_STRING) STRING* ;

// ==== types ====
dataType
  : typeName (LPAREN typeArgument (COMMA typeArgument)* RPAREN)? typeModifier*
  ;

typeName
  : K_NATIONAL? identifier (K_VARYING | K_PRECISION)?
  | K_CHARACTER K_VARYING?
  | K_NATIONAL K_CHARACTER K_VARYING?
  | K_LONG ID?
  | K_BINARY
  | K_SET
  ;

typeArgument : NUMBER | string ;

typeModifier
  : K_UNSIGNED
  | K_SIGNED
  | K_ZEROFILL
  | K_BINARY
  | (K_CHARACTER K_SET | K_CHARSET) charsetName
  | K_COLLATE charsetName
  ;

// ==== names ====
// After a dot every word is a name (t.order, db.default), as in MySQL.
qualifiedName : identifier (DOT dotIdentifier)* ;

dotIdentifier : identifier | reservedKeyword ;

identifier : ID | BACKTICK_ID | nonReservedKeyword ;

// Keywords MySQL / MariaDB let you use as unquoted names (everything in the lexer's tokens
// block that MySQL 8.0 does not reserve).
nonReservedKeyword
  : K_ACTION | K_CHARSET | K_ROW | K_NATIONAL | K_AFTER | K_AGAINST | K_AGGREGATE | K_ALGORITHM | K_ANY | K_AT | K_ATOMIC
  | K_AUTO_INCREMENT | K_BEGIN | K_CASCADED | K_CAST | K_CLOSE | K_COLUMNS | K_COMMENT | K_COMMIT
  | K_COMPLETION | K_CONTAINS | K_CURRENT | K_DATA | K_DATE | K_DEALLOCATE | K_DEFINER
  | K_DIAGNOSTICS | K_DIRECTORY | K_DISABLE | K_DISCARD | K_DO | K_DUPLICATE | K_ENABLE | K_END
  | K_ENDS | K_ENFORCED | K_ENGINE | K_ESCAPE | K_EVENT | K_EVERY | K_EXCHANGE | K_EXECUTE
  | K_FIRST | K_FOLLOWING | K_FOLLOWS | K_FOUND | K_FULL | K_FUNCTION | K_ALWAYS | K_GLOBAL
  | K_HANDLER | K_HASH | K_IMPORT | K_INVISIBLE | K_INVOKER | K_LANGUAGE | K_LESS | K_LIST
  | K_LOCAL | K_LOCKED | K_MEMBER | K_MODE | K_MODIFY | K_NAMES | K_NEXT | K_NO | K_NOWAIT
  | K_OFFSET | K_OPEN | K_PARTITIONS | K_PARTITIONING | K_PERSIST | K_PERSIST_ONLY | K_PRECEDES
  | K_PRECEDING | K_PREPARE | K_PRESERVE | K_QUICK | K_REMOVE | K_REORGANIZE | K_RETURNS
  | K_ROLLBACK | K_ROLLUP | K_SAVEPOINT | K_SCHEDULE | K_SECURITY | K_SESSION | K_SHARE
  | K_SIGNED | K_SKIP | K_SOME | K_SOUNDS | K_SRID | K_STACKED | K_START | K_STARTS
  | K_SUBPARTITION | K_SUBPARTITIONS | K_TABLES | K_TABLESPACE | K_TEMPORARY | K_THAN | K_TIME
  | K_TIMESTAMP | K_TRANSACTION | K_TRUNCATE | K_UNBOUNDED | K_UNKNOWN | K_UNTIL | K_VALUE
  | K_VIEW | K_VISIBLE | K_WITHOUT | K_WORK | K_PERSISTENT | K_CHAIN | K_ONLY | K_ISOLATION
  | K_LEVEL | K_CONSISTENT | K_SNAPSHOT | K_FIELDS | K_CHECKSUM | K_UNDEFINED | K_MERGE
  | K_TEMPTABLE | K_FLUSH | K_REPAIR | K_RESET | K_INSTALL | K_UNINSTALL | K_HELP | K_CACHE
  | K_BINLOG | K_XA | K_STOP | K_USER | K_ROLE | K_SERVER | K_LOGFILE | K_SEQUENCE | K_PASSWORD
  | K_RESOURCE | K_INSTANCE | K_CLONE | K_RESTART | K_SHUTDOWN | K_ONLINE | K_OFFLINE | K_LOGS
  | K_MASTER | K_SLAVE | K_REPLICA | K_REPLICATION | K_ANALYSE | K_EXTENDED | K_PACKAGE
  | K_SYSTEM | K_STATEMENT | K_SPECIFIC | K_EXPANSION | K_BOOLEAN | K_VALIDATION | K_EXCLUSIVE
  | K_NONE | K_SHARED | K_IDENTIFIED | K_WAIT | K_REFERENCING | K_POLICY | K_STORAGE | K_COALESCE
  | K_REBUILD
  ;

// The keywords nonReservedKeyword leaves out: names only after a dot.
reservedKeyword
  : K_ADD | K_ALL | K_ALTER | K_ANALYZE | K_AND | K_AS | K_ASC | K_BEFORE | K_BETWEEN | K_BINARY
  | K_BOTH | K_BY | K_CALL | K_CASCADE | K_CASE | K_CHANGE | K_CHARACTER | K_CHECK | K_COLLATE
  | K_COLUMN | K_CONDITION | K_CONSTRAINT | K_CONTINUE | K_CONVERT | K_CREATE | K_CROSS
  | K_CURRENT_DATE | K_CURRENT_TIME | K_CURRENT_TIMESTAMP | K_CURRENT_USER | K_CURSOR
  | K_DATABASE | K_DATABASES | K_DECLARE | K_DEFAULT | K_DELAYED | K_DELETE | K_DESC
  | K_DETERMINISTIC | K_DISTINCT | K_DISTINCTROW | K_DIV | K_DROP | K_DUAL | K_EACH | K_ELSE
  | K_ELSEIF | K_EXCEPT | K_EXISTS | K_EXIT | K_FALSE | K_FETCH | K_FOR | K_FORCE | K_FOREIGN
  | K_FROM | K_FULLTEXT | K_GENERATED | K_GET | K_GROUP | K_HAVING | K_HIGH_PRIORITY | K_IF
  | K_IGNORE | K_IN | K_INDEX | K_INNER | K_INOUT | K_INSERT | K_INTERSECT | K_INTERVAL | K_INTO
  | K_IS | K_ITERATE | K_JOIN | K_KEY | K_KEYS | K_LATERAL | K_LEADING | K_LEAVE | K_LEFT
  | K_LIKE | K_LIMIT | K_LINEAR | K_LOCK | K_LOCALTIME | K_LOCALTIMESTAMP | K_LONG | K_LOOP
  | K_LOW_PRIORITY | K_MATCH | K_MAXVALUE | K_MOD | K_MODIFIES | K_NATURAL | K_NOT | K_NULL
  | K_OF | K_ON | K_OPTION | K_OR | K_ORDER | K_OUT | K_OUTER | K_OVER | K_PARTITION
  | K_PRECISION | K_PRIMARY | K_PROCEDURE | K_RANGE | K_READ | K_READS | K_RECURSIVE
  | K_REFERENCES | K_REGEXP | K_RELEASE | K_RENAME | K_REPEAT | K_REPLACE | K_RESIGNAL
  | K_RESTRICT | K_RETURN | K_RIGHT | K_RLIKE | K_ROWS | K_SCHEMA | K_SELECT | K_SEPARATOR
  | K_SET | K_SIGNAL | K_SPATIAL | K_SQL | K_SQLEXCEPTION | K_SQLSTATE | K_SQLWARNING
  | K_SQL_BIG_RESULT | K_SQL_BUFFER_RESULT | K_SQL_CACHE | K_SQL_CALC_FOUND_ROWS | K_SQL_NO_CACHE
  | K_SQL_SMALL_RESULT | K_STORED | K_STRAIGHT_JOIN | K_TABLE | K_THEN | K_TO | K_TRAILING
  | K_TRIGGER | K_TRUE | K_UNDO | K_UNION | K_UNIQUE | K_UNLOCK | K_UNSIGNED | K_UPDATE | K_USE
  | K_USING | K_VALUES | K_VARYING | K_VIRTUAL | K_WHEN | K_WHERE | K_WHILE | K_WINDOW | K_WITH
  | K_WRITE | K_XOR | K_ZEROFILL | K_UTC_DATE | K_UTC_TIME | K_UTC_TIMESTAMP | K_OUTFILE
  | K_DUMPFILE | K_LINES | K_TERMINATED | K_ENCLOSED | K_ESCAPED | K_OPTIONALLY | K_STARTING
  | K_SHOW | K_GRANT | K_REVOKE | K_KILL | K_OPTIMIZE | K_PURGE | K_EXPLAIN | K_DESCRIBE | K_LOAD
  | K_ELSIF
  ;
