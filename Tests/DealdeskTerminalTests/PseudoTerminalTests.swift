import Foundation
import Glibc
import Testing

/// The harness itself, driven with programs that surely exist.
@Suite struct PseudoTerminalTests {
  @Test func catEchoesALineAndEndsOnCtrlD() throws {
    let terminal = try PseudoTerminal("/bin/cat")
    try terminal.send("hello\r")
    // The terminal echoes the typed line, then cat prints it back.
    try terminal.expect("hello\r\nhello\r\n")
    try terminal.send("\u{04}")
    #expect(try terminal.waitForExit() == 0)
  }

  @Test func theProgramSeesATerminalAndTheEnvironment() throws {
    let script = #"[ -t 0 ] && [ -t 1 ] && echo "tty:$TERM:$LANG:$INPUTRC:$EXTRA"; exit 3"#
    let terminal = try PseudoTerminal("/bin/sh", ["-c", script], environment: ["EXTRA": "ë"])
    try terminal.expect("tty:dumb:C.UTF-8:/dev/null:ë")
    #expect(try terminal.waitForExit() == 3)
  }

  @Test func expectConsumesOutputUpToTheMatch() throws {
    let terminal = try PseudoTerminal("/bin/sh", ["-c", "echo one; echo one; echo two"])
    try terminal.expect("one")
    let second = try terminal.expect("one")
    #expect(second == "\r\none")
    #expect(try terminal.expect("two") == "\r\ntwo")
    #expect(try terminal.waitForExit() == 0)
  }

  @Test func aTimeoutShowsTheScreen() throws {
    let terminal = try PseudoTerminal("/bin/sh", ["-c", "echo ready; printf '\\033[1mbold'; exec sleep 30"])
    try terminal.expect("bold")
    let error = try #require(throws: PseudoTerminal.Failure.self) {
      try terminal.expect("never printed", timeout: .milliseconds(200))
    }
    #expect(error.description.contains("\"never printed\""))
    #expect(error.description.contains("ready\n\\e[1mbold"))
  }

  @Test func theEndOfTheProgramIsNotATimeout() throws {
    let terminal = try PseudoTerminal("/bin/sh", ["-c", "echo bye"])
    let error = try #require(throws: PseudoTerminal.Failure.self) {
      try terminal.expect("never printed", timeout: .seconds(10))
    }
    #expect(error.description.contains("closed the terminal"))
    #expect(try terminal.waitForExit() == 0)
  }

  @Test func aSignalIsReportedAs128PlusItsNumber() throws {
    let terminal = try PseudoTerminal("/bin/sh", ["-c", "echo up; exec sleep 30"])
    try terminal.expect("up")
    kill(terminal.pid, SIGTERM)
    #expect(try terminal.waitForExit() == 128 + SIGTERM)
  }

  @Test func goingAwayKillsTheWholeProcessGroup() throws {
    var pid: pid_t = 0
    do {
      // sh waits for sleep: killing sh alone would leave sleep running.
      let terminal = try PseudoTerminal("/bin/sh", ["-c", "sleep 30 & echo $!; wait"])
      let output = try terminal.expect("\n")
      pid = try #require(pid_t(output.trimmingCharacters(in: .whitespacesAndNewlines)))
      #expect(isRunning(pid))
    }
    // sleep is not our child: it may take a moment to die.
    let deadline = ContinuousClock.now + .seconds(5)
    while isRunning(pid) && ContinuousClock.now < deadline { usleep(10_000) }
    #expect(!isRunning(pid))
  }
}

/// Alive, and not a zombie (a container's init may never reap orphans).
private func isRunning(_ pid: pid_t) -> Bool {
  guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
    let state = stat.split(separator: ")").last?.dropFirst().first
  else { return false }
  return state != "Z"
}
