REM Script layer: SQL*Plus commands are reported, never parsed as SQL
SET ECHO OFF
SET SERVEROUTPUT ON SIZE 1000000
PROMPT creating objects for &&schema_name
DEFINE tbs = users
UNDEFINE tbs
SPOOL build.log
WHENEVER SQLERROR EXIT FAILURE
@@other_script.sql
@/abs/path/script.sql
CONNECT scott/tiger@db
SHOW ERRORS
EXEC dbms_output.put_line('x')
EXECUTE dbms_stats.gather_table_stats( -
  'APP', 'T')
host ls -l
$ dir
CREATE TABLE &&schema_name..audit_log (id NUMBER, note VARCHAR2(20) DEFAULT q'[it's]');
INSERT INTO &&schema_name..audit_log VALUES (1,-
 'continued line');
.
SET TRANSACTION READ ONLY;
SELECT note FROM audit_log WHERE id = &id
/
COMMIT
