import DealdeskCore
import Foundation

/// VAT and tax details, read after `set`: the company's own (`set company tax number
/// L12345678A`), the rate table (`set vat 20%`), and a client's (`set Çelik tax number …`,
/// `set Çelik address …`, `set Çelik vat export`).
enum TaxGrammar {
  static let specs: [CommandSpec] = [
    CommandSpec(
      name: "company", family: SettingsGrammar.family,
      verbs: ["company", "company details", "our company", "our details", "tax details", "vat rates", "vat rate"],
      summary: "The company's name, address, tax number and IBAN as its documents print them, and the VAT rates (set them with `set company …` and `set vat N%`).",
      usage: "company", examples: ["company", "vat rates"],
      parse: { c, _ throws(ParseError) in
        c.skipFiller()
        guard c.isAtEnd else { throw c.unexpected() }
        return .question(.company)
      }),
  ]

  static let examples = [
    "set company name Tekstil Adriatik sh.p.k.", "set company address Rruga e Durrësit 12, Tiranë",
    "set company tax number L12345678A", "set company iban AL47 2121 1009 0000 0002 3569 8741", "set vat 20%",
    "set Acme tax number K91234567B", "set Acme address Rruga e Kavajës 5, Tiranë", "set Acme vat export",
  ]

  static let usage = "set company name|address|tax number|iban TEXT   set vat N%   set CLIENT tax number|address TEXT   set CLIENT vat export|standard"

  private static let taxNumberWords = ["tax number", "tax no", "tax id", "nipt", "nuis", "vat number", "vat no", "vat id"]
  private static let addressWords = ["billing address", "address"]
  private static let ibanWords = ["iban", "bank account"]

  /// The words that say a line sets a tax detail, so a client name the desk does not know
  /// before them is refused by name rather than as a setting it is not.
  static let detailWords: Set<String> = ["tax", "nipt", "nuis", "vat", "address", "iban"]

  /// After "company": which detail, then its text to the end of the line.
  static func company(_ c: inout Cursor) throws(ParseError) -> Intent {
    c.skipFiller()
    let field: CompanyField
    if c.takeAny(taxNumberWords) != nil {
      field = .taxNumber
    } else if c.takeAny(ibanWords) != nil {
      field = .iban
    } else if c.takeAny(addressWords) != nil {
      field = .address
    } else if c.take("name") {
      field = .name
    } else {
      throw c.error("Set which of the company's details?", suggestion: "its name, address, tax number or iban, e.g. set company tax number L12345678A")
    }
    _ = c.takeAny(["to", "is"])
    c.skipPunctuation()
    guard !c.isAtEnd else {
      let example = ["name": examples[0], "address": examples[1], "taxNumber": examples[2], "iban": examples[3]][field.rawValue] ?? examples[2]
      throw c.error("What is the company's \(field.label)?", suggestion: "e.g. \(example)")
    }
    let value = c.takeRest()
    c.fill("company \(field.label)", value)
    var change = SettingsChange()
    change.company = CompanyDetailChange(field: field, value: value)
    return .command(.changeSettings(change))
  }

  /// After "vat" (or "standard vat"): the standard rate, "set vat 20%", "set vat rate to 18%".
  static func rate(_ c: inout Cursor) throws(ParseError) -> Intent {
    c.skipFiller()
    _ = c.takeAny(["standard rate", "rate", "standard"])
    c.skipFiller()
    _ = c.takeAny(["to", "is", "at"])
    guard let (percent, n) = PercentScanner.scan(c.tokens, at: c.index) ?? NumberScanner.scan(c.tokens, at: c.index) else {
      throw c.error("What standard rate of VAT?", suggestion: "e.g. set vat 20% (a client's own: set Acme vat export)")
    }
    c.index += n
    c.fill("standard VAT", "\(Money.trimmed(percent))%")
    var change = SettingsChange()
    change.vatStandardPercent = percent
    return .command(.changeSettings(change))
  }

  /// After a client: their tax number, billing address or VAT treatment; nil when the words
  /// that follow are none of those.
  static func client(_ c: inout Cursor, client id: String) throws(ParseError) -> Intent? {
    let name = c.context.desk.clients[id]?.name ?? id
    let whose = name.hasSuffix("s") ? name + "'" : name + "'s"
    let change: ClientTaxChange
    if c.takeAny(taxNumberWords) != nil {
      _ = c.takeAny(["to", "is"])
      c.skipPunctuation()
      guard !c.isAtEnd else { throw c.error("What is \(whose) tax number?", suggestion: "e.g. set \(name) tax number K91234567B") }
      let number = c.takeRest()
      c.fill("tax number", number)
      change = .taxNumber(number)
    } else if c.takeAny(addressWords) != nil {
      _ = c.takeAny(["to", "is"])
      c.skipPunctuation()
      guard !c.isAtEnd else { throw c.error("What is \(whose) address?", suggestion: "e.g. set \(name) address Rruga e Kavajës 5, Tiranë") }
      let address = c.takeRest()
      c.fill("address", address)
      change = .address(address)
    } else if let opening = c.takeAny(["vat", "export", "zero rated", "zero-rated"]) {
      c.skipFiller()
      if opening == "vat" { _ = c.takeAny(["to", "is", "rate", "treatment"]) }
      let treatment: VATTreatment
      if opening != "vat" || c.takeAny(["export", "exports", "zero rated", "zero-rated", "zero"]) != nil {
        treatment = .export
      } else if c.takeAny(["standard", "normal", "domestic"]) != nil {
        treatment = .standard
      } else if let (percent, n) = PercentScanner.scan(c.tokens, at: c.index) {
        // "set Çelik vat 0%": zero-rated. Any other rate is the desk's, not the client's.
        guard percent == 0 else {
          throw c.error(
            "A client pays VAT at the standard rate or is zero-rated (export), not at \(Money.trimmed(percent))%.",
            suggestion: "e.g. set \(name) vat export; the standard rate is the desk's: set vat \(Money.trimmed(percent))%")
        }
        c.index += n
        treatment = .export
      } else {
        throw c.error("Standard VAT or export (zero-rated)?", suggestion: "e.g. set \(name) vat export, or set \(name) vat standard")
      }
      c.fill("VAT", treatment == .export ? "export, zero-rated" : "standard")
      change = .vat(treatment)
    } else {
      return nil
    }
    c.fill("client", name)
    return .command(.setClientTax(client: id, change: change))
  }
}
