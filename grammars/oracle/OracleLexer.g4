// Oracle SQL and PL/SQL lexer, written for barge.
// Keywords are not lexer rules: every word lexes as ID and parser/common/keyword_token_source
// turns words listed below (K_<WORD>) into keyword tokens, case-insensitively. Which keywords
// may also be used as names is decided in the parser (identifier / nonReservedKeyword).
lexer grammar OracleLexer;

tokens {
  K_A, K_ACCESS, K_ACCESSIBLE, K_ADD, K_ADMIN, K_ADMINISTER, K_AFTER, K_AGGREGATE, K_ALL,
  K_ALTER, K_ALWAYS, K_ANALYZE, K_AND, K_ANY, K_APPLY, K_ARRAY, K_AS, K_ASC, K_ASSOCIATE, K_AT,
  K_AUDIT, K_AUTHID, K_BEFORE, K_BEGIN, K_BETWEEN, K_BITMAP, K_BODY, K_BOTH, K_BULK, K_BY,
  K_BYTE, K_CALL, K_CASCADE, K_CASE, K_CAST, K_CHAR, K_CHARACTER, K_CHECK, K_CLOSE, K_CLUSTER,
  K_COLLATE, K_COLLECT, K_COLUMN, K_COMMENT, K_COMMIT, K_COMPOUND, K_CONNECT, K_CONNECT_BY_ROOT,
  K_CONSTANT, K_CONSTRAINT, K_CONSTRAINTS, K_CONSTRUCTOR, K_CONTEXT, K_CONTINUE, K_CONTROLFILE,
  K_CREATE, K_CROSS, K_CUBE, K_CURRENT, K_CURSOR, K_DATABASE, K_DATE, K_DAY, K_DECLARE,
  K_DEFAULT, K_DEFERRABLE, K_DEFERRED, K_DELETE, K_DENSE_RANK, K_DESC, K_DETERMINISTIC,
  K_DIMENSION, K_DIRECTORY, K_DISABLE, K_DISASSOCIATE, K_DISTINCT, K_DROP, K_DUPLICATED, K_EACH,
  K_EDITION, K_EDITIONABLE, K_EDITIONING, K_ELSE, K_ELSIF, K_EMPTY, K_ENABLE, K_END, K_ERRORS,
  K_ESCAPE, K_EXCEPT, K_EXCEPTION, K_EXCEPTIONS, K_EXCLUDE, K_EXECUTE, K_EXISTS, K_EXIT,
  K_EXPLAIN, K_EXTERNAL, K_FALSE, K_FETCH, K_FINAL, K_FIRST, K_FLASHBACK, K_FOLLOWING, K_FOLLOWS,
  K_FOR, K_FORALL, K_FORCE, K_FOREIGN, K_FROM, K_FULL, K_FUNCTION, K_GENERATED, K_GLOBAL,
  K_GOTO, K_GRANT, K_GROUP, K_GROUPING, K_HAVING, K_HOUR, K_IDENTITY, K_IF, K_IMMEDIATE, K_IN,
  K_INCLUDE, K_INCREMENT, K_INDEX, K_INDEXTYPE, K_INDICES, K_INITIALLY, K_INNER, K_INSERT,
  K_INSTANTIABLE, K_INSTEAD, K_INTERSECT, K_INTERVAL, K_INTO, K_INVISIBLE, K_IS, K_JAVA, K_JOIN,
  K_KEEP, K_KEY, K_LANGUAGE, K_LAST, K_LATERAL, K_LEADING, K_LEFT, K_LIBRARY, K_LIKE, K_LIKE2,
  K_LIKE4, K_LIKEC, K_LIMIT, K_LINK, K_LOCAL, K_LOCK, K_LOCKED, K_LOG, K_LOOP, K_MAP, K_MATCHED,
  K_MATERIALIZED, K_MAXVALUE, K_MEMBER, K_MERGE, K_MINUS, K_MINUTE, K_MINVALUE, K_MODIFY,
  K_MONTH, K_MULTISET, K_NAME, K_NATURAL, K_NESTED, K_NEW, K_NEXT, K_NO, K_NOAUDIT, K_NOCACHE,
  K_NOCOPY, K_NOCYCLE, K_NOMAXVALUE, K_NOMINVALUE, K_NONEDITIONABLE, K_NOORDER, K_NORELY, K_NOT,
  K_NOVALIDATE, K_NOWAIT, K_NULL, K_NULLS, K_OBJECT, K_OF, K_OFFSET, K_OID, K_OLD, K_ON, K_ONLY,
  K_OPEN, K_OPERATOR, K_OPTION, K_OR, K_ORDER, K_ORGANIZATION, K_OTHERS, K_OUT, K_OUTER,
  K_OUTLINE, K_OVER, K_OVERRIDING, K_PACKAGE, K_PARALLEL_ENABLE, K_PARENT, K_PARTITION,
  K_PERCENT, K_PIPE, K_PIPELINED, K_PIVOT, K_PLUGGABLE, K_PRAGMA, K_PRECEDING, K_PRECEDES,
  K_PRECISION, K_PRESERVE, K_PRIMARY, K_PRIOR, K_PRIVATE, K_PROCEDURE, K_PROFILE, K_PUBLIC,
  K_PURGE, K_RAISE, K_RANGE, K_RAW, K_READ, K_RECORD, K_REF, K_REFERENCES, K_REFERENCING,
  K_RELY, K_RENAME, K_REPLACE, K_RESULT, K_RESULT_CACHE, K_RETURN, K_RETURNING, K_REVERSE,
  K_REVOKE, K_RIGHT, K_ROLE, K_ROLLBACK, K_ROLLUP, K_ROW, K_ROWS, K_ROWTYPE, K_SAMPLE, K_SAVE,
  K_SAVEPOINT, K_SCHEMA, K_SECOND, K_SELECT, K_SELF, K_SEQUENCE, K_SET, K_SETS, K_SHARDED,
  K_SIBLINGS, K_SKIP, K_SOME, K_START, K_STATEMENT, K_STATIC, K_STORE, K_SUBMULTISET,
  K_SUBPARTITION, K_SUBTYPE, K_SYNONYM, K_TABLE, K_TABLESPACE, K_TEMPORARY, K_THEN, K_TIES,
  K_TIME, K_TIMESTAMP, K_TO, K_TRAILING, K_TRANSACTION, K_TREAT, K_TRIGGER, K_TRUE, K_TRUNCATE,
  K_TYPE, K_UNBOUNDED, K_UNDER, K_UNION, K_UNIQUE, K_UNPIVOT, K_UPDATE, K_USER, K_USING,
  K_VALIDATE, K_VALUES, K_VARRAY, K_VARYING, K_VERSIONS, K_VIEW, K_VIRTUAL, K_VISIBLE, K_WAIT,
  K_WHEN, K_WHERE, K_WHILE, K_WITH, K_WITHIN, K_WORK, K_XML, K_YEAR, K_ZONE,
  // keep K_PASSING last: transforms treat K_A..K_PASSING as the keyword range
  K_ANNOTATIONS, K_EVALNAME, K_CONTENT, K_DOCUMENT, K_VALUE, K_MOD, K_REPEAT, K_PAIRS,
  K_PASSING
}

