REM Optimizer hints in a view's query blocks are reported: PostgreSQL has none
CREATE TABLE orders (
  order_id NUMBER(10) PRIMARY KEY,
  status   VARCHAR2(10)
);
CREATE VIEW open_orders AS
  SELECT /*+ INDEX(o orders_pk) */ o.order_id
    FROM (SELECT /*+ NO_MERGE */ * FROM orders) o
   WHERE o.status = 'OPEN'
  UNION ALL
  SELECT --+ FULL(orders)
         order_id FROM orders WHERE status IS NULL;
