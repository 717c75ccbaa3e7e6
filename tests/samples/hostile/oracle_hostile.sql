-- barge test input: identifiers, comments and literals that try to put markup into the report
-- </script><script>alert('comment')</script> "onmouseover=alert(1) <img src=x onerror=alert(2)>
CREATE TABLE evil."</script><script>alert(3)</script>" (
  "<img src=x onerror=alert(4)>" NUMBER DEFAULT 7,
  "x""onmouseover=alert(5)" VARCHAR2(40) DEFAULT '</script><script>alert(6)</script>',
  link VARCHAR2(80) DEFAULT 'javascript:alert(7)',
  shape SDO_GEOMETRY,
  rid ROWID
);

CREATE OR REPLACE VIEW evil."<a href=javascript:alert(8)>v</a>" AS
  SELECT '<img src=x onerror=alert(9)>' AS c FROM dual;

CREATE OR REPLACE PROCEDURE evil."p""onmouseover=alert(10)" IS
BEGIN
  NULL; -- </script><script>alert(11)</script>
END;
/

CREATE TABLE evil.t2 (c NUMBER) </script><script>alert(12)</script> garbage;
