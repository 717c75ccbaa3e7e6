-- Keys and indexes, foreign keys with actions, CHECK constraints, table options
CREATE TABLE orders (
  id BIGINT NOT NULL,
  customer_id INT NOT NULL,
  store_id INT,
  title VARCHAR(200) NOT NULL,
  body TEXT,
  location POINT NOT NULL,
  status VARCHAR(10),
  PRIMARY KEY (id) USING BTREE,
  UNIQUE INDEX uq_title (title(50), store_id DESC),
  KEY idx_customer (customer_id) COMMENT 'lookup',
  INDEX (store_id, customer_id) USING HASH,
  FULLTEXT KEY ft_body (title, body) WITH PARSER ngram,
  SPATIAL INDEX sp_loc (location),
  KEY idx_func ((LOWER(title))),
  CONSTRAINT fk_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
    ON DELETE CASCADE ON UPDATE NO ACTION,
  FOREIGN KEY fk_store (store_id) REFERENCES shop.store (id) ON UPDATE SET DEFAULT,
  CONSTRAINT chk_status CHECK (status IN ('new', 'paid', 'sent')) NOT ENFORCED,
  CHECK (id > 0)
) ENGINE = InnoDB AUTO_INCREMENT = 1000 DEFAULT CHARACTER SET = utf8mb4
  COLLATE utf8mb4_0900_ai_ci ROW_FORMAT=DYNAMIC KEY_BLOCK_SIZE=8 STATS_PERSISTENT=1
  COMMENT 'orders' TABLESPACE ts1;
CREATE TEMPORARY TABLE tmp_ids (id INT PRIMARY KEY) ENGINE=MEMORY;
CREATE TABLE orders_copy LIKE orders;
CREATE TABLE recent AS SELECT id, title FROM orders WHERE id > 10;
