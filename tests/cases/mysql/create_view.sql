-- CREATE VIEW with ALGORITHM, DEFINER, SQL SECURITY, column list, WITH CHECK OPTION
CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW `v_customer` AS
  select `c`.`id` AS `id`, concat(`c`.`first`, _utf8mb4' ', `c`.`last`) AS `name`
  from `customer` `c` where `c`.`active` = 1;
CREATE OR REPLACE VIEW v_active (id, name) AS SELECT id, name FROM customer WHERE active
  WITH CASCADED CHECK OPTION;
CREATE DEFINER=CURRENT_USER SQL SECURITY INVOKER VIEW v_local AS SELECT * FROM t WITH LOCAL CHECK OPTION;
CREATE ALGORITHM = TEMPTABLE DEFINER = 'mysql.sys'@'localhost' VIEW v_union AS
  SELECT a FROM t1 UNION ALL SELECT b FROM t2 ORDER BY 1 LIMIT 5;
