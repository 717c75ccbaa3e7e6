-- Values a dump writes into BOOLEAN (TINYINT(1)) and SET columns: PostgreSQL's boolean takes no
-- integer and text[] no 'a,b' without a conversion.
CREATE TABLE flags (
  id INT PRIMARY KEY,
  active BOOLEAN NOT NULL DEFAULT 1,
  features SET('a','b','c') DEFAULT NULL
);
INSERT INTO flags VALUES (1, 1, 'a,c'), (2, 0, ''), (3, 2, NULL);
INSERT INTO flags (id, features) VALUES (4, 'b');
INSERT INTO flags SET id = 5, active = 0, features = 'a,b,c';
UPDATE flags SET active = 0, features = 'c' WHERE id = 1;
