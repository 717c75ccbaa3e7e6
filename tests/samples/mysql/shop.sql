-- barge sample: a small MySQL shop schema in mysqldump style (written for barge)
DELIMITER ;;
/*!40101 CREATE TABLE `customer` (
  `customer_id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `email` varchar(200) NOT NULL,
  `full_name` varchar(120) CHARACTER SET utf8mb4 DEFAULT NULL,
  `is_active` tinyint(1) NOT NULL DEFAULT 1,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`customer_id`),
  UNIQUE KEY `uk_email` (`email`)
) ENGINE=InnoDB AUTO_INCREMENT=42 DEFAULT CHARSET=utf8mb4 */;;
DELIMITER ;
CREATE TABLE `product` (
  `product_id` mediumint unsigned NOT NULL AUTO_INCREMENT,
  `sku` char(12) NOT NULL,
  `name` varchar(200) NOT NULL COMMENT 'display name',
  `price` decimal(10,2) NOT NULL DEFAULT '0.00',
  `rating` enum('G','PG','PG-13','R') DEFAULT 'G',
  `specs` json DEFAULT NULL,
  `picture` mediumblob,
  `location` point DEFAULT NULL,
  PRIMARY KEY (`product_id`),
  KEY `idx_sku` (`sku`(6))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `purchase` (
  `purchase_id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `customer_id` int(10) unsigned NOT NULL,
  `product_id` mediumint unsigned NOT NULL,
  `quantity` smallint NOT NULL DEFAULT 1,
  `bought_at` datetime(3) NOT NULL,
  `ship_window` time DEFAULT NULL,
  `fiscal_year` year DEFAULT NULL,
  PRIMARY KEY (`purchase_id`),
  KEY `idx_customer` (`customer_id`),
  CONSTRAINT `fk_purchase_customer` FOREIGN KEY (`customer_id`) REFERENCES `customer` (`customer_id`) ON DELETE CASCADE,
  CONSTRAINT `fk_purchase_product` FOREIGN KEY (`product_id`) REFERENCES `product` (`product_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
