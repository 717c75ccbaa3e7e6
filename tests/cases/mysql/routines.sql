-- Procedures and functions with every characteristic and the compound-statement language
DELIMITER $$
CREATE DEFINER=`admin`@`%` PROCEDURE shop.refill(IN p_store INT, OUT p_count INT, INOUT p_note VARCHAR(100))
  COMMENT 'restock'
  LANGUAGE SQL
  NOT DETERMINISTIC
  MODIFIES SQL DATA
  SQL SECURITY INVOKER
main: BEGIN
  DECLARE v_done, v_id INT DEFAULT 0;
  DECLARE v_name VARCHAR(64) CHARSET utf8mb4;
  DECLARE no_stock CONDITION FOR SQLSTATE '45000';
  DECLARE dup_key CONDITION FOR 1062;
  DECLARE cur CURSOR FOR SELECT id, name FROM item WHERE store_id = p_store FOR UPDATE;
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET v_done = 1;
  DECLARE EXIT HANDLER FOR SQLEXCEPTION, SQLWARNING
  BEGIN
    GET DIAGNOSTICS CONDITION 1 @msg = MESSAGE_TEXT, @errno = MYSQL_ERRNO;
    ROLLBACK;
    RESIGNAL SET MESSAGE_TEXT = 'refill failed';
  END;
  DECLARE CONTINUE HANDLER FOR dup_key, SQLSTATE VALUE '23000' BEGIN END;
  START TRANSACTION;
  SET p_count = 0, @calls := @calls + 1;
  OPEN cur;
  read_loop: LOOP
    FETCH NEXT FROM cur INTO v_id, v_name;
    IF v_done = 1 THEN
      LEAVE read_loop;
    ELSEIF v_id IS NULL THEN
      ITERATE read_loop;
    ELSE
      UPDATE item SET qty = qty + 10 WHERE id = v_id;
    END IF;
    SET p_count = p_count + 1;
  END LOOP read_loop;
  CLOSE cur;
  WHILE p_count > 100 DO
    SET p_count = p_count - 100;
  END WHILE;
  REPEAT
    SET p_count = p_count + 1;
  UNTIL p_count >= 0 END REPEAT;
  CASE p_count
    WHEN 0 THEN SIGNAL no_stock SET MESSAGE_TEXT = 'nothing', MYSQL_ERRNO = 1644;
    WHEN 1 THEN SET p_note = 'one';
    ELSE SET p_note = CONCAT(p_count, ' items');
  END CASE;
  CASE WHEN p_count > 5 THEN SET p_note = 'many'; END CASE;
  SELECT COUNT(*), MAX(id) INTO v_id, @max_id FROM item WHERE store_id = p_store;
  SET @sql = CONCAT('SELECT * FROM ', 'item', ' WHERE id = ?');
  PREPARE stmt FROM @sql;
  EXECUTE stmt USING @max_id;
  DEALLOCATE PREPARE stmt;
  SAVEPOINT sp1;
  ROLLBACK TO SAVEPOINT sp1;
  COMMIT;
  CALL log_event('refill', p_store);
  SIGNAL SQLSTATE '01000';
END main$$

CREATE FUNCTION balance(p_id INT) RETURNS DECIMAL(10,2)
  DETERMINISTIC
  READS SQL DATA
BEGIN
  DECLARE v DECIMAL(10,2);
  SELECT SUM(amount) INTO v FROM payment WHERE customer_id = p_id;
  RETURN IFNULL(v, 0);
END$$

CREATE FUNCTION one_liner(a INT) RETURNS INT NO SQL RETURN a * 2$$
CREATE PROCEDURE no_params() CONTAINS SQL SELECT 1$$
DELIMITER ;
