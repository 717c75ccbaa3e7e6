-- Oracle session context (Oracle SQL Language Reference, SYS_CONTEXT; PL/SQL Packages,
-- DBMS_SESSION.SET_CONTEXT). Context values live in session settings of PostgreSQL (set_config),
-- so they last for the session, as an Oracle local context does.
--
-- Block markers: see oracle_strings.sql.

-- barge:function barge_compat.context_setting
-- The PostgreSQL setting name that holds one context attribute: namespace and attribute are
-- case-insensitive in Oracle, and any string may be an attribute, so the pair is hex-encoded
-- into a valid setting name.
CREATE OR REPLACE FUNCTION barge_compat.context_setting(namespace text, attribute text)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
  SELECT 'barge_compat_context.a' || encode(convert_to(upper(namespace) || '.' || upper(attribute),
                                                       'UTF8'), 'hex')
$body$;

-- barge:function barge_compat.set_context
-- barge:needs barge_compat.context_setting
-- DBMS_SESSION.SET_CONTEXT(namespace, attribute, value) for the session (also how converted
-- DBMS_SESSION.SET_IDENTIFIER / DBMS_APPLICATION_INFO calls store CLIENT_IDENTIFIER, MODULE,
-- ACTION and CLIENT_INFO under namespace USERENV).
CREATE OR REPLACE FUNCTION barge_compat.set_context(namespace text, attribute text, value text)
RETURNS void LANGUAGE sql VOLATILE AS $body$
  SELECT NULL::void FROM set_config(barge_compat.context_setting(namespace, attribute),
                                    coalesce(value, ''), false)
$body$;

-- barge:function barge_compat.sys_context
-- barge:needs barge_compat.context_setting
-- SYS_CONTEXT(namespace, parameter [, length]). USERENV parameters with a PostgreSQL source:
-- CURRENT_USER, SESSION_USER, CURRENT_SCHEMA (upper case, as Oracle shows unquoted names),
-- CURRENT_USERID, SESSION_USERID, CURRENT_SCHEMAID (PostgreSQL oids), DB_NAME, SESSIONID and SID
-- (backend pid), IP_ADDRESS and HOST (client address; NULL over a Unix socket), SERVER_HOST,
-- ISDBA (superuser), AUTHENTICATION_TYPE ('DATABASE'), INSTANCE ('1'), MODULE
-- (application_name unless set), ACTION, CLIENT_INFO, CLIENT_IDENTIFIER (as set with
-- set_context). Every other USERENV parameter (OS_USER, TERMINAL, NLS_*, ...) is NULL. Other
-- namespaces read what set_context stored. The result is cut to `length` characters (Oracle:
-- bytes; default 256, a value outside 1..4000 means the default).
CREATE OR REPLACE FUNCTION barge_compat.sys_context(namespace text, parameter text,
                                                   length numeric DEFAULT 256)
RETURNS text LANGUAGE plpgsql STABLE PARALLEL SAFE AS $body$
DECLARE
  ns text := upper(btrim(namespace));
  p text := upper(btrim(parameter));
  n integer := CASE WHEN length BETWEEN 1 AND 4000 THEN trunc(length)::integer ELSE 256 END;
  stored text := nullif(current_setting(barge_compat.context_setting(namespace, parameter), true),
                        '');
  v text;
BEGIN
  IF ns IS NULL OR p IS NULL THEN
    RETURN NULL;
  END IF;
  IF ns <> 'USERENV' THEN
    v := stored;
  ELSE
    v := CASE p
           WHEN 'CURRENT_USER' THEN upper(current_user::text)
           WHEN 'SESSION_USER' THEN upper(session_user::text)
           WHEN 'CURRENT_SCHEMA' THEN upper(current_schema()::text)
           WHEN 'CURRENT_USERID' THEN (SELECT oid::text FROM pg_roles WHERE rolname = current_user)
           WHEN 'SESSION_USERID' THEN (SELECT oid::text FROM pg_roles WHERE rolname = session_user)
           WHEN 'CURRENT_SCHEMAID' THEN
             (SELECT oid::text FROM pg_namespace WHERE nspname = current_schema())
           WHEN 'DB_NAME' THEN current_database()::text
           WHEN 'SESSIONID' THEN pg_backend_pid()::text
           WHEN 'SID' THEN pg_backend_pid()::text
           WHEN 'IP_ADDRESS' THEN host(inet_client_addr())
           WHEN 'HOST' THEN host(inet_client_addr())
           WHEN 'SERVER_HOST' THEN host(inet_server_addr())
           WHEN 'ISDBA' THEN
             CASE WHEN (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
                  THEN 'TRUE' ELSE 'FALSE' END
           WHEN 'AUTHENTICATION_TYPE' THEN 'DATABASE'
           WHEN 'INSTANCE' THEN '1'
           WHEN 'MODULE' THEN coalesce(stored, nullif(current_setting('application_name'), ''))
           WHEN 'ACTION' THEN stored
           WHEN 'CLIENT_INFO' THEN stored
           WHEN 'CLIENT_IDENTIFIER' THEN stored
           ELSE NULL
         END;
  END IF;
  RETURN pg_catalog.substr(v, 1, n);
END
$body$;
