-- A broken statement is reported at its position and parsing resumes with the next one
CREATE TABLE ok1 (a INT);
CREATE TABLE broken (a INT,, b INT);
SELECT FROM WHERE;
CREATE TABLE ok2 (b INT);
