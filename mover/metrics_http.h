#pragma once
// A small HTTP responder of our own for Prometheus: one thread, one connection at a time, GET
// /metrics (or /) answered with the text `body()` returns; anything else 404. It binds to the
// given address (127.0.0.1 by default: the metrics are not meant for the network unless asked).
#include <atomic>
#include <functional>
#include <string>
#include <thread>

namespace barge::mover {

class MetricsServer {
 public:
  // Throws std::runtime_error when the address cannot be bound (port in use, bad address).
  MetricsServer(const std::string& address, int port, std::function<std::string()> body);
  ~MetricsServer();
  MetricsServer(const MetricsServer&) = delete;
  MetricsServer& operator=(const MetricsServer&) = delete;
  int port() const { return port_; }

 private:
  void serve();
  int fd_ = -1;
  int port_ = 0;
  std::function<std::string()> body_;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

}  // namespace barge::mover
