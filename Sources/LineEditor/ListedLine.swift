import Glibc

/// A line of the candidate list, cut to the screen: a line that wrapped would push the prompt
/// down and leave readline redrawing over the list.
enum ListedLine {
  static func fit(_ text: String, columns: Int) -> String {
    // The last column stays free: some terminals wrap as soon as it is written.
    let room = columns - 1
    guard columns > 1, text.count > room else { return text }
    let mark = isUTF8Locale() ? "…" : "..."
    return String(text.prefix(max(0, room - mark.count))) + mark
  }

  private static func isUTF8Locale() -> Bool {
    guard let name = setlocale(LC_CTYPE, nil) else { return false }
    let locale = String(cString: name).lowercased()
    return locale.contains("utf-8") || locale.contains("utf8")
  }
}
