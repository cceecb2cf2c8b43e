import Foundation
import Glibc

/// Runs a program on a pseudo-terminal, the way a user at a terminal would, so tests
/// can type keys (`send`) and wait for what the program prints (`expect`).
///
/// Reading is synchronous (poll), so a test never races the program. The child runs in
/// its own session with the pty as its controlling terminal; it is killed (with its
/// whole process group) when the `PseudoTerminal` goes away, so none is left running.
final class PseudoTerminal {
  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  let pid: pid_t
  private let master: Int32
  /// Output not yet consumed by `expect`.
  private var unread: [UInt8] = []
  /// Everything the program printed so far.
  private var transcript: [UInt8] = []
  private var exitStatus: Int32?

  /// Starts `executable` with `arguments` on a new pty of `columns` × `rows`.
  /// The environment is PATH plus TERM=dumb (no bracketed paste, no colours),
  /// LANG=C.UTF-8 and INPUTRC=/dev/null (no user key bindings), plus `environment`
  /// (which may override those).
  init(
    _ executable: String, _ arguments: [String] = [], environment: [String: String] = [:],
    columns: UInt16 = 200, rows: UInt16 = 50
  ) throws {
    var variables = [
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
      "TERM": "dumb", "LANG": "C.UTF-8", "INPUTRC": "/dev/null",
    ]
    variables.merge(environment) { _, caller in caller }

    // Everything the child needs is built before fork: after fork, only exec.
    let argv = CStrings([executable] + arguments)
    let envp = CStrings(variables.map { "\($0.key)=\($0.value)" })
    guard let program = argv.pointers[0] else { throw Failure(description: "strdup failed") }
    var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    var master: Int32 = -1

    let pid = forkpty(&master, nil, nil, &size)
    if pid == 0 {
      // The child. Undo what the test runner may have set: blocked or ignored signals.
      var noSignals = sigset_t()
      sigemptyset(&noSignals)
      sigprocmask(SIG_SETMASK, &noSignals, nil)
      signal(SIGINT, SIG_DFL)
      signal(SIGQUIT, SIG_DFL)
      signal(SIGPIPE, SIG_DFL)
      closefrom(3)  // other tests' ptys
      execve(program, argv.pointers, envp.pointers)
      _exit(127)
    }
    guard pid > 0 else {
      throw Failure(description: "forkpty failed: \(String(cString: strerror(errno)))")
    }
    _ = fcntl(master, F_SETFD, FD_CLOEXEC)
    self.pid = pid
    self.master = master
  }

  deinit {
    if exitStatus == nil {
      kill(-pid, SIGKILL)  // the child leads its own process group
      kill(pid, SIGKILL)
      var status: Int32 = 0
      waitpid(pid, &status, 0)
    }
    close(master)
  }

  /// Types `keys`: text, "\r" for Enter, "\t" for Tab, "\u{03}" for Ctrl-C,
  /// "\u{04}" for Ctrl-D, "\u{1B}[A" for Up, "\u{7F}" for Backspace.
  func send(_ keys: String) throws {
    var bytes = Array(keys.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
      if written > 0 {
        bytes = bytes.dropFirst(written)
      } else if errno != EINTR && errno != EAGAIN {
        throw failure("cannot type \(keys.debugDescription): \(String(cString: strerror(errno)))")
      }
    }
  }

  /// Resizes the terminal as a user dragging its window does: the kernel records the new
  /// size and sends the program SIGWINCH.
  func resize(columns: UInt16, rows: UInt16 = 50) {
    var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
  }

  /// Waits until the program has printed `text` and returns the output up to and
  /// including it; the next `expect` looks only at what comes after.
  /// On timeout (or if the program closes the terminal first) it throws an error
  /// that shows the whole screen so far.
  @discardableResult
  func expect(_ text: String, timeout: Duration = .seconds(10)) throws -> String {
    let wanted = Array(text.utf8)
    let deadline = ContinuousClock.now + timeout
    while true {
      if let match = unread.firstRange(of: wanted) {
        let consumed = unread[..<match.upperBound]
        unread.removeFirst(match.upperBound)
        return String(decoding: consumed, as: UTF8.self)
      }
      let remaining = deadline - .now
      guard remaining > .zero else {
        throw failure("timed out after \(timeout) waiting for \(text.debugDescription)")
      }
      if readOutput(waitingAtMost: remaining) == .closed {
        throw failure("the program closed the terminal before printing \(text.debugDescription)")
      }
    }
  }

  /// Waits for the program to end (reading its output meanwhile, so it never blocks
  /// on a full pty) and returns its exit status; 128 + n if signal n killed it.
  @discardableResult
  func waitForExit(timeout: Duration = .seconds(10)) throws -> Int32 {
    if let exitStatus { return exitStatus }
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
      var status: Int32 = 0
      if waitpid(pid, &status, WNOHANG) == pid {
        let signal = status & 0x7F
        let code = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        exitStatus = code
        return code
      }
      if readOutput(waitingAtMost: .milliseconds(20)) == .closed {
        usleep(10_000)
      }
    }
    throw failure("timed out after \(timeout) waiting for the program to exit")
  }

  /// Everything printed so far, made readable: \r dropped, escapes shown as \e.
  var screen: String {
    var text = ""
    for scalar in String(decoding: transcript, as: UTF8.self).unicodeScalars {
      switch scalar {
      case "\r": continue
      case "\n", "\t": text.unicodeScalars.append(scalar)
      case "\u{1B}": text += "\\e"
      case "\u{07}": text += "\\a"
      case "\u{08}": text += "\\b"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        text += "\\u{\(String(scalar.value, radix: 16))}"
      default: text.unicodeScalars.append(scalar)
      }
    }
    return text
  }

  private func failure(_ what: String) -> Failure {
    Failure(description: "\(what)\n----- screen so far -----\n\(screen)\n-------------------------")
  }

  private enum ReadResult { case read, nothing, closed }

  private func readOutput(waitingAtMost timeout: Duration) -> ReadResult {
    let (seconds, attoseconds) = timeout.components
    let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1
    var ready = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    guard poll(&ready, 1, Int32(clamping: milliseconds)) > 0 else { return .nothing }
    var chunk = [UInt8](repeating: 0, count: 4096)
    let count = read(master, &chunk, chunk.count)
    if count > 0 {
      unread += chunk[..<count]
      transcript += chunk[..<count]
      return .read
    }
    // Linux reports EIO once the program has closed its side of the pty.
    return count == 0 || errno == EIO ? .closed : .nothing
  }
}

/// A NULL-terminated array of C strings that lives as long as this value.
private final class CStrings {
  let pointers: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
  private let count: Int

  init(_ strings: [String]) {
    count = strings.count
    pointers = .allocate(capacity: count + 1)
    for (index, string) in strings.enumerated() { pointers[index] = strdup(string) }
    pointers[count] = nil
  }

  deinit {
    for index in 0..<count { free(pointers[index]) }
    pointers.deallocate()
  }
}
