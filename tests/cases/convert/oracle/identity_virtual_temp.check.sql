-- An explicit NULL still gets a key (and the ON NULL default), as in Oracle.
INSERT INTO tickets (ticket_id, status, price, qty, title) VALUES (NULL, NULL, 2.50, 4, 'ab');
INSERT INTO tickets (status, price, qty, title) VALUES ('DONE', 1, 1, 'cd');
INSERT INTO tickets (ticket_id, status, title) VALUES (5, NULL, 'ef');
SELECT ticket_id, status, total, label FROM tickets ORDER BY ticket_id;
SELECT relname, relpersistence FROM pg_class WHERE relname LIKE '%scratch' ORDER BY relname;
