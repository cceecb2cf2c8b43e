import DealdeskCore
import Foundation

/// Documents as PDF: `document offer O-7`, `pdf invoice S-3`, `print statement Acme`,
/// `document credit note CN-2 to cn2.pdf`, `pdf contract CT-1`.
enum DocumentGrammar {
  static let family = "Documents"

  // `document S-7` alone is the terminal's purchase document (OrderGrammar): "document" is
  // this family's verb only with the kind named after it.
  static let specs: [CommandSpec] = [
    CommandSpec(
      name: "document", family: family, verbs: ["pdf", "print"] + kinds.flatMap { kind in ["document", "pdf", "print"].map { "\($0) \(kind.0)" } },
      summary: "Write a document as PDF into the desk's documents folder (or to FILE.pdf) and print its path: an offer, proforma, invoice, credit note, statement of account or supply contract.",
      usage: "document offer O-7 | pdf invoice S-3 | print statement CLIENT | document credit note CN-2 | pdf proforma S-3 | pdf contract CT-1 [to FILE.pdf[, replace it]]",
      examples: ["document offer O-1", "pdf invoice S-1", "print statement Acme", "document credit note CN-1", "pdf proforma S-2 to proforma.pdf"],
      parse: document),
    CommandSpec(
      name: "documents", family: family, verbs: ["documents", "list documents", "issued documents"],
      summary: "The documents issued, all or one client's: number (DOC-n), kind, date, gross, file, and which an undo voided.",
      usage: "documents [CLIENT]", examples: ["documents", "documents Acme"],
      parse: { c, subject throws(ParseError) in
        c.skipWords(["for", "of", "to"])
        var named = subject
        if named == nil, !c.isAtEnd { named = try c.client() }
        if let named { c.fill("client", c.context.desk.clients[named]?.name ?? named) }
        guard c.isAtEnd else { throw c.unexpected(kinds: .clients) }
        return .desk(.listDocuments(client: named))
      }),
  ]

  /// The words naming each kind, longest first so "credit note" is read before "credit".
  private static let kinds: [(String, DocumentWanted)] = [
    ("commercial offer", .offer), ("proforma invoice", .proforma), ("pro forma invoice", .proforma), ("pro forma", .proforma),
    ("statement of account", .statement), ("account statement", .statement), ("credit note", .creditNote),
    ("supply contract", .contract), ("contract", .contract),
    ("offer", .offer), ("quote", .offer), ("proforma", .proforma), ("invoice", .invoice), ("statement", .statement),
  ]

  /// The kind the verb itself named ("document credit note"), read from its last words.
  private static func kindInVerb(_ c: Cursor) -> DocumentWanted? {
    for (phrase, kind) in kinds {
      let words = phrase.split(separator: " ").map(String.init)
      guard c.index >= words.count + 1 else { continue }
      let said = c.tokens[(c.index - words.count)..<c.index].map(\.folded)
      if said == words { return kind }
    }
    return nil
  }

  static func document(_ c: inout Cursor, _ subject: String?) throws(ParseError) -> Intent {
    let example = "pdf invoice S-3"
    // Before any filler is passed: the verb's own last words may name the kind.
    let inVerb = kindInVerb(c)
    c.skipFiller()
    guard let kind = inVerb ?? kinds.first(where: { c.takePhrase($0.0.split(separator: " ").map(String.init)) })?.1 else {
      throw c.error("Which document?", suggestion: "An offer, proforma, invoice, credit note, statement or contract, e.g. \(example)")
    }
    c.fill("document", kind.rawValue)
    if kind == .statement { _ = c.take("of", "account") }
    c.skipWords(["for", "of", "on"])
    let reference: String
    if kind == .statement {
      var named = subject
      if named == nil { named = try c.client() }
      reference = try c.clientOrContext(named, example: "print statement Acme")
      c.fill("client", c.context.desk.clients[reference]?.name ?? reference)
    } else {
      guard let token = c.current, token.kind == .word, token.folded != "to" else {
        throw c.error("Which \(kind == .creditNote ? "credit note" : kind.rawValue)?", suggestion: "Name it by its number, e.g. \(example)")
      }
      reference = token.text.uppercased()
      c.roles[c.index] = "record"
      c.index += 1
      c.fill("record", reference)
    }
    var path: String?
    var replace = false
    if c.take("to") || c.take("into") || c.take("as") {
      let file = try OutputFileWords.take(&c, example: "\(example) to invoice.pdf, replace it")
      guard !file.path.isEmpty else { throw c.error("To which file?", suggestion: "e.g. \(example) to invoice.pdf") }
      (path, replace) = (file.path, file.replace)
    }
    guard c.isAtEnd else { throw c.unexpected(kinds: []) }
    return .desk(.printDocument(kind: kind, reference: reference, path: path, replace: replace))
  }
}
