-- Rows land where Oracle puts them (VLDB and Partitioning Guide): VALUES LESS THAN is
-- exclusive, multi-column bounds compare as tuples, NULL keys go to the MAXVALUE partition
-- (range) or the NULL / DEFAULT partition (list); composite: the subpartition of the partition.
INSERT INTO sales (sale_id, sold_on) VALUES (1, '2020-12-31 23:59:59'), (2, '2021-01-01'),
  (3, '2021-12-31'), (4, '2022-01-01'), (5, '1999-01-01');
SELECT sale_id, tableoid::regclass FROM sales ORDER BY sale_id;
INSERT INTO readings VALUES (2020, 6, 1), (2020, 7, 2), (2020, 12, 3), (2021, 1, 4), (2021, 12, 5),
  (2022, 1, 6);
SELECT yr, mon, tableoid::regclass FROM readings ORDER BY yr, mon;
INSERT INTO events VALUES (1, '2024-01-01'), (2, '2024-02-29 12:00:00');
SELECT event_id, tableoid::regclass FROM events ORDER BY event_id;
INSERT INTO customers VALUES (1, 'DE', 'a'), (2, 'CA', 'b'), (3, NULL, 'c'), (4, 'JP', 'd');
SELECT cust_id, tableoid::regclass FROM customers ORDER BY cust_id;
-- hash: every row is in exactly one of the partitions
INSERT INTO sessions SELECT g, 'u' || g FROM generate_series(1, 40) g;
SELECT count(*), count(DISTINCT tableoid), bool_and(tableoid::regclass::text LIKE 'sessions_p_')
  FROM sessions;
INSERT INTO orders VALUES (1, '2023-05-01', 10), (2, '2024-05-01', 11), (3, '2024-12-31', 12);
SELECT o.order_id, i.inhparent::regclass FROM orders o JOIN pg_inherits i ON i.inhrelid = o.tableoid
  ORDER BY o.order_id;
INSERT INTO shipments VALUES (1, '2023-06-01', 'UPS'), (2, '2023-06-01', 'FEDEX'),
  (3, '2030-01-01', 'DHL'), (4, NULL, 'UPS');
SELECT ship_id, tableoid::regclass FROM shipments ORDER BY ship_id;
INSERT INTO accounts VALUES (1, 'P', '1999-01-01'), (2, 'P', '2010-01-01'), (3, 'B', '2010-01-01');
SELECT acct_id, tableoid::regclass FROM accounts ORDER BY acct_id;
INSERT INTO clicks SELECT g, g * 7 FROM generate_series(1, 20) g;
SELECT count(*), count(DISTINCT tableoid) <= 4 FROM clicks;
SELECT count(*) FROM pg_inherits WHERE inhparent = 'clicks'::regclass;
