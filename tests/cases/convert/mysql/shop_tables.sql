-- A shop schema as mysqldump writes it: every common column type and key form
/*!40101 SET @saved_cs_client     = @@character_set_client */;
CREATE TABLE `customer` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `email` varchar(120) NOT NULL,
  `name` varchar(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
  `active` tinyint(1) NOT NULL DEFAULT 1,
  `vip` boolean NOT NULL DEFAULT 0,
  `created` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `birthday` date DEFAULT NULL,
  `updated` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_email` (`email`),
  KEY `idx_name` (`name`(20))
) ENGINE=InnoDB AUTO_INCREMENT=1001 DEFAULT CHARSET=utf8mb4 COMMENT='shop customers';
CREATE TABLE `order` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `customer_id` int(10) unsigned NOT NULL,
  `total` decimal(12,2) NOT NULL DEFAULT '0.00',
  `weight` float DEFAULT NULL,
  `ratio` double NOT NULL DEFAULT 0,
  `status` enum('new','paid','shipped') NOT NULL DEFAULT 'new',
  `tags` set('gift','express','fragile') DEFAULT 'gift,express',
  `flags` bit(8) NOT NULL DEFAULT b'0',
  `notes` mediumtext,
  `doc` json DEFAULT NULL,
  `attrs` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`attrs`)),
  `extra` longtext,
  `plain_check` longtext CHECK (json_valid(`notes`)),
  `blob_data` longblob,
  `checksum` binary(16) DEFAULT NULL,
  `shipped_at` datetime DEFAULT '0000-00-00 00:00:00',
  `duration` time DEFAULT NULL,
  `year_made` year(4) DEFAULT NULL,
  `small` smallint(6) NOT NULL DEFAULT '-5',
  PRIMARY KEY (`id`),
  KEY `idx_customer` (`customer_id`),
  CONSTRAINT `extra_is_json` CHECK (json_valid(`extra`)),
  CONSTRAINT `fk_order_customer` FOREIGN KEY (`customer_id`) REFERENCES `customer` (`id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
