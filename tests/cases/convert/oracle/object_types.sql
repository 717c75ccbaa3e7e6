-- Object and collection types, columns of those types, object tables and nested tables.
CREATE TYPE cust_address_typ OID '82A4AF6A4CD1656DE034080020E0EE3D' AS OBJECT
  ( street_address VARCHAR2(40)
  , postal_code    VARCHAR2(10)
  , country_id     CHAR(2)
  );
/
CREATE TYPE phone_list_typ AS VARRAY(5) OF VARCHAR2(25);
/
CREATE TYPE textdoc_typ AS OBJECT (document_typ VARCHAR2(32), formatted_doc BLOB);
/
CREATE TYPE textdoc_tab AS TABLE OF textdoc_typ;
/
CREATE TYPE customer_typ;
/
CREATE TYPE order_typ AS OBJECT (order_id NUMBER(12), customer_ref REF customer_typ);
/
CREATE TYPE order_list_typ AS TABLE OF order_typ;
/
CREATE OR REPLACE TYPE customer_typ AS OBJECT
  ( customer_id NUMBER(6)
  , cust_address cust_address_typ
  , phone_numbers phone_list_typ
  , orders order_list_typ
  , MEMBER FUNCTION full_name RETURN VARCHAR2
  ) NOT FINAL;
/
CREATE TYPE corporate_customer_typ UNDER customer_typ (account_mgr_id NUMBER(6));
/
CREATE TABLE customers
  ( customer_id    NUMBER(6) PRIMARY KEY
  , cust_address   cust_address_typ
  , phone_numbers  phone_list_typ
  , documents      textdoc_tab
  ) NESTED TABLE documents STORE AS customers_docs_ntab;

CREATE TABLE customers_tab OF customer_typ
  ( customer_id PRIMARY KEY
  , CONSTRAINT customers_tab_addr_ck CHECK (customer_id > 0)
  ) NESTED TABLE orders STORE AS customers_tab_orders;

CREATE TABLE corporate_tab OF corporate_customer_typ;
CREATE UNIQUE INDEX corporate_mgr_ux ON corporate_tab (account_mgr_id, customer_id);

-- A type whose methods have their TYPE BODY in the input: the type deploys complete
-- (BRG-4008 on it), the body is the code reported high (BRG-4001).
CREATE TYPE money_typ AS OBJECT (amount NUMBER(12,2), MEMBER FUNCTION doubled RETURN NUMBER);
/
CREATE TYPE BODY money_typ AS
  MEMBER FUNCTION doubled RETURN NUMBER IS BEGIN RETURN amount * 2; END;
END;
/
-- ALTER TYPE ... ATTRIBUTE: the type and the tables of it deploy with the changes applied.
ALTER TYPE money_typ ADD ATTRIBUTE (currency VARCHAR2(3)) CASCADE;
ALTER TYPE money_typ MODIFY ATTRIBUTE currency VARCHAR2(5) INVALIDATE;
ALTER TYPE money_typ ADD ATTRIBUTE note VARCHAR2(10);
ALTER TYPE money_typ DROP ATTRIBUTE note CASCADE;
ALTER TYPE money_typ ADD ATTRIBUTE amount NUMBER;
ALTER TYPE money_typ COMPILE BODY;
ALTER TYPE not_here_typ ADD ATTRIBUTE x NUMBER;
CREATE TABLE payments OF money_typ;
