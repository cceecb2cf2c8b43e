import Foundation

/// A session as a reader sees it: each command after a prompt mark, then its reply.
/// Comments and blank lines are kept, so a transcript reads like the script it came from.
public enum Transcript {
  public static func record(_ script: String, in session: Session) -> String {
    var out: [String] = []
    for line in ScriptRunner.lines(of: script) {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("@") {
        let reply = session.handle(trimmed)
        out.append(line)
        if reply.isError { out.append("error: \(reply.text)") }
        continue
      }
      out.append("> \(line)")
      let reply = session.handle(line)
      if !reply.text.isEmpty { out.append(reply.isError ? "error: \(reply.text)" : reply.text) }
    }
    while out.last == "" { out.removeLast() }
    return out.joined(separator: "\n") + "\n"
  }
}
