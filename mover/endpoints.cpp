#include "mover/endpoints.h"

namespace barge::mover {

parser::mysql::ConnectParams sourceParams(const Task& t) {
  parser::mysql::ConnectParams p;
  p.host = t.source.serverName;
  p.port = t.source.port;
  p.user = t.source.username;
  p.password = t.source.password();
  p.database = t.source.databaseName;
  p.sslMode = t.source.sslMode;
  p.sslCa = t.source.sslCa;
  return p;
}

PgParams targetParams(const Task& t) {
  PgParams p;
  p.host = t.target.serverName;
  p.port = t.target.port;
  p.user = t.target.username;
  p.password = t.target.password();
  p.database = t.target.databaseName;
  p.sslMode = t.target.sslMode;
  return p;
}

}  // namespace barge::mover
