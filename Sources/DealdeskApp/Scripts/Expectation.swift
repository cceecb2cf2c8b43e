/// What `@expect` and `@expect-error` ask of the command before them, and why it was not so.
enum Expectation: Equatable {
  /// `@expect TEXT`: the command succeeded and its reply contains TEXT (as written, case and all).
  case contains(String)
  /// `@expect-error [TEXT]`: the command failed, with TEXT in the error if given.
  case fails(String?)

  /// The command an expectation looks at.
  struct Subject {
    let line: String
    let number: Int
    let reply: Reply
    /// It failed without an `@expect-error`: already reported, not checked again.
    let alreadyFailed: Bool
  }

  /// Replies longer than this are cut in a message: enough to see what came instead.
  static let shownReplyLines = 12

  /// Why the subject does not meet the expectation, or nil when it does.
  func unmet(by subject: Subject) -> String? {
    let command = "line \(subject.number) (\(subject.line))"
    let reply = subject.reply
    switch self {
    case .contains(let text):
      if reply.isError {
        return "@expect \"\(text)\": \(command) failed, so there is no reply to look in. The error was:\n\(Self.quoted(reply.text))"
      }
      guard !reply.text.contains(text) else { return nil }
      return "@expect \"\(text)\": the reply to \(command) does not contain it. The reply was:\n\(Self.quoted(reply.text))"
    case .fails(let text):
      guard reply.isError else {
        return "@expect-error: \(command) was expected to fail, but it succeeded:\n\(Self.quoted(reply.text))"
      }
      guard let text, !reply.text.contains(text) else { return nil }
      return "@expect-error \"\(text)\": \(command) failed, but the error does not say that. It was:\n\(Self.quoted(reply.text))"
    }
  }

  /// The reply indented under the message, cut after `shownReplyLines` lines.
  static func quoted(_ text: String) -> String {
    if text.isEmpty { return "    (nothing)" }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    var shown = lines.prefix(shownReplyLines).map { "    " + $0 }
    if lines.count > shownReplyLines { shown.append("    … \(lines.count - shownReplyLines) more lines") }
    return shown.joined(separator: "\n")
  }
}
