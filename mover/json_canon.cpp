#include "mover/json_canon.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <clocale>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <vector>

namespace barge::mover {

namespace {

constexpr int kMaxDepth = 256;  // deeper documents take the nlohmann path

// Recursive descent over the subset the fast path handles; every method returns false on
// anything outside it (the caller then asks nlohmann, which decides valid or not). Output
// follows nlohmann's serializer: dump(-1) with ensure_ascii false.
// One per thread, reused: its buffers keep their capacity, so a document costs no allocation
// once they have grown.
class FastCanon {
 public:
  bool run(std::string_view t, char decimalPoint, std::string& out) {
    t_ = t;
    i_ = 0;
    point_ = decimalPoint;
    members_.clear();
    keys_.clear();
    out.clear();
    skipWs();
    if (!value(out, 0)) return false;
    skipWs();
    return i_ == t_.size();
  }

 private:
  // An object member: its decoded key in keys_, its `"key":value` text in the output. Members
  // of nested objects sit above their parent's in members_ / keys_ and are dropped when the
  // nested object is done.
  struct Member {
    size_t keyBegin = 0, keyEnd = 0;
    size_t begin = 0, end = 0;
  };
  std::string_view key(const Member& m) const {
    return std::string_view(keys_).substr(m.keyBegin, m.keyEnd - m.keyBegin);
  }

  void skipWs() {
    while (i_ < t_.size() && (t_[i_] == ' ' || t_[i_] == '\t' || t_[i_] == '\n' || t_[i_] == '\r'))
      ++i_;
  }
  bool at(char c) const { return i_ < t_.size() && t_[i_] == c; }
  bool digit() const { return i_ < t_.size() && t_[i_] >= '0' && t_[i_] <= '9'; }

  bool value(std::string& out, int depth) {
    if (i_ >= t_.size() || depth > kMaxDepth) return false;
    switch (t_[i_]) {
      case '{':
        return object(out, depth);
      case '[':
        return array(out, depth);
      case '"': {
        scratch_.clear();
        if (!string(scratch_)) return false;
        escape(scratch_, out);
        return true;
      }
      case 't':
        return literal("true", out);
      case 'f':
        return literal("false", out);
      case 'n':
        return literal("null", out);
      default:
        return number(out);
    }
  }

  bool literal(std::string_view lit, std::string& out) {
    if (t_.substr(i_, lit.size()) != lit) return false;
    i_ += lit.size();
    out += lit;
    return true;
  }

  // A string at t_[i_] == '"', decoded into d: ASCII only, escapes decoded.
  bool string(std::string& d) {
    ++i_;
    for (;;) {
      size_t run = i_;
      while (run < t_.size()) {
        auto c = static_cast<unsigned char>(t_[run]);
        if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) break;
        ++run;
      }
      d.append(t_.data() + i_, run - i_);
      i_ = run;
      if (i_ >= t_.size()) return false;
      auto c = static_cast<unsigned char>(t_[i_++]);
      if (c == '"') return true;
      if (c != '\\' || i_ >= t_.size()) return false;  // control byte, non-ASCII, or the end
      switch (t_[i_++]) {
        case '"':
          d += '"';
          break;
        case '\\':
          d += '\\';
          break;
        case '/':
          d += '/';
          break;
        case 'b':
          d += '\b';
          break;
        case 'f':
          d += '\f';
          break;
        case 'n':
          d += '\n';
          break;
        case 'r':
          d += '\r';
          break;
        case 't':
          d += '\t';
          break;
        case 'u': {
          if (t_.size() - i_ < 4) return false;
          unsigned v = 0;
          for (int k = 0; k < 4; ++k) {
            char h = t_[i_++];
            v <<= 4;
            if (h >= '0' && h <= '9')
              v |= static_cast<unsigned>(h - '0');
            else if (h >= 'a' && h <= 'f')
              v |= static_cast<unsigned>(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F')
              v |= static_cast<unsigned>(h - 'A' + 10);
            else
              return false;
          }
          if (v >= 0x80) return false;  // UTF-8 and surrogates: nlohmann's job
          d += static_cast<char>(v);
          break;
        }
        default:
          return false;
      }
    }
  }

  // nlohmann's serializer (dump_escaped, ensure_ascii false) for ASCII text.
  static void escape(std::string_view s, std::string& out) {
    static const char* hex = "0123456789abcdef";
    out += '"';
    size_t i = 0;
    while (i < s.size()) {
      size_t run = i;  // bytes that stay as they are, appended at once
      while (run < s.size() && static_cast<unsigned char>(s[run]) >= 0x20 && s[run] != '"' &&
             s[run] != '\\')
        ++run;
      out.append(s.data() + i, run - i);
      if (run == s.size()) break;
      i = run + 1;
      auto c = static_cast<unsigned char>(s[run]);
      switch (c) {
        case 0x08:
          out += "\\b";
          break;
        case 0x09:
          out += "\\t";
          break;
        case 0x0A:
          out += "\\n";
          break;
        case 0x0C:
          out += "\\f";
          break;
        case 0x0D:
          out += "\\r";
          break;
        case 0x22:
          out += "\\\"";
          break;
        case 0x5C:
          out += "\\\\";
          break;
        default:
          out += "\\u00";  // the other control bytes
          out += hex[c >> 4];
          out += hex[c & 15];
      }
    }
    out += '"';
  }

