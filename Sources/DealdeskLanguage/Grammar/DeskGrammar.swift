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
      summary: "What the desk understands, by family; help FAMILY for a family's commands, help COMMAND for one.",
      usage: "help [FAMILY|COMMAND]", examples: ["help", "help offer", "help orders", "what can I say"],
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
      summary: "Write the whole desk as JSON (the documented export format), or one list as CSV, to the screen or a file.",
      usage: "export json [to FILE[, replace it]] | export csv LIST [to FILE[, replace it]] (a file already there is kept unless you say replace it)",
      examples: [
        "export json", "export json to backup.json", "export json to backup.json, replace it", "export csv offers to offers.csv",
        "export csv stock requests",
      ],
      parse: export),
    CommandSpec(
      name: "import", family: family, verbs: ["import"],
      summary: "Add clients or products from a CSV file: every row is checked first; all are taken or none, and one undo takes them back.",
      usage: "import clients|products from FILE.csv",
      examples: ["import clients from clients.csv", "import products from fabrics.csv"],
      parse: importCSV),
    CommandSpec(
      name: "load sample data", family: family, verbs: ["load sample data", "load sample", "load demo data", "sample data"],
      summary: "Load a sample catalog of fabrics, sample clients and a policy, to try the desk; on a desk in use, merge keeps your policy.",
      usage: "load sample data [, merge]", examples: ["load sample data", "load sample data, merge"],
      parse: sampleData),
    CommandSpec(
      name: "run", family: family, verbs: ["run", "replay"],
      summary: "Run a saved command script as one step (one undo takes it back); --sandbox on a copy of the desk, --empty on an empty one, --atomic all or nothing, --keep-going past errors.",
      usage: "run FILE [--sandbox | --empty] [--atomic] [--keep-going]",
      examples: ["run demo.desk", "run demo.desk --sandbox", "run batch.desk --atomic"],
      parse: { c, _ throws(ParseError) in
        var words = c.takeRest().split(separator: " ").map(String.init)
        var options = RunOptions()
        // Options come after the file, as on the command line.
        while let last = words.last, last.hasPrefix("--") {
          switch last.lowercased() {
          case "--sandbox": options.sandbox = true
          case "--empty": options.empty = true
          case "--atomic": options.atomic = true
          case "--keep-going": options.keepGoing = true
          default:
            throw ParseError("run knows --sandbox, --empty, --atomic and --keep-going, not \(last).", suggestion: "e.g. run demo.desk --sandbox")
          }
          words.removeLast()
        }
        let path = words.joined(separator: " ")
        guard !path.isEmpty else { throw ParseError("Run which file?", suggestion: "e.g. run demo.desk") }
        return .desk(.run(path: path, options: options))
      }),
    CommandSpec(
      name: "quit", family: family, verbs: ["quit", "exit", "bye", "q"],
      summary: "Leave the desk; everything is already saved.", usage: "quit", examples: ["quit"],
      parse: { _, _ throws(ParseError) in .desk(.quit) }),
  ]

  /// `load sample data`, or `load sample data, merge` (also "and merge", "into this desk")
  /// for a desk that already holds something: the one word that says the mix is meant.
  static func sampleData(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    let start = c.index
    c.skipPunctuation()
    _ = c.take("and")
    if c.take("merge") || c.takePhrase(["into", "this", "desk"]) {
      _ = c.take("it")
      for i in start..<c.index where c.tokens[i].kind == .word { c.roles[i] = "command" }
      return .desk(.mergeSampleData)
    }
    c.index = start
    return .desk(.loadSampleData)
  }

  static func help(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    c.skipFiller()
    let topic = c.takeRest()
    return .desk(.help(topic: topic.isEmpty ? nil : topic))
  }

  static func export(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    c.skipFiller()
    let format = c.current?.offset
    _ = c.take("as")
    if c.take("csv") { return try exportCSV(&c) }
    let saidJSON = c.take("json")
    c.skipFiller()
    _ = c.takeAny(["into", "in", "as", "file"])
    let (path, replace) = try OutputFileWords.take(&c, example: "export json to backup.json, replace it")
    // JSON is the one format, so a .json file says it too ("export to backup.json").
    guard saidJSON || path.lowercased().hasSuffix(".json") else {
      throw ParseError("Export as what?", suggestion: "The desk exports JSON: export json [to FILE], or one list as CSV: export csv offers [to FILE]", offset: format)
    }
    return .desk(.exportJSON(path: path.isEmpty ? nil : path, replace: replace))
  }

  /// `export csv stock requests to requests.csv`: the list's words run up to "to" or the file.
  static func exportCSV(_ c: inout Cursor) throws(ParseError) -> Intent {
    c.skipFiller()
    let list = takeListName(&c, until: ["to", "into", "in", "as", "file"])
    guard !list.isEmpty else {
      throw c.error("Export which list as CSV?", suggestion: "e.g. export csv offers to offers.csv")
    }
    c.fill("list", list)
    _ = c.takeAny(["to", "into", "in", "as", "file"])
    let (path, replace) = try OutputFileWords.take(&c, example: "export csv \(list) to \(list.lowercased()).csv, replace it")
    return .desk(.exportCSV(list: list, path: path.isEmpty ? nil : path, replace: replace))
  }

  /// "clients to csv", "export orders to csv", "offers as csv to offers.csv": a list, then the
  /// format, then the file if one is named; words after that are left unread (refused).
  static func csvLine(_ c: inout Cursor) throws(ParseError) -> Understood? {
    // Read every line first: passed over unless "csv" is in it.
    guard c.tokens[c.index...].contains(where: { $0.folded == "csv" }) else { return nil }
    var probe = c
    let start = probe.index
    _ = probe.take("export")
    probe.skipFiller()
    let listStart = probe.index
    let list = takeListName(&probe, until: ["to", "as", "in", "into", "csv"])
    // A list is a word or two ("clients", "stock requests"); "explain …" and "try …" wrap a line.
    guard !list.isEmpty, probe.index - listStart <= 2, !["explain", "try"].contains(probe.tokens[listStart].folded),
      probe.takeAny(["to", "as", "in", "into"]) != nil, probe.take("csv") else { return nil }
    c = probe
    for i in start..<listStart { c.roles[i] = "command" }
    c.fill("list", list)
    var path: String?
    var replace = false
    let fileStart = c.index
    if c.takeAny(["to", "into", "file", "as"]) != nil, let file = c.current, file.text.contains(".") || file.text.contains("/") {
      (path, replace) = try OutputFileWords.take(&c, example: "\(list) to csv \(list.lowercased()).csv, replace it")
    } else {
      c.index = fileStart
    }
    c.skipFiller()
    guard c.isAtEnd else { throw c.readButNot() }
    return Understood(intent: .desk(.exportCSV(list: list, path: path, replace: replace)), action: "export csv", client: nil,
                      slots: c.slots, ignored: c.ignored, roles: c.roles)
  }

  /// `import clients from clients.csv`.
  static func importCSV(_ c: inout Cursor, _: String?) throws(ParseError) -> Intent {
    c.skipFiller()
    let list = takeListName(&c, until: ["from", "file"])
    guard !list.isEmpty else {
      throw c.error("Import what?", suggestion: "e.g. import clients from clients.csv (clients or products)")
    }
    c.fill("list", list)
    _ = c.takeAny(["from", "file", "from file"])
    let path = c.takeRest()
    guard !path.isEmpty else {
      throw c.error("Import \(list) from which file?", suggestion: "e.g. import \(list) from \(list.lowercased()).csv")
    }
    return .desk(.importCSV(list: list, path: path))
  }

  /// Words up to one of `stops` or a file name (a word with a dot or slash), as typed.
  private static func takeListName(_ c: inout Cursor, until stops: Set<String>) -> String {
    let start = c.index
    while let token = c.current, token.kind == .word, !stops.contains(token.folded),
      !token.text.contains("."), !token.text.contains("/") {
      c.index += 1
    }
    return c.text(from: start, to: c.index)
  }
}
