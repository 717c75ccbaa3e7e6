#include "reports/source_text.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace barge::reports {

std::string toUtf8(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    bool ok = n > 0 && i + n <= s.size();
    for (size_t k = 1; ok && k < n; ++k) ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    if (ok && n > 1 && c < 0xC2) ok = false;  // overlong two-byte form
    if (ok) {
      out.append(s, i, n);
      i += n;
    } else {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
      ++i;
    }
  }
  return out;
}

const std::vector<std::string>* SourceTexts::lines(const std::string& file) {
  auto it = files_.find(file);
  if (it == files_.end()) {
    std::vector<std::string> v;
    std::ifstream in(file, std::ios::binary);
    if (in) {
      std::ostringstream ss;
      ss << in.rdbuf();
      std::string text = toUtf8(ss.str());
      size_t start = 0;
      while (start <= text.size()) {
        size_t nl = text.find('\n', start);
        std::string l =
            text.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
        if (!l.empty() && l.back() == '\r') l.pop_back();
        v.push_back(std::move(l));
        if (nl == std::string::npos) break;
        start = nl + 1;
      }
    }
    it = files_.emplace(file, std::move(v)).first;
  }
  return it->second.empty() ? nullptr : &it->second;
}

Excerpt SourceTexts::excerpt(const std::string& file, uint32_t line, uint32_t column,
                             uint32_t before, uint32_t after) {
  Excerpt e;
  const auto* v = lines(file);
  if (!v || line == 0 || line > v->size()) return e;
  uint32_t first = line > before ? line - before : 1;
  uint32_t last = std::min<uint32_t>(static_cast<uint32_t>(v->size()), line + after);
  e.firstLine = first;
  for (uint32_t l = first; l <= last; ++l) {
    std::string text = (*v)[l - 1];
    // Very long lines (minified or generated code) are cut around the column.
    if (text.size() > 400) text = text.substr(0, 400) + " ...";
    e.lines.push_back(std::move(text));
  }
  e.caretLine = line;
  e.caretColumn = column;
  return e;
}

std::string commonRoot(const std::vector<std::string>& files) {
  namespace fs = std::filesystem;
  if (files.empty()) return "";
  auto parent = [](const std::string& f) {
    std::string p = fs::path(f).parent_path().string();
    return p;
  };
  std::string root = parent(files[0]);
  for (const auto& f : files) {
    if (f.find("://") != std::string::npos) return "";
    std::string p = parent(f);
    while (!root.empty() && !(p == root || p.rfind(root == "/" ? root : root + "/", 0) == 0)) {
      std::string up = parent(root);
      root = up == root ? "" : up;
    }
  }
  return root;
}

std::string relativeTo(const std::string& root, const std::string& file) {
  std::string prefix = root == "/" ? root : root + "/";
  if (root.empty() || file.rfind(prefix, 0) != 0) return file;
  return file.substr(prefix.size());
}

}  // namespace barge::reports