  // nlohmann's lexer: an integer token becomes int64 (negative) or uint64 when it fits, else
  // (and any token with a fraction or exponent) a double from strtod with the locale's
  // decimal point (a non-finite one fails the parse); the serializer prints integers in decimal
  // and doubles with its own shortest round-trip form (detail::to_chars).
  bool number(std::string& out) {
    const size_t b = i_;
    bool neg = at('-');
    if (neg) ++i_;
    if (at('0'))
      ++i_;
    else if (digit())
      while (digit()) ++i_;
    else
      return false;
    bool isFloat = false;
    if (at('.')) {
      isFloat = true;
      ++i_;
      if (!digit()) return false;
      while (digit()) ++i_;
    }
    if (at('e') || at('E')) {
      isFloat = true;
      ++i_;
      if (at('+') || at('-')) ++i_;
      if (!digit()) return false;
      while (digit()) ++i_;
    }
    const char* first = t_.data() + b;
    const char* last = t_.data() + i_;
    char buf[64];
    if (!isFloat) {
      if (neg) {
        int64_t v = 0;
        auto r = std::from_chars(first, last, v);
        if (r.ec == std::errc() && r.ptr == last) {
          auto w = std::to_chars(buf, buf + sizeof buf, v);
          out.append(buf, w.ptr);
          return true;
        }
      } else {
        uint64_t v = 0;
        auto r = std::from_chars(first, last, v);
        if (r.ec == std::errc() && r.ptr == last) {
          auto w = std::to_chars(buf, buf + sizeof buf, v);
          out.append(buf, w.ptr);
          return true;
        }
      }
      // Out of range: a double, as in nlohmann.
    }
    token_.assign(first, last);
    std::replace(token_.begin(), token_.end(), '.', point_);
    char* end = nullptr;
    double d = std::strtod(token_.c_str(), &end);
    if (end != token_.c_str() + token_.size()) return false;
    if (!std::isfinite(d)) return false;  // nlohmann's parser refuses it (number overflow)
    char* e = nlohmann::detail::to_chars(buf, buf + sizeof buf, d);
    out.append(buf, e);
    return true;
  }

  bool array(std::string& out, int depth) {
    ++i_;
    out += '[';
    skipWs();
    if (at(']')) {
      ++i_;
      out += ']';
      return true;
    }
    for (;;) {
      skipWs();
      if (!value(out, depth + 1)) return false;
      skipWs();
      if (at(',')) {
        ++i_;
        out += ',';
        continue;
      }
      if (!at(']')) return false;
      ++i_;
      out += ']';
      return true;
    }
  }

  // Members are written in document order, then put in key order (std::map's: bytes) keeping
  // the last of equal keys, as nlohmann's object does.
  bool object(std::string& out, int depth) {
    ++i_;
    const size_t start = out.size();
    out += '{';
    skipWs();
    if (at('}')) {
      ++i_;
      out += '}';
      return true;
    }
    const size_t base = members_.size(), keysBase = keys_.size();
    bool ordered = true;  // keys strictly increasing: already canonical
    for (;;) {
      skipWs();
      if (!at('"')) return false;
      Member m;
      m.keyBegin = keys_.size();
      if (!string(keys_)) return false;
      m.keyEnd = keys_.size();
      skipWs();
      if (!at(':')) return false;
      ++i_;
      skipWs();
      if (members_.size() > base) out += ',';
      m.begin = out.size();
      escape(std::string_view(keys_).substr(m.keyBegin, m.keyEnd - m.keyBegin), out);
      out += ':';
      if (!value(out, depth + 1)) return false;  // nested members are gone again after this
      m.end = out.size();
      if (members_.size() > base && !(key(members_.back()) < key(m))) ordered = false;
      members_.push_back(m);
      skipWs();
      if (at(',')) {
        ++i_;
        continue;
      }
      if (!at('}')) return false;
      ++i_;
      break;
    }
    if (!ordered) {
      idx_.clear();
      for (size_t k = base; k < members_.size(); ++k) idx_.push_back(k);
      auto less = [&](size_t a, size_t b) { return key(members_[a]) < key(members_[b]); };
      if (idx_.size() <= 32) {  // insertion sort: stable, and no buffer to allocate
        for (size_t k = 1; k < idx_.size(); ++k)
          for (size_t j = k; j > 0 && less(idx_[j], idx_[j - 1]); --j)
            std::swap(idx_[j], idx_[j - 1]);
      } else {
        std::stable_sort(idx_.begin(), idx_.end(), less);
      }
      sorted_.assign(1, '{');
      for (size_t k = 0; k < idx_.size(); ++k) {
        // Of equal keys (adjacent, in document order) only the last counts.
        if (k + 1 < idx_.size() && key(members_[idx_[k + 1]]) == key(members_[idx_[k]])) continue;
        if (sorted_.size() > 1) sorted_ += ',';
        const Member& m = members_[idx_[k]];
        sorted_.append(out, m.begin, m.end - m.begin);
      }
      out.resize(start);
      out += sorted_;
    }
    members_.resize(base);
    keys_.resize(keysBase);
    out += '}';
    return true;
  }

  std::string_view t_;
  size_t i_ = 0;
  char point_ = '.';
  std::string scratch_, token_, keys_, sorted_;
  std::vector<Member> members_;
  std::vector<size_t> idx_;
};

}  // namespace

bool canonicalJsonFast(std::string_view text, std::string& out) {
  const char* point = std::localeconv()->decimal_point;  // what nlohmann's lexer uses
  if (!point || point[0] == '\0' || point[1] != '\0') return false;
  thread_local FastCanon canon;
  return canon.run(text, point[0], out);
}

std::string canonicalJsonNlohmann(std::string_view text) {
  auto j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_discarded()) return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return std::string(text);
}

std::string canonicalJson(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  if (canonicalJsonFast(text, out)) return out;
  return canonicalJsonNlohmann(text);
}

}  // namespace barge::mover
