import Foundation
import Glibc

/// A reply taller than the terminal goes through the manager's pager (`$PAGER`, else
/// `less -FRX`), as git and psql do, so its top does not scroll away. Only at a terminal:
/// pipes and scripts print as they always have.
///
/// Whatever happens to the pager, the reply is never lost: one that cannot be started
/// (not installed, a typo in `$PAGER`) leaves the reply printed directly.
enum Pager {
  /// Prints `drawn` (a reply as `Output` draws it), through the pager when it does not fit the screen.
  static func show(drawn: String) {
    let environment = ProcessInfo.processInfo.environment
    guard let command = command(environment), let screen = TerminalSize.ofStandardOutput(),
      TerminalSize.rows(drawn, columns: screen.columns) > screen.rows - 1  // the prompt needs the last row
    else {
      FileHandle.standardOutput.write(Data(drawn.utf8))
      return
    }
    if !page(drawn, through: command, environment: environment) {
      FileHandle.standardOutput.write(Data(drawn.utf8))
    }
  }

  /// The pager to use: `$PAGER` as the shell reads it, `less -FRX` when unset; nil when set
  /// empty, which (as for git) means no pager.
  /// Not `less` on a terminal that says it cannot move its cursor (`TERM` dumb or unset):
  /// less stops there to warn "terminal is not fully functional" before the reply.
  static func command(_ environment: [String: String]) -> String? {
    guard let given = environment["PAGER"] else {
      let term = environment["TERM"] ?? ""
      return term.isEmpty || term == "dumb" ? nil : "less -FRX"
    }
    return given.trimmingCharacters(in: .whitespaces).isEmpty ? nil : given
  }

  /// Runs the pager with `text` on its standard input and waits for it; false when it could
  /// not be started, so the caller prints the text itself.
  private static func page(_ text: String, through command: String, environment: [String: String]) -> Bool {
    var ends: [Int32] = [-1, -1]
    guard pipe(&ends) == 0 else { return false }
    let (readEnd, writeEnd) = (ends[0], ends[1])
    // The pager gets the read end as its stdin only: a write end left open in it would keep
    // it waiting for more text forever.
    for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    // The pager changes the terminal's modes; whatever becomes of it, readline gets back the
    // modes it expects before the next prompt.
    var saved = termios()
    let haveModes = tcgetattr(STDIN_FILENO, &saved) == 0
    defer { if haveModes { tcsetattr(STDIN_FILENO, TCSADRAIN, &saved) } }
    // A pager quit before the end (q in less) closes the pipe: the write then fails with EPIPE
    // instead of the signal ending the desk.
    let previousPipeHandler = signal(SIGPIPE, SIG_IGN)
    defer { signal(SIGPIPE, previousPipeHandler) }

    guard let pid = spawn(command, stdin: readEnd, environment: environment) else {
      close(readEnd)
      close(writeEnd)
      return false
    }
    close(readEnd)
    writeAll(text, to: writeEnd)
    close(writeEnd)
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let exited = status & 0x7F == 0
    let code = (status >> 8) & 0xFF
    // The shell's "not found" (127) and "cannot run" (126): the pager never saw the text.
    return !(exited && (code == 126 || code == 127))
  }

  /// `sh -c COMMAND` on `stdin`, with the desk's terminal as its output; nil when it cannot start.
  private static func spawn(_ command: String, stdin: Int32, environment: [String: String]) -> pid_t? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, stdin, STDIN_FILENO)

    // Signals the desk ignores or catches are the pager's to handle as it likes.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGPIPE, SIGINT, SIGQUIT, SIGTSTP, SIGWINCH] { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))

    // As git does: less without options of the manager's own quits on a short text, keeps
    // colours and leaves the text on the screen.
    var variables = environment
    if variables["LESS"] == nil { variables["LESS"] = "FRX" }
    let words: [String] = ["/bin/sh", "-c", command]
    let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
    let envp: [UnsafeMutablePointer<CChar>?] = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in argv + envp { free(pointer) } }

    var pid: pid_t = 0
    guard posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, envp) == 0 else { return nil }
    return pid
  }

  private static func writeAll(_ text: String, to fd: Int32) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      if written > 0 {
        bytes = bytes.dropFirst(written)
      } else if written < 0 && errno == EINTR {
        continue
      } else {
        return  // the pager has gone (quit before the end): the rest is not wanted
      }
    }
  }
}
