#pragma once
// Reads a live MySQL / MariaDB database into the same IR that parsing its dump gives.
#include <optional>
#include <string>
#include <string_view>

#include "parser/parser.h"

namespace barge::parser::mysql {

struct SourceUrl {
  std::string user;
  std::string host = "127.0.0.1";
  unsigned port = 3306;
  std::string database;
  std::string sslMode = "none";  // ConnectParams::sslMode (the mover's task endpoint TLS)
  std::string sslCa;
};

// mysql://USER@HOST[:PORT]/DB (a password in the URL is refused: it would end up in logs).
std::optional<SourceUrl> parseSourceUrl(std::string_view url);

struct LiveSchema {
  ParseResult result;
  std::string error;  // set when the server could not be reached or read
};

LiveSchema readLiveSchema(const SourceUrl& url, const std::string& password,
                          const ParseOptions& options);

}  // namespace barge::parser::mysql
