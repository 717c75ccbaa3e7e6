-- A script run as SH creates its tables unqualified and names them sh.<table> elsewhere: the
-- same tables (BRG-2014). hr.countries stays unknown: the input has no countries table.
CREATE TABLE sales (prod_id NUMBER(6), amount NUMBER(10,2));
CREATE VIEW sales_total AS SELECT prod_id, SUM(amount) AS total FROM sh.sales GROUP BY prod_id;
CREATE VIEW countries_v AS SELECT * FROM hr.countries;
