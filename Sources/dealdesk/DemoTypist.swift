import Foundation
import Glibc

/// Types a demo's commands as if live: after the prompt, one character at a time at a
/// readable pace, then a short pause before the reply, so an audience can follow.
/// Ctrl-C ends the demo cleanly between any two characters.
struct DemoTypist {
  /// Time per character typed.
  var pace: Duration
  /// The pause between a typed command and its reply.
  var pause: Duration
  /// Wait for Enter before typing each command (the presenter sets the rhythm).
  var step: Bool

  /// Shows `line` typed after `prompt`; false when the demo was stopped.
  func type(_ line: String, prompt: String) -> Bool {
    if step, !waitForEnter() { return false }
    Output.write(prompt)
    for character in line {
      guard !DemoSignal.stopped, sleep(pace) else { return false }
      Output.write(String(character))
    }
    Output.write("\n")
    return !DemoSignal.stopped && sleep(pause)
  }

  /// Reads until Enter; false on Ctrl-C or the end of input.
  private func waitForEnter() -> Bool {
    var byte: UInt8 = 0
    while !DemoSignal.stopped {
      let count = read(STDIN_FILENO, &byte, 1)
      if count == 1, byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { return true }
      if count == 0 { return false }
      if count < 0, errno != EINTR { return false }
    }
    return false
  }

  /// Sleeps in short slices so that Ctrl-C is felt at once; false when it came.
  private func sleep(_ duration: Duration) -> Bool {
    var left = duration
    let slice = Duration.milliseconds(20)
    while left > .zero {
      if DemoSignal.stopped { return false }
      let now = min(left, slice)
      let (seconds, attoseconds) = now.components
      var request = timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000))
      _ = nanosleep(&request, nil)
      left -= now
    }
    return !DemoSignal.stopped
  }
}

/// Ctrl-C during a demo: noted by the signal handler, acted on by the typist. Installed
/// without SA_RESTART so that a read waiting for Enter returns at once.
enum DemoSignal {
  nonisolated(unsafe) private static var flag: sig_atomic_t = 0

  static var stopped: Bool { flag != 0 }

  static func install() {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in DemoSignal.flag = 1 }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(SIGINT, &action, nil)
  }
}
