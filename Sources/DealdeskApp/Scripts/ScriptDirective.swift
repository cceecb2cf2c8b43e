import DealdeskLanguage

/// A line of a script starting with `@`: an instruction to the replay, not a command.
///
/// - `@now DATE` pins the desk's clock (the session reads it, as it does when typed).
/// - `@expect TEXT`: the reply to the command before must contain TEXT.
/// - `@expect-error [TEXT]`: the command before must fail (with TEXT in the error, if given).
///   Expectations follow the line they check, as a reply does, so a script reads in the
///   order the desk answers; a line that fails as expected does not fail the script.
/// - `@include FILE` replays another script first, FILE relative to the including one.
enum ScriptDirective: Equatable {
  case now
  case expect(String)
  case expectError(String?)
  case include(String)

  /// Every directive, as help and the "unknown directive" error list them.
  static let names = ["@now", "@expect", "@expect-error", "@include"]

  /// Reads a trimmed line that starts with "@"; the error says what is wrong, without a location.
  static func parse(_ line: String) -> Result<ScriptDirective, DirectiveError> {
    let word = line.prefix { !$0.isWhitespace }
    let argument = unquoted(line.dropFirst(word.count).trimmingCharacters(in: .whitespaces))
    switch word.lowercased() {
    case "@now":
      return .success(.now)
    case "@expect":
      guard !argument.isEmpty else {
        return .failure(DirectiveError("@expect needs the text the reply must contain, e.g. @expect within your 12%"))
      }
      return .success(.expect(argument))
    case "@expect-error":
      return .success(.expectError(argument.isEmpty ? nil : argument))
    case "@include":
      guard !argument.isEmpty else {
        return .failure(DirectiveError("@include needs the script to include, e.g. @include setup.desk"))
      }
      return .success(.include(argument))
    default:
      return .failure(DirectiveError(unknown: String(word)))
    }
  }

  /// The answer to a directive other than `@now` typed at the desk (or piped in line by
  /// line), where there is no script to check or include from.
  static func refusedOutsideAScript(_ word: String) -> String {
    switch word.lowercased() {
    case "@expect", "@expect-error", "@include":
      return "\(word) works in a saved script, replayed with run FILE or dealdesk check FILE; typed here it has no script to act in."
    default:
      let message = DirectiveError(unknown: word).message
      return message.prefix(1).uppercased() + message.dropFirst()
    }
  }

  /// `"within your 12%"` → `within your 12%`: quotes are optional, and keep outer spaces.
  private static func unquoted(_ text: String) -> String {
    guard text.count >= 2, text.first == "\"", text.last == "\"" else { return text }
    return String(text.dropFirst().dropLast())
  }
}

/// Why a directive line cannot be read.
struct DirectiveError: Error, Equatable {
  let message: String

  init(_ message: String) { self.message = message }

  /// Names the known directives, and the likely one for a typo (`@expcet` → `@expect`).
  init(unknown word: String) {
    let typed = word.lowercased()
    let close = ScriptDirective.names.compactMap { name in EditDistance.distance(typed, name, limit: 2).map { (name, $0) } }
    let guess = close.min { $0.1 < $1.1 }.map { " Did you mean \($0.0)?" } ?? ""
    message = "unknown directive \(word).\(guess) Directives: \(ScriptDirective.names.joined(separator: ", "))."
  }
}
