-- barge test input: identifiers, comments and literals that try to put markup into the report
-- </script><script>alert('comment')</script> "onmouseover=alert(1) <img src=x onerror=alert(2)>
CREATE TABLE `</script><script>alert(3)</script>` (
  `<img src=x onerror=alert(4)>` int unsigned NOT NULL,
  `x"onmouseover=alert(5)` varchar(40) DEFAULT '</script><script>alert(6)</script>',
  `link` varchar(80) DEFAULT 'javascript:alert(7)',
  `shape` geometry,
  FULLTEXT KEY `<b onmouseover=alert(8)>` (`link`)
) ENGINE=MyISAM;
CREATE VIEW `<a href="javascript:alert(9)">v</a>` AS SELECT '<img src=x onerror=alert(10)>' AS c;
CREATE TABLE t2 (c int) </script><script>alert(12)</script> garbage;
