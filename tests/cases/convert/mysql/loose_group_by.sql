-- A grouped view selecting columns MySQL does not require to be grouped (no ONLY_FULL_GROUP_BY).
CREATE TABLE store (store_id INT PRIMARY KEY, city VARCHAR(40));
CREATE TABLE sale (id INT PRIMARY KEY, store_id INT, amount DECIMAL(8,2));
CREATE VIEW sales_by_store AS
SELECT CONCAT(s.city, '!') AS store, SUM(p.amount) AS total
FROM sale p JOIN store s ON p.store_id = s.store_id
GROUP BY s.store_id ORDER BY s.city;
