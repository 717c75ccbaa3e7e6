-- IR fields the table converter does not express are reported, not dropped.
CREATE TABLE stock (
  id INT PRIMARY KEY,
  qty INT,
  CONSTRAINT qty_positive CHECK (qty >= 0) NOT ENFORCED
);
