import Foundation
import Glibc

/// A `dealdesk --team` process reading piped lines from a FIFO that the test writes to,
/// line by line at its own pace: lines keep coming while the server is stopped and started
/// (a file would be read through in a moment). Keeps every line sent, so what the process
/// said can be matched to them (`transcript`).
final class PacedWriter: @unchecked Sendable {
  // @unchecked: `fd`, `sent` and `reaped` are touched only while `lock` is held.
  let name: String
  let pid: pid_t
  private let output: URL
  private let errors: URL
  private let lock = NSLock()
  private var fd: Int32
  private var sent: [String] = []
  private var reaped = false

  private init(name: String, pid: pid_t, fd: Int32, output: URL, errors: URL) {
    self.name = name
    self.pid = pid
    self.fd = fd
    self.output = output
    self.errors = errors
  }

  /// Starts `dealdesk` on the team desk at `url` (DEALDESK_TEAM), with a home of its own in
  /// `scratch`, reading what `send` writes.
  static func start(name: String, url: String, in scratch: URL) throws -> PacedWriter {
    // A reader that is gone must fail the write (EPIPE), not end the test process.
    signal(SIGPIPE, SIG_IGN)
    let fifo = scratch.appendingPathComponent("\(name).fifo")
    guard mkfifo(fifo.path, 0o600) == 0 else {
      throw Cluster.Failure(description: "Could not make the FIFO \(fifo.path): \(String(cString: strerror(errno)))")
    }
    let (output, errors) = (scratch.appendingPathComponent("\(name).out"), scratch.appendingPathComponent("\(name).err"))
    let environment = [
      "PATH=/usr/bin:/bin", "HOME=\(scratch.appendingPathComponent("home-\(name)").path)", "LANG=C.UTF-8",
      "DEALDESK_TEAM=\(url)",
    ]
    // posix_spawn returns only once the child has opened its input, and a FIFO's reader
    // waits for a writer: so a writer is there first. Read-write, which never waits, and
    // close-on-exec, so the child does not hold a writer of its own input (it would never end).
    let first = open(fifo.path, O_RDWR | O_CLOEXEC)
    guard first >= 0 else {
      throw Cluster.Failure(description: "Could not open the FIFO \(fifo.path): \(String(cString: strerror(errno)))")
    }
    defer { close(first) }
    let pid = try Spawn.start(
      [try TeamCommandTests.binary().path], environment: environment, input: fifo.path, output: output.path, errors: errors.path)
    // The child reads now, so this opens at once; the read-write end is then let go, and
    // the input ends when this one is closed.
    let fd = open(fifo.path, O_WRONLY | O_CLOEXEC)
    guard fd >= 0 else {
      Glibc.kill(pid, SIGKILL)
      _ = Spawn.wait(pid)
      throw Cluster.Failure(description: "Could not open the FIFO \(fifo.path) to write: \(String(cString: strerror(errno)))")
    }
    return PacedWriter(name: name, pid: pid, fd: fd, output: output, errors: errors)
  }

  /// Writes `line`; false once the process no longer reads (it ended, or was killed).
  @discardableResult
  func send(_ line: String) -> Bool {
    lock.withLock {
      guard fd >= 0 else { return false }
      let bytes = Array((line + "\n").utf8)
      var written = 0
      while written < bytes.count {
        let count = bytes[written...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        if count < 0, errno == EINTR { continue }
        guard count > 0 else { return false }
        written += count
      }
      sent.append(line)
      return true
    }
  }

  /// Ends the input: the process answers what it has read, then exits.
  func finish() {
    lock.withLock {
      if fd >= 0 { close(fd) }
      fd = -1
    }
  }

  /// Kills the process at once (SIGKILL), unless it was already waited for.
  func kill() {
    lock.withLock {
      if !reaped { Glibc.kill(pid, SIGKILL) }
    }
  }

  /// Waits for the process to end, at most `limit`; past it the process is killed and
  /// `hung` says so. Waits on a thread of its own, not on the test runner's.
  func exit(within limit: Duration) async -> (status: Int32, hung: Bool) {
    await withCheckedContinuation { continuation in
      Thread { [self] in
        let deadline = ContinuousClock.now + limit
        var status: Int32 = 0
        var hung = false
        while waitpid(pid, &status, WNOHANG) == 0 {
          if ContinuousClock.now > deadline, !hung {
            hung = true
            Glibc.kill(pid, SIGKILL)
          }
          usleep(20_000)
        }
        lock.withLock { reaped = true }
        let signal = status & 0x7f
        continuation.resume(returning: (signal == 0 ? (status >> 8) & 0xff : 128 + signal, hung))
      }.start()
    }
  }

  /// The lines sent, and what the process said about them so far.
  var transcript: WriterTranscript {
    WriterTranscript(
      sent: lock.withLock { sent },
      output: (try? String(contentsOf: output, encoding: .utf8)) ?? "",
      errors: (try? String(contentsOf: errors, encoding: .utf8)) ?? "")
  }

  /// True once the process has answered something on standard output (so it has opened the desk).
  var hasAnswered: Bool {
    ((try? FileManager.default.attributesOfItem(atPath: output.path)[.size] as? Int) ?? 0) > 0
  }

  /// Pipes `lines` into a new process, waits for it (at most `limit`), and returns what it said.
  static func once(
    _ lines: [String], name: String, url: String, in scratch: URL, within limit: Duration = .seconds(120)
  ) async throws -> (transcript: WriterTranscript, status: Int32) {
    let writer = try start(name: name, url: url, in: scratch)
    for line in lines { writer.send(line) }
    writer.finish()
    let (status, _) = await writer.exit(within: limit)
    return (writer.transcript, status)
  }
}

/// Runs `body` on a thread of its own and hands back its result: for work that blocks
/// (sleeps, pg_ctl) without taking one of the test runner's few pool threads.
func onThread<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
  await withCheckedContinuation { continuation in
    Thread { continuation.resume(returning: body()) }.start()
  }
}
