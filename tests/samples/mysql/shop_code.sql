-- barge sample: views, stored code and a trigger on the shop schema (written for barge)
CREATE VIEW `customer_purchases` AS
  SELECT c.customer_id, c.email, p.purchase_id, p.quantity, IFNULL(p.bought_at, NOW()) AS bought_at
    FROM customer c JOIN purchase p ON p.customer_id = c.customer_id;

CREATE VIEW `product_revenue` AS
  SELECT pr.product_id, pr.sku, SUM(pu.quantity * pr.price) AS revenue
    FROM product pr LEFT JOIN purchase pu ON pu.product_id = pr.product_id
   GROUP BY pr.product_id, pr.sku;

DELIMITER ;;
CREATE FUNCTION `purchase_value`(p_id BIGINT) RETURNS DECIMAL(12,2)
  READS SQL DATA
BEGIN
  DECLARE v DECIMAL(12,2) DEFAULT 0;
  SELECT IFNULL(SUM(pu.quantity * pr.price), 0) INTO v
    FROM purchase pu JOIN product pr ON pr.product_id = pu.product_id
   WHERE pu.purchase_id = p_id;
  RETURN v;
END ;;

CREATE PROCEDURE `deactivate_customer`(IN p_customer INT)
BEGIN
  UPDATE customer SET is_active = 0 WHERE customer_id = p_customer;
  IF ROW_COUNT() = 0 THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'no such customer';
  END IF;
END ;;

CREATE TRIGGER `purchase_bi` BEFORE INSERT ON `purchase`
FOR EACH ROW
BEGIN
  IF NEW.quantity < 1 THEN
    SET NEW.quantity = 1;
  END IF;
END ;;
DELIMITER ;
