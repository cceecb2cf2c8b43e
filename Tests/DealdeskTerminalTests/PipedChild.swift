import Foundation
import Glibc

/// The real dealdesk reading lines from a pipe, with its replies read as they come, so a
/// test can kill it at any moment and know exactly which answers had been printed.
final class PipedChild {
  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  private let errors = Pipe()
  /// Everything printed on standard output so far.
  private(set) var printed: [UInt8] = []

  init(binary: URL, arguments: [String], environment: [String: String]) throws {
    // A write to a child that was just killed must fail with EPIPE, not kill the tests.
    signal(SIGPIPE, SIG_IGN)
    process.executableURL = binary
    process.arguments = arguments
    process.environment = environment
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    // Other tests start processes at the same time; one that inherited an end of these
    // pipes would hold them open after this child dies.
    for pipe in [input, output, errors] {
      _ = fcntl(pipe.fileHandleForReading.fileDescriptor, F_SETFD, FD_CLOEXEC)
      _ = fcntl(pipe.fileHandleForWriting.fileDescriptor, F_SETFD, FD_CLOEXEC)
    }
    try process.run()
  }

  deinit {
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
  }

  /// Sends lines; they must fit the pipe's buffer (64 KiB), so this never blocks. False
  /// when the child is gone.
  @discardableResult
  func send(_ lines: [String]) -> Bool {
    let bytes = Array(lines.map { $0 + "\n" }.joined().utf8)
    var done = 0
    let fd = input.fileHandleForWriting.fileDescriptor
    while done < bytes.count {
      let n = bytes[done...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { return false }
      done += n
    }
    return true
  }

  /// Reads what is printed until `enough` says so, the child closes its output, or
  /// `timeout` passes. Returns false on timeout.
  func read(until enough: ([UInt8]) -> Bool, timeout: Duration = .seconds(20)) -> Bool {
    Self.read(output.fileHandleForReading.fileDescriptor, into: &printed, until: enough, timeout: timeout)
  }

  private static func read(
    _ fd: Int32, into printed: inout [UInt8], until enough: ([UInt8]) -> Bool, timeout: Duration
  ) -> Bool {
    let deadline = ContinuousClock.now + timeout
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while !enough(printed) {
      let left = deadline - ContinuousClock.now
      guard left > .zero else { return false }
      var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
      let milliseconds = Int32(min(left.components.seconds * 1000 + 1, 1000))
      let ready = poll(&poller, 1, milliseconds)
      if ready < 0 && errno == EINTR { continue }
      guard ready > 0 else { continue }
      let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { return true }  // closed: the child has ended
      printed.append(contentsOf: buffer[0..<n])
    }
    return true
  }

  /// SIGKILL: no chance to finish a write, close a file or flush anything.
  func killNow() {
    kill(process.processIdentifier, SIGKILL)
  }

  /// Waits for the child to end; what it printed after the last `read` is collected too,
  /// since it was printed (the kill cannot take back bytes already in the pipe).
  func finish() -> (status: Int32, errors: String) {
    process.waitUntilExit()
    _ = read(until: { _ in false }, timeout: .seconds(5))
    try? input.fileHandleForWriting.close()
    var errorBytes: [UInt8] = []
    _ = Self.read(errors.fileHandleForReading.fileDescriptor, into: &errorBytes, until: { _ in false }, timeout: .seconds(5))
    return (process.terminationStatus, String(decoding: errorBytes, as: UTF8.self))
  }

  var printedText: String { String(decoding: printed, as: UTF8.self) }
}
