REM barge sample: views, stored code and a trigger on the SHOP schema (written for barge)

CREATE SEQUENCE shop.order_seq START WITH 1000 INCREMENT BY 1 NOCACHE;

CREATE OR REPLACE VIEW shop.customer_orders AS
  SELECT c.customer_id, c.email, o.order_id, o.order_date, NVL(o.total, 0) AS total
    FROM shop.customers c
    JOIN shop.orders o ON o.customer_id = c.customer_id
   WHERE o.status <> 'NEW';

CREATE OR REPLACE VIEW shop.product_sales AS
  SELECT p.product_id, p.sku, SUM(i.quantity * i.unit_price) AS revenue
    FROM shop.products p
    LEFT JOIN shop.order_items i ON i.product_id = p.product_id
   GROUP BY p.product_id, p.sku;

CREATE OR REPLACE FUNCTION shop.order_total(p_order_id IN NUMBER) RETURN NUMBER IS
  v_total NUMBER := 0;
BEGIN
  SELECT NVL(SUM(quantity * unit_price), 0) INTO v_total
    FROM shop.order_items
   WHERE order_id = p_order_id;
  RETURN v_total;
END order_total;
/

CREATE OR REPLACE PROCEDURE shop.mark_paid(p_order_id IN NUMBER) IS
BEGIN
  UPDATE shop.orders
     SET status = 'PAID', total = shop.order_total(p_order_id)
   WHERE order_id = p_order_id;
  IF SQL%ROWCOUNT = 0 THEN
    RAISE_APPLICATION_ERROR(-20001, 'no such order: ' || p_order_id);
  END IF;
END mark_paid;
/

CREATE OR REPLACE TRIGGER shop.orders_bi
  BEFORE INSERT ON shop.orders
  FOR EACH ROW
BEGIN
  IF :NEW.order_id IS NULL THEN
    :NEW.order_id := shop.order_seq.NEXTVAL;
  END IF;
  :NEW.order_date := NVL(:NEW.order_date, SYSTIMESTAMP);
END;
/

CREATE OR REPLACE PACKAGE shop.pricing AS
  FUNCTION discounted(p_price NUMBER, p_percent NUMBER) RETURN NUMBER;
END pricing;
/

CREATE OR REPLACE PACKAGE BODY shop.pricing AS
  FUNCTION discounted(p_price NUMBER, p_percent NUMBER) RETURN NUMBER IS
  BEGIN
    RETURN ROUND(p_price * (1 - p_percent / 100), 2);
  END discounted;
END pricing;
/
