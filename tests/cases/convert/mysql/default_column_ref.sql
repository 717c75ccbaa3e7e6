-- MySQL 8 allows a DEFAULT expression naming another column; PostgreSQL does not.
CREATE TABLE price (
  id INT PRIMARY KEY,
  net DECIMAL(10,2) NOT NULL,
  gross DECIMAL(10,2) DEFAULT (net * 1.2),
  created DATETIME DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE bin (
  id INT PRIMARY KEY,
  volume DECIMAL(20,4) DEFAULT (no_such_len * 2)
);
