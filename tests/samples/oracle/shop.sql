REM barge sample: a small Oracle order-entry schema (written for barge)
PROMPT Creating the SHOP schema tables

CREATE TABLE shop.customers (
  customer_id   NUMBER(10)    CONSTRAINT customers_pk PRIMARY KEY,
  email         VARCHAR2(200) NOT NULL CONSTRAINT customers_email_uk UNIQUE,
  full_name     NVARCHAR2(120),
  credit_limit  NUMBER(9,2)   DEFAULT 1000 CHECK (credit_limit >= 0),
  created_at    DATE          DEFAULT SYSDATE NOT NULL,
  notes         CLOB
);

CREATE TABLE shop.products (
  product_id    NUMBER(10) PRIMARY KEY,
  sku           VARCHAR2(40 CHAR) NOT NULL UNIQUE,
  name          VARCHAR2(200) NOT NULL,
  list_price    NUMBER(10,2),
  weight_kg     BINARY_FLOAT,
  picture       BLOB,
  row_ref       ROWID
);

CREATE TABLE shop.orders (
  order_id      NUMBER(12),
  customer_id   NUMBER(10) NOT NULL,
  order_date    TIMESTAMP(6) WITH LOCAL TIME ZONE DEFAULT SYSTIMESTAMP,
  status        VARCHAR2(10) DEFAULT 'NEW' CHECK (status IN ('NEW', 'PAID', 'SHIPPED')),
  total         NUMBER,
  CONSTRAINT orders_pk PRIMARY KEY (order_id),
  CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id)
    REFERENCES shop.customers (customer_id) ON DELETE CASCADE
);

CREATE TABLE shop.order_items (
  order_id      NUMBER(12) REFERENCES shop.orders (order_id) ON DELETE CASCADE,
  line_no       NUMBER(4),
  product_id    NUMBER(10) REFERENCES shop.products (product_id),
  quantity      NUMBER(6) DEFAULT 1 NOT NULL,
  unit_price    NUMBER(10,2) NOT NULL,
  CONSTRAINT order_items_pk PRIMARY KEY (order_id, line_no)
);

CREATE GLOBAL TEMPORARY TABLE shop.cart_scratch (
  session_id    VARCHAR2(64),
  product_id    NUMBER(10)
) ON COMMIT DELETE ROWS
/
