import DealdeskCore

/// The desk itself: undo and redo, help, explain, export, sample data, scripts, quit.
enum DeskGrammar {
  static let family = "The desk itself"

  static let specs: [CommandSpec] = [
    CommandSpec(
      name: "undo", family: family, verbs: ["undo", "oops", "undo that", "take that back"],
      summary: "Take back the last change.", usage: "undo", examples: ["undo"],
      parse: { _, _ throws(ParseError) in .desk(.undo) }),
    CommandSpec(
      name: "redo", family: family, verbs: ["redo"],
      summary: "Put back what undo took back.", usage: "redo", examples: ["redo"],
      parse: { _, _ throws(ParseError) in .desk(.redo) }),
    CommandSpec(
      name: "help", family: family, verbs: ["help", "what can i say", "commands"],
      summary: "What the desk understands; help COMMAND for one command.",
      usage: "help [COMMAND]", examples: ["help", "help offer", "what can I say"],
      parse: help),
    CommandSpec(
      name: "explain", family: family, verbs: ["explain"],
      summary: "Show how a line is understood, changing nothing.",
      usage: "explain LINE", examples: ["explain offer Acme 10% on fabric"],
      parse: { c, _ throws(ParseError) in
        let line = c.takeRest()
        guard !line.isEmpty else { throw ParseError("Explain which line?", suggestion: "e.g. explain offer Acme 10% on linen") }
        return .desk(.explain(line: line))
      }),
    CommandSpec(
      name: "export", family: family, verbs: ["export"],
      summary: "Write the whole desk as JSON (the documented export format), to the screen or a file.",
      usage: "export json [to FILE]", examples: ["export json", "export json to backup.json"],
      parse: export),
    CommandSpec(
      name: "load sample data", family: family, verbs: ["load sample data", "load sample", "load demo data", "sample data"],
      summary: "Load a sample catalog of fabrics, sample clients and a policy, to try the desk.",
      usage: "load sample data", examples: ["load sample data"],
      parse: { _, _ throws(ParseError) in .desk(.loadSampleData) }),
    CommandSpec(
      name: "run", family: family, verbs: ["run", "replay"],
      summary: "Run a saved command script (one command per line; # comments; @now pins the clock).",
      usage: "run FILE", examples: ["run demo.desk"],
      parse: { c, _ throws(ParseError) in
        let path = c.takeRest()
        guard !path.isEmpty else { throw ParseError("Run which file?", suggestion: "e.g. run demo.desk") }
        return .desk(.run(path: path))
      }),
    CommandSpec(
      name: "quit", family: family, verbs: ["quit", "exit", "bye", "q"],
      summary: "Leave the desk; everything is already saved.", usage: "quit", examples: ["quit"],
      parse: { _, _ throws(ParseError) in .desk(.quit) }),
  ]

  static func help(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    c.skipFiller()
    let topic = c.takeRest()
    return .desk(.help(topic: topic.isEmpty ? nil : topic))
  }

  static func export(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    c.skipFiller()
    let format = c.current?.offset
    _ = c.take("as")
    let saidJSON = c.take("json")
    c.skipFiller()
    _ = c.takeAny(["into", "in", "as", "file"])
    let path = c.takeRest()
    // JSON is the one format, so a .json file says it too ("export to backup.json").
    guard saidJSON || path.lowercased().hasSuffix(".json") else {
      throw ParseError("Export as what?", suggestion: "The desk exports JSON: export json [to FILE]", offset: format)
    }
    return .desk(.exportJSON(path: path.isEmpty ? nil : path))
  }
}
