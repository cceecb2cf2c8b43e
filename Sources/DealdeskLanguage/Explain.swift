/// What `explain` prints: the action understood, its slots, and the words ignored.
public enum Explain {
  public static func render(_ understood: Understood, line: String) -> String {
    var out = ["\(line)", "  action: \(understood.action)"]
    for slot in understood.slots { out.append("  \(slot.name): \(slot.value)") }
    out.append("  ignored: \(understood.ignored.isEmpty ? "nothing" : understood.ignored.joined(separator: ", "))")
    return out.joined(separator: "\n")
  }

  /// A parse error with the line and a caret under the word it is about.
  public static func caret(_ error: ParseError, line: String) -> String? {
    guard let offset = error.offset, offset <= line.count, line.count <= 200 else { return nil }
    return "  \(line)\n  \(String(repeating: " ", count: offset))^"
  }
}
