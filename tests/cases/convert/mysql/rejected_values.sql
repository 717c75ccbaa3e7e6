-- Values PostgreSQL would refuse: each left out with a high item; every table deploys.
CREATE TABLE flags (
  id INT NOT NULL PRIMARY KEY,
  f_ok BIT(4) DEFAULT 5,
  f_wide BIT(2) DEFAULT 9,
  f_huge BIT(8) DEFAULT 99999999999999999999999,
  amount DECIMAL(0),
  width_bad VARCHAR(99999999999999999999),
  KEY flags_missing (nope)
);
