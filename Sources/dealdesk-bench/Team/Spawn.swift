import Foundation
import Glibc

/// Child programs started with posix_spawn and waited for with waitpid: the team bench
/// starts several writers at once and must be able to kill each by its pid on Ctrl-C,
/// which Foundation's Process does not make easy. Standard input from a file, output and
/// errors appended to files.
enum Spawn {
  struct Failure: Error, CustomStringConvertible { let description: String }

  static func start(
    _ command: [String], environment: [String], input: String = "/dev/null", output: String, errors: String? = nil
  ) throws(Failure) -> pid_t {
    guard let program = command.first else { throw Failure(description: "Nothing to start.") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_APPEND, 0o666)
    if let errors {
      posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_APPEND, 0o666)
    } else {
      posix_spawn_file_actions_adddup2(&actions, 1, 2)
    }
    let argv = command.map { strdup($0) } + [nil]
    let envp = environment.map { strdup($0) } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, program, &actions, nil, argv, envp)
    guard result == 0 else { throw Failure(description: "Could not start \(program): \(String(cString: strerror(result)))") }
    return pid
  }

  /// The exit status, or 128 + the signal that ended it; -1 when it was already waited
  /// for (the Ctrl-C handler reaps the writers it kills).
  static func wait(_ pid: pid_t) -> Int32 {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 {
      if errno != EINTR { return -1 }
    }
    let signal = status & 0x7f
    return signal == 0 ? (status >> 8) & 0xff : 128 + signal
  }

  /// Runs `command` to its end with output to `log`; its status.
  @discardableResult
  static func run(_ command: [String], environment: [String], log: String) throws(Failure) -> Int32 {
    wait(try start(command, environment: environment, output: log))
  }

  /// This program's own path, to start it again in a worker mode.
  static var me: String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
  }

  /// The environment as `NAME=value` lines, for a child that should see what this process sees.
  static var inherited: [String] { ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" } }
}
