INSERT INTO cust VALUES (1, 'Ann'), (2, 'Bob');
INSERT INTO ord VALUES (10, 1), (11, 1);
INSERT INTO line VALUES (10, 'a', 3), (10, 'b', 4);
-- order 11 has no lines: an empty collection, not NULL
SELECT id, cardinality(items), items IS NULL, codes, cust_ref FROM ord_items ORDER BY id;
SELECT id, nname, cname, cardinality(orders) FROM cust_orders ORDER BY id;
SELECT (o).id, (o).items FROM (SELECT unnest(orders) o FROM cust_orders WHERE id = 1) s ORDER BY 1;
