-- Values of the converted object and collection types round-trip.
INSERT INTO customers VALUES (1, ROW('1 Main St', '12345', 'US'), ARRAY['555-1', '555-2'],
  ARRAY[ROW('pdf', '\x00ff'::bytea)]::textdoc_typ[]);
SELECT customer_id, (cust_address).postal_code, phone_numbers[2], documents[1].document_typ FROM customers;
INSERT INTO customers_tab (customer_id, orders) VALUES (7, ARRAY[ROW(10, NULL)]::order_typ[]);
SELECT customer_id, orders[1].order_id FROM customers_tab;
-- VARRAY(5): a sixth element is refused (23514 check_violation), as Oracle refuses it.
CREATE FUNCTION pg_temp.try(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN EXECUTE q; RETURN 'accepted'; EXCEPTION WHEN others THEN RETURN SQLSTATE; END $$;
SELECT pg_temp.try($$INSERT INTO customers (customer_id, phone_numbers) VALUES (2, ARRAY['1','2','3','4','5','6'])$$);
SELECT pg_temp.try($$SELECT '{a,b,c,d,e,f}'::phone_list_typ$$);
SELECT pg_temp.try($$SELECT '{a,b,c,d,e}'::phone_list_typ$$);
-- customers_tab is substitutable (customer_typ is NOT FINAL, corporate_customer_typ is UNDER
-- it): a corporate customer's row keeps its account_mgr_id, as TREAT(VALUE(c) AS
-- corporate_customer_typ).account_mgr_id reads it in Oracle.
INSERT INTO customers_tab (customer_id, account_mgr_id) VALUES (8, 147);
SELECT customer_id, account_mgr_id FROM customers_tab WHERE customer_id = 8;
SELECT ROW(2.50, NULL)::money_typ;
-- money_typ got currency VARCHAR2(5) by ALTER TYPE; note was added and dropped again.
INSERT INTO payments VALUES (2.50, 'EUR12');
SELECT amount, currency FROM payments;
SELECT pg_temp.try($$INSERT INTO payments (note) VALUES ('x')$$);
