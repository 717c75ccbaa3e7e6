-- Conditional compilation is applied before parsing, with the default settings (no
-- --plsql-ccflags, --oracle-version 19): unset flags are NULL, so only $ELSE text is parsed.
CREATE OR REPLACE PACKAGE BODY app.cc_demo AS
  PROCEDURE trace (
    p_msg IN VARCHAR2
    $IF $$debug $THEN , p_level IN PLS_INTEGER DEFAULT 1 $END
  ) IS
    $IF DBMS_DB_VERSION.VER_LE_12_1 $THEN
      l_text VARCHAR2(4000);
    $ELSIF DBMS_DB_VERSION.VERSION >= 19 AND $$plsql_optimize_level = 2 $THEN
      l_text VARCHAR2(32767);
    $ELSE
      l_text CLOB;
    $END
  BEGIN
    l_text := $$plsql_unit || '.' || $$plsql_unit_type || ':' || $$plsql_line || ' ' || $$plsql_unit_owner;
    $IF $$debug $THEN
      $ERROR 'debug build of ' || $$plsql_unit $END
    $ELSE
      NULL;
    $END
  END trace;

  $IF NOT DBMS_DB_VERSION.VER_LE_11 $THEN
  FUNCTION new_api RETURN BOOLEAN IS BEGIN RETURN TRUE; END;
  $END
END cc_demo;
/
DECLARE
  x PLS_INTEGER := $$plsql_line;
BEGIN
  $IF $$unknown_flag IS NULL $THEN
    x := x + 1;
  $END
END;
/