WS            : [ \t\r\n\f\u000B\u3000]+ -> channel(HIDDEN);   // U+3000: ideographic space
LINE_COMMENT  : '--' ~[\r\n]* -> channel(HIDDEN);
HINT          : '/*+' .*? '*/' -> channel(HIDDEN);
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN);

// Conditional compilation ($IF ... $THEN ... $ELSIF ... $ELSE ... $END, $ERROR, $$flag).
CC_IF    : '$' [iI] [fF];
CC_THEN  : '$' [tT] [hH] [eE] [nN];
CC_ELSIF : '$' [eE] [lL] [sS] [iI] [fF];
CC_ELSE  : '$' [eE] [lL] [sS] [eE];
CC_END   : '$' [eE] [nN] [dD];
CC_ERROR : '$' [eE] [rR] [rR] [oO] [rR];
CC_FLAG  : '$$' [a-zA-Z0-9_$#]+;

// A SQL*Plus substitution variable (&name, &&name, ended by an optional '.') is part of the
// identifier it appears in: "&owner..t" is "<owner>.t" and "x_&n._y" one name.
ID        : ([a-zA-Z] | WORD_CHAR | SUBST) ([a-zA-Z0-9_$#] | WORD_CHAR | SUBST)*;
fragment WORD_CHAR : [\u0080-\u2FFF\u3001-\uFFFF];   // not U+3000, a blank
fragment SUBST : '&' '&'? [a-zA-Z0-9_$#]+ '.'?;
QUOTED_ID : '"' ~'"'+ '"';

// Plain, national and q-quoted literals (q'[...]', q'{...}', q'!...!', ...).
STRING
  : [nN]? '\'' ('\'\'' | ~'\'')* '\''
  | [nN]? [qQ] '\'' Q_BODY
  ;
fragment Q_BODY
  : '[' .*? ']\'' | '{' .*? '}\'' | '(' .*? ')\'' | '<' .*? '>\''
  | '!' .*? '!\'' | '|' .*? '|\'' | '#' .*? '#\'' | '~' .*? '~\'' | '^' .*? '^\''
  | '/' .*? '/\'' | '@' .*? '@\'' | '%' .*? '%\'' | '*' .*? '*\'' | '+' .*? '+\''
  | '\\' .*? '\\\'' | '"' .*? '"\'' | '`' .*? '`\'' | '$' .*? '$\'' | '&' .*? '&\''
  | ':' .*? ':\'' | ';' .*? ';\'' | '=' .*? '=\'' | '?' .*? '?\'' | ',' .*? ',\''
  | '.' .*? '.\'' | '-' .*? '-\'' | '_' .*? '_\''
  ;

// No "1." form: it would swallow the first dot of a range 1..10.
NUMBER : ([0-9]+ ('.' [0-9]+)? | '.' [0-9]+) ([eE] [+-]? [0-9]+)? [fFdD]?;

// ":5and" is the bind :5 followed by AND: a numbered bind ends at its last digit.
BIND_VAR  : ':' ([0-9]+ | [a-zA-Z_$#] [a-zA-Z0-9_$#]* | '"' ~'"'+ '"');

OUTER_JOIN : '(' [ \t\r\n]* '+' [ \t\r\n]* ')';

ASSIGN  : ':=';
ARROW   : '=>';
DOTDOT  : '..';
LLABEL  : '<<';
RLABEL  : '>>';
LPAREN  : '(';
RPAREN  : ')';
COMMA   : ',';
SEMI    : ';';
DOT     : '.';
PLUS    : '+';
MINUS   : '-';
POWER   : '**';
STAR    : '*';
SLASH   : '/';
CONCAT  : '||';
EQ      : '=';
NE      : '!=' | '<>' | '^=' | '~=';
LE      : '<=';
GE      : '>=';
LT      : '<';
GT      : '>';
PERCENT_SIGN : '%';
EXCL    : '!';
CARET   : '^';
AT_SIGN : '@';
COLON   : ':';
BAR     : '|';
QUESTION : '?';
LBRACKET : '[';
RBRACKET : ']';
LBRACE   : '{';
RBRACE   : '}';
BAD_CHAR : .;
