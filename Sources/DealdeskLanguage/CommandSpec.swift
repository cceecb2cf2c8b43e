import DealdeskCore

/// One command of the language: the words that start it, its grammar, and its help.
/// The same table drives the parser, `help`, `explain` and Tab completion, so they cannot
/// drift apart.
public struct CommandSpec: Sendable {
  public var name: String
  public var family: String
  /// Phrases that open the command ("offer", "quote", "add client").
  public var verbs: [String]
  /// Phrases that follow a client ("Acme counters 15%", "they accept").
  public var subjectVerbs: [String]
  public var summary: String
  public var usage: String
  /// Lines that must parse (a test runs every one).
  public var examples: [String]
  let parse: @Sendable (inout Cursor, _ subject: String?) throws(ParseError) -> Intent

  init(
    name: String, family: String, verbs: [String], subjectVerbs: [String] = [], summary: String,
    usage: String, examples: [String],
    parse: @escaping @Sendable (inout Cursor, _ subject: String?) throws(ParseError) -> Intent
  ) {
    self.name = name
    self.family = family
    self.verbs = verbs
    self.subjectVerbs = subjectVerbs
    self.summary = summary
    self.usage = usage
    self.examples = examples
    self.parse = parse
  }
}
