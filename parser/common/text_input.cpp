#include "parser/common/text_input.h"

namespace barge::parser {

namespace {

// Length of the valid UTF-8 sequence at s[i], or 0 when it is not valid.
size_t validSequence(std::string_view s, size_t i) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  if (c < 0x80) return 1;
  size_t n;
  char32_t cp;
  if ((c & 0xE0) == 0xC0) {
    n = 2;
    cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3;
    cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4;
    cp = c & 0x07;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b(i + k) & 0x3F);
  }
  // overlong forms, surrogates and out-of-range values are invalid
  if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000)) return 0;
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

}  // namespace

void appendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

char32_t decodeUtf8(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  size_t n = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
  char32_t cp = c & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
  for (size_t k = 1; k < n && i + k < s.size(); ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += n;
  return cp;
}

NormalizedText normalizeText(std::string_view bytes, Encoding enc) {
  NormalizedText out;
  // Skip a UTF-8 byte order mark.
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);

  auto asLatin1 = [&] {
    out.utf8.clear();
    out.utf8.reserve(bytes.size() + bytes.size() / 8);
    for (unsigned char c : bytes) appendUtf8(out.utf8, c);
    out.wasLatin1 = true;
  };
  if (enc == Encoding::Latin1) {
    asLatin1();
    return out;
  }
  size_t firstBad = std::string_view::npos;
  for (size_t i = 0; i < bytes.size();) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {  // ASCII runs: no call per byte
      ++i;
      continue;
    }
    size_t n = validSequence(bytes, i);
    if (n == 0) {
      firstBad = i;
      break;
    }
    i += n;
  }
  if (firstBad == std::string_view::npos) {
    out.utf8.assign(bytes);
    return out;
  }
  if (enc == Encoding::Auto) {
    asLatin1();
    out.issues.push_back({firstBad, "input is not valid UTF-8 (first invalid byte at offset " +
                                        std::to_string(firstBad) + "); read as Latin-1"});
    return out;
  }
  out.utf8.reserve(bytes.size());
  for (size_t i = 0; i < bytes.size();) {
    size_t n = validSequence(bytes, i);
    if (n == 0) {
      out.issues.push_back(
          {i, "invalid UTF-8 byte at offset " + std::to_string(i) + " replaced by U+FFFD"});
      appendUtf8(out.utf8, 0xFFFD);
      ++i;
    } else {
      out.utf8.append(bytes.substr(i, n));
      i += n;
    }
  }
  return out;
}

}  // namespace barge::parser
