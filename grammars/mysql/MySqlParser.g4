// MySQL / MariaDB parser, written for barge. Entry rule: sqlStatement (one statement: the
// splitter has already handled DELIMITER and cut the script). Kept SLL-friendly.
parser grammar MySqlParser;

options { tokenVocab = MySqlLexer; }

sqlStatement : statement SEMI? EOF ;

statement : createTable ;

// ---- CREATE TABLE ----
createTable
  : K_CREATE K_TEMPORARY? K_TABLE (K_IF K_NOT K_EXISTS)? qualifiedName
    LPAREN tableElement (COMMA tableElement)* RPAREN tableOption*
  ;

tableElement : columnDefinition | tableConstraint | indexDefinition ;

columnDefinition : identifier dataType columnAttribute* ;

columnAttribute
  : K_NOT? K_NULL                                   # nullAttr
  | K_DEFAULT expression                            # defaultAttr
  | K_AUTO_INCREMENT                                # autoIncrementAttr
  | K_ON K_UPDATE expression                        # onUpdateAttr
  | K_PRIMARY? K_KEY                                # primaryKeyAttr
  | K_UNIQUE K_KEY?                                 # uniqueAttr
  | K_COMMENT STRING                                # commentAttr
  | (K_CHARACTER K_SET | K_CHARSET) identifier      # charsetAttr
  | K_COLLATE identifier                            # collateAttr
  ;

tableConstraint
  : (K_CONSTRAINT identifier?)?
    ( K_PRIMARY K_KEY keyList
    | K_UNIQUE (K_KEY | K_INDEX)? identifier? keyList
    | K_FOREIGN K_KEY identifier? keyList referencesClause
    | K_CHECK LPAREN expression RPAREN
    )
  ;

indexDefinition : (K_KEY | K_INDEX) identifier? keyList ;

referencesClause
  : K_REFERENCES qualifiedName keyList
    (K_ON (K_DELETE | K_UPDATE) referenceAction)*
  ;
referenceAction : K_CASCADE | K_RESTRICT | K_SET K_NULL | K_NO K_ACTION | K_SET K_DEFAULT ;

keyList : LPAREN keyPart (COMMA keyPart)* RPAREN ;
keyPart : identifier (LPAREN NUMBER RPAREN)? ;

tableOption
  : K_ENGINE EQ? identifier                                    # engineOption
  | K_AUTO_INCREMENT EQ? NUMBER                                # autoIncrementOption
  | K_DEFAULT? (K_CHARACTER K_SET | K_CHARSET) EQ? identifier  # charsetOption
  | K_DEFAULT? K_COLLATE EQ? identifier                        # collateOption
  | K_COMMENT EQ? STRING                                       # commentOption
  ;

// ---- types ----
dataType
  : identifier (LPAREN typeArg (COMMA typeArg)* RPAREN)? (K_UNSIGNED | K_SIGNED | K_ZEROFILL)*
    ((K_CHARACTER K_SET | K_CHARSET) identifier)? (K_COLLATE identifier)?
  ;
typeArg : NUMBER | STRING ;

// ---- expressions (one left-recursive rule, precedence by alternative order) ----
expression
  : LPAREN expression RPAREN                                   # parenExpr
  | (PLUS | MINUS) expression                                  # unaryExpr
  | expression (STAR | SLASH) expression                       # binaryExpr
  | expression (PLUS | MINUS) expression                       # binaryExpr
  | expression (EQ | NE | LT | LE | GT | GE) expression        # binaryExpr
  | expression K_IS K_NOT? K_NULL                              # isNullExpr
  | K_NOT expression                                           # unaryExpr
  | expression K_AND expression                                # binaryExpr
  | expression K_OR expression                                 # binaryExpr
  | qualifiedName LPAREN (expression (COMMA expression)*)? RPAREN  # callExpr
  | literal                                                    # literalExpr
  | qualifiedName                                              # nameExpr
  ;

literal : NUMBER | STRING | K_NULL | K_TRUE | K_FALSE | K_CURRENT_TIMESTAMP ;

qualifiedName : identifier (DOT identifier)* ;

identifier : ID | BACKTICK_ID | nonReservedKeyword ;

// Keywords MySQL lets you use as unquoted names.
nonReservedKeyword
  : K_ACTION | K_AUTO_INCREMENT | K_CHARSET | K_COMMENT | K_ENGINE | K_NO | K_TEMPORARY
  | K_BINARY
  ;
