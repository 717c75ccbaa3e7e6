// Oracle SQL and PL/SQL parser, written for barge. Entry rule: sqlStatement (one statement,
// the splitter has already cut the script). Rules are kept SLL-friendly: shared prefixes are
// parsed once and alternatives decided on the next token.
parser grammar OracleParser;

options { tokenVocab = OracleLexer; }

sqlStatement : statement SEMI? EOF ;

statement : createTable ;

// ---- CREATE TABLE ----
createTable
  : K_CREATE (K_GLOBAL K_TEMPORARY)? K_TABLE qualifiedName
    LPAREN relationalProperty (COMMA relationalProperty)* RPAREN
    (K_ON K_COMMIT (K_DELETE | K_PRESERVE) K_ROWS)?
  ;

relationalProperty : outOfLineConstraint | columnDefinition ;

columnDefinition : identifier dataType (K_DEFAULT expression)? inlineConstraint* ;

inlineConstraint
  : (K_CONSTRAINT identifier)?
    ( K_NOT? K_NULL
    | K_PRIMARY K_KEY
    | K_UNIQUE
    | K_CHECK LPAREN expression RPAREN
    | referencesClause
    )
  ;

outOfLineConstraint
  : (K_CONSTRAINT identifier)?
    ( K_PRIMARY K_KEY columnList
    | K_UNIQUE columnList
    | K_FOREIGN K_KEY columnList referencesClause
    | K_CHECK LPAREN expression RPAREN
    )
  ;

referencesClause
  : K_REFERENCES qualifiedName columnList? (K_ON K_DELETE (K_CASCADE | K_SET K_NULL))?
  ;

columnList : LPAREN identifier (COMMA identifier)* RPAREN ;

// ---- types ----
dataType
  : typeName (LPAREN typeSize (COMMA signedNumber)? RPAREN)?
    (K_WITH K_LOCAL? K_TIME K_ZONE)?
  ;
typeName : identifier (K_VARYING | K_PRECISION)? | K_CHAR K_VARYING? ;
typeSize : NUMBER (K_BYTE | K_CHAR)? | STAR ;
signedNumber : MINUS? NUMBER ;

// ---- expressions (one left-recursive rule, precedence by alternative order) ----
expression
  : LPAREN expression RPAREN                                   # parenExpr
  | (PLUS | MINUS) expression                                  # unaryExpr
  | expression (STAR | SLASH) expression                       # binaryExpr
  | expression (PLUS | MINUS | CONCAT) expression              # binaryExpr
  | expression (EQ | NE | LT | LE | GT | GE) expression        # binaryExpr
  | expression K_IS K_NOT? K_NULL                              # isNullExpr
  | K_NOT expression                                           # unaryExpr
  | expression K_AND expression                                # binaryExpr
  | expression K_OR expression                                 # binaryExpr
  | qualifiedName LPAREN (expression (COMMA expression)*)? RPAREN  # callExpr
  | literal                                                    # literalExpr
  | qualifiedName                                              # nameExpr
  ;

literal : NUMBER | STRING | K_NULL ;

qualifiedName : identifier (DOT identifier)* ;

identifier : ID | QUOTED_ID | nonReservedKeyword ;

// Keywords Oracle lets you use as names.
nonReservedKeyword
  : K_BYTE | K_CASCADE | K_COMMIT | K_GLOBAL | K_KEY | K_LOCAL | K_PRECISION | K_PRESERVE
  | K_ROWS | K_TEMPORARY | K_TIME | K_VARYING | K_ZONE | K_DELETE | K_SET
  ;
