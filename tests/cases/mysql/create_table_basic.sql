-- Basic table as mysqldump writes it
DELIMITER ;;
CREATE TABLE `actor` (
  `actor_id` smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  `first_name` varchar(45) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `last_update` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `rating` enum('G','PG','NC-17') DEFAULT 'G' COMMENT 'it''s rated',
  price decimal(5,2) NOT NULL DEFAULT 4.99,
  PRIMARY KEY (`actor_id`),
  UNIQUE KEY `uk_name` (`first_name`(10)),
  KEY `idx_last` (`last_update`),
  CONSTRAINT `fk_x` FOREIGN KEY (`actor_id`) REFERENCES `other` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=201 DEFAULT CHARSET=utf8mb4;;
DELIMITER ;
/*!50705 CREATE TABLE versioned (g int) */;
/*!99999 CREATE TABLE future (g int) */;
