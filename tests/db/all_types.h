#pragma once
// A table with every column type the full load supports and four rows of limits, NULLs, zeros
// and awkward values, shared by the binlog decoder test and the CDC byte-identity test.
#include <vector>

namespace barge::test {

struct Col {
  const char* name;
  const char* type;
  const char* select;  // how the full load reads it ("" = the column itself)
};

inline const std::vector<Col> kCols = {{"id", "int NOT NULL PRIMARY KEY", ""},
                                       {"ti", "tinyint", ""},
                                       {"tiu", "tinyint unsigned", ""},
                                       {"si", "smallint", ""},
                                       {"siu", "smallint unsigned", ""},
                                       {"mi", "mediumint", ""},
                                       {"miu", "mediumint unsigned", ""},
                                       {"i", "int", ""},
                                       {"iu", "int unsigned", ""},
                                       {"bi", "bigint", ""},
                                       {"biu", "bigint unsigned", ""},
                                       {"d", "decimal(65,30)", ""},
                                       {"d2", "decimal(10,2)", ""},
                                       {"d0", "decimal(18,0)", ""},
                                       {"f", "float", "CAST(`f` AS DOUBLE)"},
                                       {"db", "double", ""},
                                       {"b1", "bit(1)", ""},
                                       {"b13", "bit(13)", ""},
                                       {"b64", "bit(64)", ""},
                                       {"c", "char(10)", ""},
                                       {"vc", "varchar(100)", ""},
                                       {"vl", "varchar(50) CHARACTER SET latin1", ""},
                                       {"cl", "char(255)", ""},
                                       {"tx", "text", ""},
                                       {"bn", "binary(4)", ""},
                                       {"vb", "varbinary(300)", ""},
                                       {"bl", "blob", ""},
                                       {"lb", "longblob", ""},
                                       {"dt", "date", ""},
                                       {"dtm", "datetime(6)", ""},
                                       {"dtm3", "datetime(3)", ""},
                                       {"dtm0", "datetime", ""},
                                       {"ts", "timestamp(6) NULL DEFAULT NULL", ""},
                                       {"ts2", "timestamp(2) NULL DEFAULT NULL", ""},
                                       {"tm", "time(6)", ""},
                                       {"tm1", "time(1)", ""},
                                       {"tm0", "time", ""},
                                       {"yr", "year", ""},
                                       {"e", "enum('a','b','c d')", ""},
                                       {"s", "set('x','y','z')", ""},
                                       {"j", "json", ""},
                                       {"g", "geometry", "ST_AsBinary(`g`)"},
                                       {"bo", "boolean", ""}};

inline const char* const kRows[] = {
    "(1, -128, 255, -32768, 65535, -8388608, 16777215, -2147483648, 4294967295, "
    "-9223372036854775808, 18446744073709551615, "
    "'-12345678901234567890123456789012345.123456789012345678901234567890', -99999999.99, "
    "123456789012345678, 3.4028234e38, -1.7976931348623157e308, b'1', b'1010101010101', "
    "b'1111111111111111111111111111111111111111111111111111111111111111', 'ab  ', "
    "'Grüße, 日本 \\' \" \\\\', 'café €', REPEAT('x', 300), 'line1\\nline2\\ttab', "
    "x'01000000', x'00ff00', x'deadbeef', REPEAT('L', 70000), '2024-02-29', "
    "'2038-01-19 03:14:07.999999', '1999-12-31 23:59:59.123', '9999-12-31 23:59:59', "
    "'2038-01-19 03:14:07.654321', '1970-01-01 00:00:01.5', '-838:59:59.000000', '-00:00:00.5', "
    "'12:34:56', 2155, 'c d', 'x,z', '{\"k\": [1, 2.5, \"s\"], \"n\": null}', "
    "ST_GeomFromText('POINT(1 2)', 4326), true)",
    "(2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
    "NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
    "NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)",
    "(3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -0.0, b'0', b'0', b'0', '', '', '', '', '', "
    "x'00000000', '', '', '', '0000-00-00', '0000-00-00 00:00:00', '0000-00-00 00:00:00', "
    "'0000-00-00 00:00:00', '0000-00-00 00:00:00', NULL, '00:00:00', '838:59:59.9', "
    "'-12:00:00', 1901, '', '', '[]', ST_GeomFromText('LINESTRING(0 0, 1 1)'), false)",
    "(4, 127, 1, 32767, 1, 8388607, 1, 2147483647, 1, 9223372036854775807, 1, "
    "'0.000000000000000000000000000001', 0.01, -1, 1.5, 2.5e-308, b'0', b'1', b'1', 'z', 'v', "
    "'ÿ', 'c', 't', x'', x'00', x'', x'', '0001-01-01', '1000-01-01 00:00:00.000001', "
    "'2000-06-15 12:00:00.5', '2000-01-01 00:00:00', '1970-01-01 00:00:01.000001', "
    "'2001-02-03 04:05:06.07', '00:00:00.000001', '-838:59:59.9', '838:59:59', 0, 'a', 'y', "
    "'\"text\"', ST_GeomFromText('POLYGON((0 0, 1 0, 1 1, 0 0))'), 0)"};

}  // namespace barge::test
