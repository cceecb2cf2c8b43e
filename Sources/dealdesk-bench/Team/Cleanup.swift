import Dispatch
import Foundation
import Glibc

/// What must not outlive the bench: its writers and its throwaway server. Ctrl-C (or a
/// SIGTERM) kills the writers by their pids, stops the server and removes its folder before
/// the bench exits; a normal end or a failure calls `finish()` itself.
final class Cleanup: @unchecked Sendable {
  // @unchecked: every field is read and written under `lock`.
  static let shared = Cleanup()
  private let lock = NSLock()
  private var server: BenchServer?
  private var children: Set<pid_t> = []
  private var sources: [any DispatchSourceSignal] = []

  func install(_ server: BenchServer) {
    lock.withLock { self.server = server }
    for signal in [SIGINT, SIGTERM] {
      Glibc.signal(signal, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: signal, queue: .global())
      source.setEventHandler { [self] in
        FileHandle.standardError.write(Data("\ndealdesk-bench team: interrupted; stopping the writers and the server\n".utf8))
        finish()
        exit(128 + signal)
      }
      source.resume()
      lock.withLock { sources.append(source) }
    }
  }

  func started(_ pid: pid_t) { _ = lock.withLock { children.insert(pid) } }
  func ended(_ pid: pid_t) { _ = lock.withLock { children.remove(pid) } }

  /// Kills what is still running and takes the server away. Safe to call twice.
  func finish() {
    let (pids, server) = lock.withLock { () -> (Set<pid_t>, BenchServer?) in
      defer {
        children = []
        self.server = nil
      }
      return (children, self.server)
    }
    for pid in pids {
      kill(pid, SIGKILL)
      _ = Spawn.wait(pid)
    }
    server?.stop()
  }
}
