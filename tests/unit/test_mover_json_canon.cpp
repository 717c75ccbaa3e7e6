// validate's canonical JSON text: the fast path must give exactly the bytes of nlohmann's
// parse + dump (the reference, used before the fast path existed) for every input, valid or
// not; inputs it does not handle go to nlohmann.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "mover/json_canon.h"

using namespace barge::mover;

namespace {

// Random JSON-ish text: valid documents with duplicate and unordered keys, escapes, control
// characters, tricky numbers and random whitespace, sometimes non-ASCII (the nlohmann path).
class Gen {
 public:
  explicit Gen(uint32_t seed) : rng_(seed) {}

  std::string doc() {
    std::string s;
    ws(s);
    value(s, 0);
    ws(s);
    return s;
  }
  // The same, with a few random byte edits: mostly invalid JSON.
  std::string mutated() {
    std::string s = doc();
    int edits = 1 + pick(3);
    for (int e = 0; e < edits && !s.empty(); ++e) {
      size_t at = static_cast<size_t>(pick(static_cast<int>(s.size())));
      static const std::string alphabet = "{}[]\",:\\ 0123456789.eE+-tfnulrsabu\x01\x7f\xc3\xa9";
      char c = alphabet[static_cast<size_t>(pick(static_cast<int>(alphabet.size())))];
      switch (pick(3)) {
        case 0:
          s.erase(at, 1);
          break;
        case 1:
          s.insert(s.begin() + static_cast<std::ptrdiff_t>(at), c);
          break;
        default:
          s[at] = c;
      }
    }
    return s;
  }

 private:
  int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }

  void ws(std::string& s) {
    static const char* w[] = {"", "", "", " ", "\n", "\t", "\r\n  "};
    s += w[pick(7)];
  }

  void string(std::string& s) {
    s += '"';
    int n = pick(8);
    for (int i = 0; i < n; ++i) {
      switch (pick(12)) {
        case 0: {
          static const char* esc[] = {"\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t"};
          s += esc[pick(8)];
          break;
        }
        case 1: {
          static const char* u[] = {"\\u0000", "\\u001f", "\\u0041",        "\\u007F", "\\u007f",
                                    "\\u00e9", "\\u20AC", "\\ud83d\\ude00", "\\u000A"};
          s += u[pick(9)];
          break;
        }
        case 2:
          if (pick(4) == 0) s += "\xc3\xa9";  // UTF-8: nlohmann's path
          break;
        default:
          s += static_cast<char>(' ' + pick(95));  // printable ASCII and DEL
          if (s.back() == '"' || s.back() == '\\') s.back() = 'x';
      }
    }
    s += '"';
  }

  void number(std::string& s) {
    static const char* tricky[] = {"0",
                                   "-0",
                                   "-0.0",
                                   "0.0",
                                   "1",
                                   "-1",
                                   "0.1",
                                   "1.5e3",
                                   "1E+2",
                                   "1e-2",
                                   "2.50",
                                   "250.0000",
                                   "1e400",
                                   "-1e400",
                                   "1e-400",
                                   "4.9e-324",
                                   "1.7976931348623157e308",
                                   "9007199254740993",
                                   "9223372036854775807",
                                   "9223372036854775808",
                                   "18446744073709551615",
                                   "18446744073709551616",
                                   "-9223372036854775808",
                                   "-9223372036854775809",
                                   "123456789012345678901234567890",
                                   "0.30000000000000004",
                                   "100",
                                   "1e2",
                                   "12345.678e-3"};
    if (pick(2) == 0) {
      s += tricky[pick(static_cast<int>(sizeof tricky / sizeof *tricky))];
      return;
    }
    if (pick(3) == 0) s += '-';
    int digits = 1 + pick(20);
    s += static_cast<char>('1' + pick(9));
    for (int i = 1; i < digits; ++i) s += static_cast<char>('0' + pick(10));
    if (pick(2) == 0) {
      s += '.';
      int f = 1 + pick(8);
      for (int i = 0; i < f; ++i) s += static_cast<char>('0' + pick(10));
    }
    if (pick(4) == 0) {
      s += "eE"[pick(2)];
      if (pick(2) == 0) s += "+-"[pick(2)];
      s += std::to_string(pick(330));
    }
  }

