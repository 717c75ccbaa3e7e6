-- MariaDB 10.11 gives the same rows for this data (distinct_names sorted there too: without
-- ORDER BY neither server promises an order, so the check sorts that column), compared side
-- by side when the case was written.
SELECT owner, names IS NOT NULL, names_desc, name_ages,
       array_to_string(ARRAY(SELECT unnest(string_to_array(distinct_names, ',')) ORDER BY 1), ','), ids
FROM pet_lists ORDER BY owner;
