-- Benchmark dataset for bench/full_load. run.sh replaces CUSTOMERS_N and ORDERS_N and runs it.
-- Customers and orders
-- of mixed types: JSON, BLOB, DATETIME(6), utf8mb4 text with quotes and backslashes, DECIMAL,
-- DOUBLE, ENUM. Rows are generated inside MariaDB from its SEQUENCE engine (seq_1_to_N).
DROP DATABASE IF EXISTS bench;
CREATE DATABASE bench CHARACTER SET utf8mb4;
USE bench;
CREATE TABLE customers (
  id int PRIMARY KEY,
  name varchar(100) NOT NULL,
  email varchar(150),
  country char(2),
  created datetime(6) NOT NULL,
  balance decimal(12,2),
  active tinyint(1) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  customer_id int NOT NULL,
  created datetime(6) NOT NULL,
  amount decimal(12,2) NOT NULL,
  qty smallint NOT NULL,
  price double,
  status enum('new','paid','shipped','cancelled') NOT NULL,
  note varchar(255),
  payload json,
  thumb blob,
  KEY ix_orders_customer (customer_id),
  CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO customers
SELECT seq, CONCAT('Cüstømer ', seq, ' "the" \\ O''Brien'), CONCAT('c', seq, '@example.com'),
       ELT(1 + seq % 5, 'DE', 'FR', 'US', 'JP', 'BR'),
       '2020-01-01' + INTERVAL seq * 37 SECOND + INTERVAL seq % 1000000 MICROSECOND,
       (seq % 100000) / 100, seq % 2
FROM seq_1_to_CUSTOMERS_N;

INSERT INTO orders
SELECT seq, 1 + seq % CUSTOMERS_N,
       '2021-01-01' + INTERVAL seq * 13 SECOND + INTERVAL (seq * 7) % 1000000 MICROSECOND,
       (seq % 99999) / 100 + 0.01, 1 + seq % 20, seq / 3.0e0,
       ELT(1 + seq % 4, 'new', 'paid', 'shipped', 'cancelled'),
       CONCAT('Ördér ', seq, ' 😀 said "ok" \\ path C:\\tmp\\', seq % 97, ' it''s fine'),
       JSON_OBJECT('id', seq, 'tags', JSON_ARRAY('a', CONCAT('t', seq % 10)), 'note', 'q"uote\\b',
                   'price', seq / 4),
       UNHEX(SHA2(seq, 256))
FROM seq_1_to_ORDERS_N;
ANALYZE TABLE customers, orders;
