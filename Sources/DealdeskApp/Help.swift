import DealdeskLanguage

/// `help` and `help COMMAND`, printed from the same command table the parser uses.
enum Help {
  static func render(topic: String?) -> Reply {
    guard let topic else { return Reply(overview()) }
    if let spec = Grammar.spec(named: topic) { return Reply(detail(spec)) }
    let family = Grammar.families.first { $0.lowercased().hasPrefix(topic.lowercased()) }
    if let family { return Reply(familyHelp(family)) }
    let near = Grammar.commands.map(\.name).filter {
      EditDistance.distance(topic.lowercased(), $0, limit: 2) != nil || $0.hasPrefix(topic.lowercased())
    }
    let suggestion = near.isEmpty ? "Type help for the list." : "Did you mean help \(near.joined(separator: ", help "))?"
    return .error("There is no command \"\(topic)\". \(suggestion)")
  }

  private static func overview() -> String {
    var lines = ["What the desk understands (help COMMAND for more; explain LINE shows how a line is read):"]
    for family in Grammar.families {
      lines.append("")
      lines.append(family)
      for spec in Grammar.commands where spec.family == family {
        let name = spec.name.padding(toLength: 18, withPad: " ", startingAt: 0)
        lines.append("  \(name)\(spec.summary)")
      }
    }
    lines.append("")
    lines.append("Names can be short (Acme for Acme Textiles), any case, with or without accents.")
    lines.append("After you name a client, later lines can leave it out: counter 12%, they accept.")
    return lines.joined(separator: "\n")
  }

  private static func familyHelp(_ family: String) -> String {
    ([family] + Grammar.commands.filter { $0.family == family }.map { detail($0) }).joined(separator: "\n\n")
  }

  static func detail(_ spec: CommandSpec) -> String {
    var lines = ["\(spec.name): \(spec.summary)", "  usage: \(spec.usage)"]
    let also = spec.verbs.filter { $0 != spec.name }
    if !also.isEmpty { lines.append("  also: \(also.joined(separator: ", "))") }
    if !spec.subjectVerbs.isEmpty { lines.append("  after a client: \(spec.subjectVerbs.prefix(6).joined(separator: ", "))") }
    lines.append("  examples:")
    for example in spec.examples { lines.append("    \(example)") }
    return lines.joined(separator: "\n")
  }
}
