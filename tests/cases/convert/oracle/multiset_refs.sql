-- CAST(MULTISET (subquery) AS collection): object elements from each row's columns, scalar
-- elements from a one-column subquery, nested; MAKE_REF as the key's text; TRANSLATE USING.
CREATE TYPE item_t AS OBJECT (code VARCHAR2(5), qty NUMBER(4));
/
CREATE TYPE item_list_t AS TABLE OF item_t;
/
CREATE TYPE code_list_t AS VARRAY(10) OF VARCHAR2(5);
/
CREATE TYPE ord_t AS OBJECT (id NUMBER(4), items item_list_t);
/
CREATE TYPE ord_list_t AS TABLE OF ord_t;
/
CREATE TABLE cust (id NUMBER(4) PRIMARY KEY, name VARCHAR2(20));
CREATE TABLE ord (id NUMBER(4) PRIMARY KEY, cust_id NUMBER(4));
CREATE TABLE line (ord_id NUMBER(4), code VARCHAR2(5), qty NUMBER(4));
CREATE VIEW ord_items AS
  SELECT o.id,
         CAST(MULTISET(SELECT l.code, l.qty FROM line l WHERE l.ord_id = o.id) AS item_list_t) items,
         CAST(MULTISET(SELECT l.code FROM line l WHERE l.ord_id = o.id) AS code_list_t) codes,
         MAKE_REF(cust, o.cust_id) cust_ref
  FROM ord o;
CREATE VIEW cust_orders AS
  SELECT c.id, TRANSLATE(c.name USING NCHAR_CS) nname, TRANSLATE(c.name USING CHAR_CS) cname,
         CAST(MULTISET(SELECT o.id,
                              CAST(MULTISET(SELECT l.code, l.qty FROM line l
                                            WHERE l.ord_id = o.id) AS item_list_t)
                       FROM ord o WHERE o.cust_id = c.id) AS ord_list_t) orders
  FROM cust c;
-- Not converted, each with its item: a column count that does not match the element type,
-- and a collection type the input does not define.
CREATE VIEW bad_width AS
  SELECT o.id, CAST(MULTISET(SELECT l.code, l.qty, l.ord_id FROM line l) AS item_list_t) x FROM ord o;
CREATE VIEW bad_type AS
  SELECT o.id, CAST(MULTISET(SELECT l.code FROM line l) AS not_here_t) x FROM ord o;
