import DealdeskCore
import DealdeskLanguage

extension Session {
  /// What a terminal shows when the desk opens: how to begin on a new desk, a one-line
  /// summary on a known one.
  public var banner: String {
    if isNew {
      return "A new desk in \(directory.path).\nType help to see what it understands, or load sample data to try it with a sample catalog."
    }
    let open = desk.offers.values.filter { $0.status.isOpen }.count
    return "Dealdesk · \(desk.clients.count) clients · \(desk.products.count) fabrics · \(open) open offers · help for commands"
  }

  /// Replaces the ambiguous span of `line` with the chosen name in quotes, to run it again.
  public static func resolving(_ line: String, ambiguity: ParseErrorAmbiguity, choice: String) -> String {
    var chars = Array(line)
    let start = max(0, min(ambiguity.offset, chars.count))
    let end = max(start, min(ambiguity.offset + ambiguity.length, chars.count))
    chars.replaceSubrange(start..<end, with: Array("\"\(choice)\""))
    return String(chars)
  }
}

public typealias ParseErrorAmbiguity = DealdeskLanguage.ParseError.Ambiguity
