// MySQL / MariaDB lexer, written for barge.
// Keywords are not lexer rules: every word lexes as ID and parser/common/keyword_token_source
// turns words listed below (K_<WORD>) into keyword tokens, case-insensitively. A word listed
// here is a keyword everywhere, so every keyword MySQL does not reserve must also appear in the
// parser's nonReservedKeyword rule.
lexer grammar MySqlLexer;

tokens {
  K_ACTION, K_ADD, K_AFTER, K_AGAINST, K_AGGREGATE, K_ALGORITHM, K_ALL, K_ALTER, K_ANALYZE,
  K_AND, K_ANY, K_AS, K_ASC, K_AT, K_ATOMIC, K_AUTO_INCREMENT, K_BEFORE, K_BEGIN, K_BETWEEN,
  K_BINARY, K_BOTH, K_BY, K_CALL, K_CASCADE, K_CASCADED, K_CASE, K_CAST, K_CHANGE, K_CHARACTER,
  K_CHARSET, K_CHECK, K_CLOSE, K_COLLATE, K_COLUMN, K_COLUMNS, K_COMMENT, K_COMMIT, K_COMPLETION,
  K_CONDITION, K_CONSTRAINT, K_CONTAINS, K_CONTINUE, K_CONVERT, K_CREATE, K_CROSS, K_CURRENT,
  K_CURRENT_DATE, K_CURRENT_TIME, K_CURRENT_TIMESTAMP, K_CURRENT_USER, K_CURSOR, K_DATA,
  K_DATABASE, K_DATABASES, K_DATE, K_DEALLOCATE, K_DECLARE, K_DEFAULT, K_DEFINER, K_DELAYED,
  K_DELETE, K_DESC, K_DETERMINISTIC, K_DIAGNOSTICS, K_DIRECTORY, K_DISABLE, K_DISCARD,
  K_DISTINCT, K_DISTINCTROW, K_DIV, K_DO, K_DROP, K_DUAL, K_DUPLICATE, K_EACH, K_ELSE, K_ELSEIF,
  K_ENABLE, K_END, K_ENDS, K_ENFORCED, K_ENGINE, K_ESCAPE, K_EVENT, K_EVERY, K_EXCEPT,
  K_EXCHANGE, K_EXECUTE, K_EXISTS, K_EXIT, K_FALSE, K_FETCH, K_FIRST, K_FOLLOWING, K_FOLLOWS,
  K_FOR, K_FORCE, K_FOREIGN, K_FOUND, K_FROM, K_FULL, K_FULLTEXT, K_FUNCTION, K_GENERATED, K_ALWAYS,
  K_GET, K_GLOBAL, K_GROUP, K_HANDLER, K_HASH, K_HAVING, K_HIGH_PRIORITY, K_IF, K_IGNORE,
  K_IMPORT, K_IN, K_INDEX, K_INNER, K_INOUT, K_INSERT, K_INTERSECT, K_INTERVAL, K_INTO,
  K_INVISIBLE, K_INVOKER, K_IS, K_ITERATE, K_JOIN, K_KEY, K_KEYS, K_LANGUAGE, K_LATERAL,
  K_LEADING, K_LEAVE, K_LEFT, K_LESS, K_LIKE, K_LIMIT, K_LINEAR, K_LIST, K_LOCAL, K_LOCK,
  K_LOCKED, K_LOCALTIME, K_LOCALTIMESTAMP, K_LONG, K_LOOP, K_LOW_PRIORITY, K_MATCH, K_MAXVALUE,
  K_MEMBER, K_MOD, K_MODE, K_MODIFIES, K_MODIFY, K_NAMES, K_NATIONAL, K_NATURAL, K_NEXT, K_NO,
  K_NOT, K_NOWAIT, K_NULL, K_OF, K_OFFSET, K_ON, K_OPEN, K_OPTION, K_OR, K_ORDER, K_OUT,
  K_OUTER, K_OVER, K_PARTITION, K_PARTITIONS, K_PARTITIONING, K_PERSIST, K_PERSIST_ONLY,
  K_PRECEDES, K_PRECEDING, K_PRECISION, K_PREPARE, K_PRESERVE, K_PRIMARY, K_PROCEDURE,
  K_QUICK, K_RANGE, K_READ, K_READS, K_RECURSIVE, K_REFERENCES, K_REGEXP, K_RELEASE,
  K_REMOVE, K_RENAME, K_REORGANIZE, K_REPEAT, K_REPLACE, K_RESIGNAL, K_RESTRICT, K_RETURN,
  K_RETURNS, K_RIGHT, K_RLIKE, K_ROLLBACK, K_ROLLUP, K_ROW, K_ROWS, K_SAVEPOINT, K_SCHEDULE,
  K_SCHEMA, K_SECURITY, K_SELECT, K_SEPARATOR, K_SESSION, K_SET, K_SHARE, K_SIGNAL, K_SIGNED,
  K_SKIP, K_SOME, K_SOUNDS, K_SPATIAL, K_SQL, K_SQLEXCEPTION, K_SQLSTATE, K_SQLWARNING,
  K_SQL_BIG_RESULT, K_SQL_BUFFER_RESULT, K_SQL_CACHE, K_SQL_CALC_FOUND_ROWS, K_SQL_NO_CACHE,
  K_SQL_SMALL_RESULT, K_SRID, K_STACKED, K_START, K_STARTS, K_STORED, K_STRAIGHT_JOIN,
  K_SUBPARTITION, K_SUBPARTITIONS, K_TABLE, K_TABLES, K_TABLESPACE, K_TEMPORARY, K_THAN,
  K_THEN, K_TIME, K_TIMESTAMP, K_TO, K_TRAILING, K_TRANSACTION, K_TRIGGER, K_TRUE, K_TRUNCATE,
  K_UNBOUNDED, K_UNDO, K_UNION, K_UNIQUE, K_UNKNOWN, K_UNLOCK, K_UNSIGNED, K_UNTIL, K_UPDATE,
  K_USE, K_USING, K_VALUE, K_VALUES, K_VARYING, K_VIEW, K_VIRTUAL, K_VISIBLE, K_WHEN, K_WHERE,
  K_WHILE, K_WINDOW, K_WITH, K_WITHOUT, K_WORK, K_WRITE, K_XOR, K_ZEROFILL, K_PERSISTENT,
  K_UTC_DATE, K_UTC_TIME, K_UTC_TIMESTAMP, K_CHAIN, K_ONLY, K_ISOLATION, K_LEVEL,
  K_CONSISTENT, K_SNAPSHOT, K_OUTFILE, K_DUMPFILE, K_FIELDS, K_LINES,
  K_TERMINATED, K_ENCLOSED, K_ESCAPED, K_OPTIONALLY, K_STARTING, K_CHECKSUM, K_UNDEFINED,
  K_MERGE, K_TEMPTABLE, K_SHOW, K_GRANT, K_REVOKE, K_FLUSH, K_KILL, K_OPTIMIZE, K_REPAIR,
  K_RESET, K_PURGE, K_INSTALL, K_UNINSTALL, K_EXPLAIN, K_DESCRIBE, K_HELP, K_LOAD, K_CACHE,
  K_BINLOG, K_XA, K_STOP, K_USER, K_ROLE, K_SERVER, K_LOGFILE, K_SEQUENCE, K_PASSWORD,
  K_RESOURCE, K_INSTANCE, K_CLONE, K_RESTART, K_SHUTDOWN, K_ONLINE, K_OFFLINE,
  K_LOGS, K_MASTER, K_SLAVE, K_REPLICA, K_REPLICATION, K_ANALYSE,
  K_EXTENDED, K_PACKAGE, K_SYSTEM, K_STATEMENT, K_SPECIFIC, K_EXPANSION,
  K_BOOLEAN, K_VALIDATION, K_ELSIF, K_EXCLUSIVE,
  K_NONE, K_SHARED, K_IDENTIFIED, K_WAIT, K_REFERENCING, K_POLICY, K_STORAGE, K_COALESCE, K_REBUILD
}

