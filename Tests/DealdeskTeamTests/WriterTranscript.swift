import Foundation

/// What a piped `dealdesk` process was sent and what it said, read the way a program
/// driving it would: a note is answered when its reply ("N-7: noted for Acme Textiles:
/// TEXT") is on standard output; a line is refused when standard error has
/// "line N: why" for it.
struct WriterTranscript: Sendable {
  /// How the desk dealt with one note line.
  enum Fate: Equatable {
    /// Its reply was shown: it must be on the desk, once.
    case answered
    /// Refused as not saved (or refused for a reason of the desk's): it must not be there.
    case refused
    /// "may or may not have been saved": there once or not at all, never twice.
    case maybeSaved
    /// No word about it (the process was killed first): there once or not at all.
    case unanswered
  }

  let sent: [String]
  let output: String
  let errors: String

  /// The texts of the notes whose reply was shown.
  var answeredNotes: Set<String> {
    var texts: Set<String> = []
    for line in output.split(separator: "\n") where line.hasPrefix("N-") && line.contains(": noted for ") {
      if let colon = line.range(of: ": ", options: .backwards) { texts.insert(String(line[colon.upperBound...])) }
    }
    return texts
  }

  /// How many holds ("R-3: held 20 m …") and offers ("O-2 to Çelik …") were answered.
  var answeredHolds: Int { output.split(separator: "\n").filter { $0.hasPrefix("R-") && $0.contains(": held ") }.count }
  var answeredOffers: Int { output.split(separator: "\n").filter { $0.hasPrefix("O-") && $0.contains(" to ") }.count }

  /// How many lines starting with `command` the desk said may or may not have been saved.
  func maybeSaved(_ command: String) -> Int {
    refusals.filter { number, why in
      why.contains("may or may not have been saved") && sent.indices.contains(number - 1) && sent[number - 1].hasPrefix(command)
    }.count
  }

  /// What standard error said, by line number.
  var refusals: [Int: String] {
    var said: [Int: String] = [:]
    for line in errors.split(separator: "\n") where line.hasPrefix("line ") {
      let rest = line.dropFirst(5)
      if let number = Int(rest.prefix { $0.isNumber }) { said[number] = String(rest.drop { $0.isNumber }.dropFirst(2)) }
    }
    return said
  }

  /// Lines on standard error that are not one refusal each ("line N: why"): a refusal
  /// must come as one message, not as several lines or a driver's log.
  var strayErrors: [String] {
    errors.split(separator: "\n").filter { !$0.hasPrefix("line ") }.map(String.init)
  }

  /// Every note line sent: its text and what became of it.
  var notes: [(text: String, fate: Fate)] {
    let (answered, refusals) = (answeredNotes, refusals)
    return sent.enumerated().compactMap { index, line in
      guard let text = Self.noteText(line) else { return nil }
      let fate: Fate =
        if answered.contains(text) {
          .answered
        } else if let why = refusals[index + 1] {
          why.contains("may or may not have been saved") ? .maybeSaved : .refused
        } else {
          .unanswered
        }
      return (text, fate)
    }
  }

  /// Note lines that got both a reply and a refusal: every line gets one answer.
  var answeredTwice: [String] {
    let refusals = refusals
    let answered = answeredNotes
    return sent.enumerated().compactMap { index, line in
      guard let text = Self.noteText(line), answered.contains(text), refusals[index + 1] != nil else { return nil }
      return text
    }
  }

  /// Refusals because the server could not be reached or broke off (not the desk's own).
  var serverRefusals: Int {
    refusals.values.filter { $0.contains("PostgreSQL") || $0.contains("server") }.count
  }

  /// "note Acme: w0-17" → "w0-17".
  static func noteText(_ line: String) -> String? {
    guard line.hasPrefix("note "), let colon = line.range(of: ": ") else { return nil }
    return String(line[colon.upperBound...])
  }
}
