// MySQL / MariaDB lexer, written for barge.
// Keywords are not lexer rules: every word lexes as ID and parser/common/keyword_token_source
// turns words listed below (K_<WORD>) into keyword tokens, case-insensitively.
lexer grammar MySqlLexer;

tokens {
  K_AUTO_INCREMENT, K_CHARACTER, K_CHARSET, K_CHECK, K_COLLATE, K_COMMENT, K_CONSTRAINT,
  K_CREATE, K_DEFAULT, K_ENGINE, K_EXISTS, K_FOREIGN, K_IF, K_INDEX, K_KEY, K_NOT, K_NULL,
  K_PRIMARY, K_REFERENCES, K_SET, K_TABLE, K_TEMPORARY, K_UNIQUE, K_UNSIGNED, K_ZEROFILL,
  K_ON, K_UPDATE, K_DELETE, K_CASCADE, K_RESTRICT, K_NO, K_ACTION, K_AND, K_OR, K_IS,
  K_CURRENT_TIMESTAMP, K_TRUE, K_FALSE, K_BINARY, K_SIGNED
}

WS            : [ \t\r\n\f]+ -> channel(HIDDEN);
LINE_COMMENT  : ('--' [ \t] ~[\r\n]* | '--' ('\r'? '\n' | EOF) | '#' ~[\r\n]*) -> channel(HIDDEN);
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN);

NUMBER        : ([0-9]+ ('.' [0-9]*)? | '.' [0-9]+) ([eE] [+-]? [0-9]+)?;
ID            : [a-zA-Z0-9_$\u0080-\uFFFF]* [a-zA-Z_$\u0080-\uFFFF] [a-zA-Z0-9_$\u0080-\uFFFF]*;
BACKTICK_ID   : '`' ('``' | ~'`')* '`';
STRING        : '\'' ('\\' . | '\'\'' | ~['\\])* '\''
              | '"' ('\\' . | '""' | ~["\\])* '"';

LPAREN : '(';
RPAREN : ')';
COMMA  : ',';
SEMI   : ';';
DOT    : '.';
PLUS   : '+';
MINUS  : '-';
STAR   : '*';
SLASH  : '/';
EQ     : '=';
NE     : '!=' | '<>';
LE     : '<=';
GE     : '>=';
LT     : '<';
GT     : '>';