WS            : [ \t\r\n\f]+ -> channel(HIDDEN);
LINE_COMMENT  : ('--' [ \t] ~[\r\n]* | '--' ('\r'? '\n' | EOF) | '#' ~[\r\n]*) -> channel(HIDDEN);
// Versioned comments were already opened or blanked by the splitter; what remains is a comment
// (including optimizer hints /*+ ... */, kept as comments).
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN);

NUMBER        : ([0-9]+ ('.' [0-9]*)? | '.' [0-9]+) ([eE] [+-]? [0-9]+)?;
HEX_NUMBER    : '0x' [0-9a-fA-F]+;
BIT_NUMBER    : '0b' [01]+;
HEX_STRING    : [xX] '\'' [0-9a-fA-F]* '\'';
BIT_STRING    : [bB] '\'' [01]* '\'';
NSTRING       : [nN] '\'' ('\\' . | '\'\'' | ~['\\])* '\'';
// A character set introducer and its string are one token: _utf8mb4'x', _latin1 0x41.
INTRO_STRING  : '_' [a-zA-Z0-9]+ [ \t]* ( '\'' ('\\' . | '\'\'' | ~['\\])* '\''
                                        | '"' ('\\' . | '""' | ~["\\])* '"'
                                        | '0x' [0-9a-fA-F]+ | [xX] '\'' [0-9a-fA-F]* '\'');
ID            : [a-zA-Z0-9_$\u0080-\uFFFF]* [a-zA-Z_$\u0080-\uFFFF] [a-zA-Z0-9_$\u0080-\uFFFF]*;
BACKTICK_ID   : '`' ('``' | ~'`')* '`';
STRING        : '\'' ('\\' . | '\'\'' | ~['\\])* '\''
              | '"' ('\\' . | '""' | ~["\\])* '"';
// @@[GLOBAL.|SESSION.]name and @name (also @'quoted' and the host part of 'user'@'host').
SYS_VAR       : '@@' [a-zA-Z0-9_$.]+ ;
USER_VAR      : '@' ( [a-zA-Z0-9_$.\u0080-\uFFFF]+
                    | '`' ('``' | ~'`')* '`'
                    | '\'' ('\\' . | '\'\'' | ~['\\])* '\''
                    | '"' ('\\' . | '""' | ~["\\])* '"'
                    | '%' );
NULL_ESCAPE   : '\\N';

LPAREN  : '(';
RPAREN  : ')';
LBRACE  : '{';
RBRACE  : '}';
COMMA   : ',';
SEMI    : ';';
DOT     : '.';
PLUS    : '+';
MINUS   : '-';
STAR    : '*';
SLASH   : '/';
PERCENT : '%';
ASSIGN  : ':=';
COLON   : ':';
NULL_SAFE_EQ : '<=>';
EQ      : '=';
NE      : '!=' | '<>';
LE      : '<=';
GE      : '>=';
SHL     : '<<';
SHR     : '>>';
LT      : '<';
GT      : '>';
AND_AND : '&&';
OR_OR   : '||';
AMP     : '&';
PIPE    : '|';
CARET   : '^';
TILDE   : '~';
EXCL    : '!';
ARROW2  : '->>';
ARROW   : '->';
QUESTION : '?';
AT_SIGN : '@';
