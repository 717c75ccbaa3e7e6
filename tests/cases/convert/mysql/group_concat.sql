-- GROUP_CONCAT -> string_agg: default separator, SEPARATOR, ORDER BY, several values (a row
-- with a NULL among them is skipped), DISTINCT; DISTINCT with ORDER BY is reported.
CREATE TABLE pets (id INT PRIMARY KEY, owner VARCHAR(10), name VARCHAR(10), age INT);
INSERT INTO pets VALUES (1, 'ann', 'rex', 3), (2, 'ann', 'tom', NULL), (3, 'bob', 'max', 5),
  (4, 'ann', 'rex', 7), (5, 'bob', NULL, 2);
CREATE VIEW pet_lists AS
SELECT owner,
       GROUP_CONCAT(name) AS names,
       GROUP_CONCAT(name ORDER BY name DESC SEPARATOR '; ') AS names_desc,
       GROUP_CONCAT(name, ':', age ORDER BY id SEPARATOR ' ') AS name_ages,
       GROUP_CONCAT(DISTINCT name) AS distinct_names,
       GROUP_CONCAT(id ORDER BY id SEPARATOR '') AS ids
FROM pets GROUP BY owner;
CREATE VIEW pet_lists_sorted AS
SELECT owner, GROUP_CONCAT(DISTINCT name ORDER BY age) AS names FROM pets GROUP BY owner;
