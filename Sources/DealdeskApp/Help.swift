import DealdeskLanguage

/// `help`, `help FAMILY` and `help COMMAND`, printed from the same command table the parser
/// uses. The overview fits one 80 × 24 screen, so a manager never loses its top; each
/// family's page goes deeper, and a command's page has its examples.
enum Help {
  /// The width the overview is laid out for: the narrowest terminal a manager is likely to use.
  static let width = 80

  static func render(topic: String?) -> Reply {
    guard let topic = topic.map(Fold.fold), !topic.isEmpty else { return Reply(overview()) }
    switch HelpTopic.resolve(topic) {
    case .family(let family): return Reply(familyPage(family))
    case .command(let spec): return Reply(detail(spec))
    case .unknown(let near):
      let suggestion =
        near.isEmpty
        ? "Type help for the families."
        : "Did you mean \(near.map { "help \($0)" }.joined(separator: ", "))?"
      return .error("There is no command or family \"\(topic)\". \(suggestion)")
    }
  }

  static func overview() -> String {
    var lines = [
      "What the desk understands, by family. help FAMILY lists a family's commands",
      "(help offers); help COMMAND shows one with its examples (help counter).",
      "",
    ]
    let keys = Grammar.families.map(HelpTopic.key)
    let keyWidth = (keys.map(\.count).max() ?? 0) + 2
    for (family, key) in zip(Grammar.families, keys) {
      let lead = "  " + key.padding(toLength: keyWidth, withPad: " ", startingAt: 0)
      let names = Grammar.commands.filter { $0.family == family }.map(\.name)
      lines.append(lead + fitting(names, in: width - lead.count))
    }
    lines += [
      "",
      "Names can be short (Acme for Acme Textiles), any case, with or without accents.",
      "After you name a client, later lines can leave it out: counter 12%, they accept.",
      "explain LINE shows how the desk reads a line, changing nothing.",
    ]
    return lines.joined(separator: "\n")
  }

  /// As many names as fit in `room` columns, then how many more there are: a cut list says
  /// so in words, never with a symbol a plain-ASCII terminal would have to redraw.
  static func fitting(_ names: [String], in room: Int) -> String {
    for shown in stride(from: names.count, through: 1, by: -1) {
      let more = names.count - shown
      let text = names.prefix(shown).joined(separator: ", ") + (more > 0 ? " (and \(more) more)" : "")
      if text.count <= room { return text }
    }
    return names.first ?? ""
  }

  static func familyPage(_ family: String) -> String {
    var lines = ["\(family) (help COMMAND for a command's other words and examples):"]
    for spec in Grammar.commands where spec.family == family {
      lines.append("")
      lines.append("  \(spec.name): \(spec.summary)")
      lines.append("      \(spec.usage)")
      if let example = spec.examples.first { lines.append("      e.g. \(example)") }
    }
    return wrapped(lines).joined(separator: "\n")
  }

  static func detail(_ spec: CommandSpec) -> String {
    var lines = ["\(spec.name): \(spec.summary)", "  usage: \(spec.usage)"]
    let also = spec.verbs.filter { $0 != spec.name }
    if !also.isEmpty { lines.append("  also: \(also.joined(separator: ", "))") }
    if !spec.subjectVerbs.isEmpty { lines.append("  after a client: \(spec.subjectVerbs.prefix(6).joined(separator: ", "))") }
    lines.append("  examples:")
    for example in spec.examples { lines.append("    \(example)") }
    lines.append("  family: \(spec.family) (help \(HelpTopic.key(spec.family)))")
    return wrapped(lines).joined(separator: "\n")
  }

  /// Lines broken at spaces to fit `width`, each one's continuation indented two more than
  /// it: a pager or a terminal would otherwise cut a long usage mid-word.
  static func wrapped(_ lines: [String]) -> [String] {
    lines.flatMap { line -> [String] in
      let indent = line.prefix { $0 == " " }.count
      let hanging = String(repeating: " ", count: indent + 2)
      var out: [String] = []
      var current = String(repeating: " ", count: indent)
      var hasWord = false
      for word in line.dropFirst(indent).split(separator: " ", omittingEmptySubsequences: false) {
        let longer = hasWord ? current + " " + word : current + word
        if hasWord, !word.isEmpty, columns(longer) > width - 1 {
          out.append(String(current.reversed().drop { $0 == " " }.reversed()))
          current = hanging + word
        } else {
          current = longer
        }
        hasWord = true
      }
      return out + [current]
    }
  }

  /// Columns a help line takes however it is drawn: "…" is three dots in a plain-ASCII locale.
  private static func columns(_ line: String) -> Int {
    line.count + 2 * line.filter { $0 == "…" }.count
  }
}
