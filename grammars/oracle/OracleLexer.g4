// Oracle SQL and PL/SQL lexer, written for barge.
// Keywords are not lexer rules: every word lexes as ID and parser/common/keyword_token_source
// turns words listed below (K_<WORD>) into keyword tokens, case-insensitively.
lexer grammar OracleLexer;

tokens {
  K_CHAR, K_BYTE, K_CHECK, K_CONSTRAINT, K_CREATE, K_DEFAULT, K_FOREIGN, K_GLOBAL, K_KEY,
  K_NOT, K_NULL, K_ON, K_CASCADE, K_DELETE, K_SET, K_OR, K_AND, K_PRIMARY, K_REFERENCES,
  K_TABLE, K_TEMPORARY, K_UNIQUE, K_COMMIT, K_PRESERVE, K_ROWS, K_WITH, K_TIME, K_ZONE, K_LOCAL,
  K_VARYING, K_PRECISION, K_IS
}

WS            : [ \t\r\n\f]+ -> channel(HIDDEN);
LINE_COMMENT  : '--' ~[\r\n]* -> channel(HIDDEN);
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN);

ID            : [a-zA-Z\u0080-\uFFFF] [a-zA-Z0-9_$#\u0080-\uFFFF]*;
QUOTED_ID     : '"' ~'"'+ '"';
STRING        : [nN]? '\'' ('\'\'' | ~'\'')* '\'';
NUMBER        : ([0-9]+ ('.' [0-9]*)? | '.' [0-9]+) ([eE] [+-]? [0-9]+)? [fFdD]?;

LPAREN : '(';
RPAREN : ')';
COMMA  : ',';
SEMI   : ';';
DOT    : '.';
PLUS   : '+';
MINUS  : '-';
STAR   : '*';
SLASH  : '/';
CONCAT : '||';
EQ     : '=';
NE     : '!=' | '<>' | '^=' | '~=';
LE     : '<=';
GE     : '>=';
LT     : '<';
GT     : '>';