  void value(std::string& s, int depth) {
    int kind = depth > 4 ? 3 + pick(4) : pick(7);
    switch (kind) {
      case 0:
      case 1: {
        s += '{';
        int n = pick(6);
        static const char* keys[] = {"id", "a", "b",       "tags", "note",   "price", "A",
                                     "aa", "",  "\\u0041", "\\n",  "a\\\"b", "Z"};
        for (int i = 0; i < n; ++i) {
          if (i) s += ',';
          ws(s);
          if (pick(5) == 0) {
            string(s);
          } else {
            s += '"';
            s += keys[pick(13)];
            s += '"';
          }
          ws(s);
          s += ':';
          ws(s);
          value(s, depth + 1);
          ws(s);
        }
        s += '}';
        break;
      }
      case 2: {
        s += '[';
        int n = pick(5);
        for (int i = 0; i < n; ++i) {
          if (i) s += ',';
          ws(s);
          value(s, depth + 1);
          ws(s);
        }
        s += ']';
        break;
      }
      case 3:
        string(s);
        break;
      case 4:
        number(s);
        break;
      case 5:
        s += pick(2) ? "true" : "false";
        break;
      default:
        s += "null";
    }
  }

  std::mt19937 rng_;
};

}  // namespace

TEST_CASE("mover: canonical JSON fast path equals nlohmann parse + dump") {
  const std::vector<std::string> cases = {
      "",
      "  ",
      "{}",
      "[]",
      " { } ",
      "{\"a\":1,\"a\":2}",
      "{\"b\":1,\"a\":2,\"b\":3,\"a\":{\"y\":1,\"x\":2}}",
      "{\"b\":1,\"a\":{\"d\":[1,2,{\"z\":null,\"y\":true}],\"c\":\"x\"}}",
      "{\"id\": 7, \"tags\": [\"a\", \"t7\"], \"note\": \"q\\\"uote\\\\b\", \"price\": 1.7500}",
      "{\"aa\":1,\"b\":2,\"a\":3}",  // bytes order (nlohmann), not jsonb's length order
      "1e400",
      "-1e400",
      "-0",
      "-0.0",
      "0.1",
      "1E+2",
      "1e-400",
      "18446744073709551615",
      "18446744073709551616",
      "-9223372036854775808",
      "-9223372036854775809",
      "123456789012345678901234567890",
      "\"\\u0000\\u001f\\u007f\\/\\b\\f\\n\\r\\t\"",
      "\"a\\u00e9\"",
      "\"\\ud83d\\ude00\"",
      "\"\\ud83d\"",
      "\"\xc3\xa9\"",
      "\"\xc3\"",
      "[1,]",
      "{\"a\":1,}",
      "01",
      "1.",
      ".5",
      "+1",
      "-",
      "1e",
      "tru",
      "nul",
      "truex",
      "[1 2]",
      "{\"a\" 1}",
      "{a:1}",
      "\t[ 1 ,\r\n 2 ]\n",
      "\"raw\ttab\"",
      "\xef\xbb\xbf{}",
      "[1]x",
      "[1] [2]",
      "/* c */ 1",
      "\"\\x\"",
      "\"\\u12\"",
      "\"\\u00G0\"",
      std::string("\"a\0b\"", 5),
      std::string(300, '[') + std::string(300, ']'),
  };
  for (const auto& c : cases) {
    INFO("input: " << c);
    CHECK(canonicalJson(c) == canonicalJsonNlohmann(c));
  }
  // The fast path itself takes the common documents.
  std::string out;
  CHECK(canonicalJsonFast(cases[8], out));
  CHECK(out == "{\"id\":7,\"note\":\"q\\\"uote\\\\b\",\"price\":1.75,\"tags\":[\"a\",\"t7\"]}");
  CHECK(canonicalJsonFast("{\"b\":1,\"a\":2,\"b\":3}", out));
  CHECK(out == "{\"a\":2,\"b\":3}");
  CHECK(canonicalJsonFast("[-0, 100, 1e2, 250.0000, 18446744073709551616]", out));
  CHECK(out == "[0,100,100.0,250.0,1.8446744073709552e+19]");
  CHECK_FALSE(canonicalJsonFast("[1e400]", out));  // nlohmann: parse error, text kept
  CHECK_FALSE(canonicalJsonFast("\"\xc3\xa9\"", out));

  Gen g(20261122);
  int fast = 0, total = 0;
  for (int i = 0; i < 20000; ++i) {
    std::string d = i % 4 == 3 ? g.mutated() : g.doc();
    std::string want = canonicalJsonNlohmann(d);
    std::string got = canonicalJson(d);
    ++total;
    if (canonicalJsonFast(d, out)) {
      ++fast;
      if (out != want) FAIL_CHECK("fast path differs for " << d << ": " << out << " vs " << want);
    }
    if (got != want) FAIL_CHECK("canonicalJson differs for " << d << ": " << got << " vs " << want);
  }
  INFO(fast << " of " << total << " through the fast path");
  CHECK(fast > total / 3);  // the comparison above covered the fast path, not only the fallback
}
