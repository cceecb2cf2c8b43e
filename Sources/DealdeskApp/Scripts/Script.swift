/// A script read and checked before any line of it runs: its lines in order, each knowing
/// what it is, with the scripts it includes read too. A script that cannot be read, names an
/// unknown directive, expects something of no command or includes itself is refused whole
/// (ScriptLoader), so none of it runs.
struct Script {
  struct Step {
    enum Kind {
      /// A comment or a blank line: shown in a transcript, never run.
      case remark
      /// A command or question, trimmed, for the session.
      case command(String)
      /// `@now …`, trimmed: the session pins its clock.
      case now(String)
      case expect(String)
      case expectError(String?)
      case include(Script)
    }

    /// The line as written, for transcripts.
    let text: String
    /// 1-based, in its own file.
    let number: Int
    let kind: Kind
  }

  /// The file as messages name it: as the manager gave it, or as an including script led to it.
  let name: String
  /// The file's resolved path, the same however it is reached: what cycle detection compares.
  let identity: String
  let steps: [Step]

  /// Whether the command at `index` is marked to fail: an `@expect-error` among the
  /// expectations (and comments) right after it. Looked up before the command's failure
  /// decides whether a replay stops there.
  func failureExpected(after index: Int) -> Bool {
    for step in steps.dropFirst(index + 1) {
      switch step.kind {
      case .remark, .expect: continue
      case .expectError: return true
      case .command, .now, .include: return false
      }
    }
    return false
  }

  /// Commands and expectations, counting included scripts: what a passing check reports.
  var counts: (commands: Int, expectations: Int) {
    steps.reduce(into: (0, 0)) { counts, step in
      switch step.kind {
      case .command: counts.0 += 1
      case .expect, .expectError: counts.1 += 1
      case .include(let inner):
        counts.0 += inner.counts.commands
        counts.1 += inner.counts.expectations
      case .remark, .now: break
      }
    }
  }
}
