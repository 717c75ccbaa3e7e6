-- MariaDB 10.11 gives the same rows for this data (id, active <> 0, features, number of
-- members), compared side by side when the case was written.
SELECT id, active, coalesce(array_to_string(features, ','), '<null>'), cardinality(features) FROM flags ORDER BY id;
