import Foundation

/// The company's own details, printed on every document it issues: a setting, so on a team
/// desk only a director changes them (they travel in `settingsChanged`).
public struct CompanyDetails: Codable, Sendable, Equatable {
  public var name: String?
  public var address: String?
  /// The tax number (in Albania the NIPT, e.g. L12345678A).
  public var taxNumber: String?
  /// As the desk keeps it: upper case, no spaces (AL47212110090000000235698741).
  public var iban: String?

  public init(name: String? = nil, address: String? = nil, taxNumber: String? = nil, iban: String? = nil) {
    self.name = name
    self.address = address
    self.taxNumber = taxNumber
    self.iban = iban
  }

  /// An IBAN in groups of four, as banks print it ("AL47 2121 …"): replies and documents alike.
  public static func grouped(_ iban: String) -> String {
    var out = ""
    for (i, char) in iban.enumerated() {
      if i > 0, i % 4 == 0 { out.append(" ") }
      out.append(char)
    }
    return out
  }
}

/// One of the company's details, as a command names it.
public enum CompanyField: String, Sendable, Equatable, CaseIterable {
  case name, address, taxNumber, iban

  public var label: String {
    switch self {
    case .name: return "name"
    case .address: return "address"
    case .taxNumber: return "tax number"
    case .iban: return "IBAN"
    }
  }
}

/// `set company tax number L12345678A`: one detail and its new text, as typed.
public struct CompanyDetailChange: Sendable, Equatable {
  public var field: CompanyField
  public var value: String

  public init(field: CompanyField, value: String) {
    self.field = field
    self.value = value
  }
}

/// A client's tax details, printed on the documents they receive.
public struct ClientTax: Codable, Sendable, Equatable {
  public var taxNumber: String?
  /// The billing address.
  public var address: String?
  public var vat: VATTreatment

  public init(taxNumber: String? = nil, address: String? = nil, vat: VATTreatment = .standard) {
    self.taxNumber = taxNumber
    self.address = address
    self.vat = vat
  }
}

/// One of a client's tax details to set.
public enum ClientTaxChange: Sendable, Equatable {
  case taxNumber(String)
  case address(String)
  case vat(VATTreatment)
}

/// Tax details are free text a document prints: what makes one unreadable is refused.
enum TaxText {
  static let maxLength = 200

  /// The text trimmed, or an error naming the detail.
  static func checked(_ text: String, _ what: String, example: String) throws(DeskError) -> String {
    let trimmed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    guard !trimmed.isEmpty else { throw DeskError("The \(what) is empty.", suggestion: "e.g. \(example)") }
    guard trimmed.count <= maxLength else { throw DeskError("The \(what) is longer than \(maxLength) characters.") }
    return trimmed
  }

  /// A tax number: letters and digits (a dash, dot or slash between them), 4 to 30 of them,
  /// one word: what follows it on the line is refused with it, never kept as part of it.
  static func taxNumber(_ text: String, example: String) throws(DeskError) -> String {
    let number = try checked(text, "tax number", example: example)
    let allowed = number.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || "-./".contains($0) }
    let significant = number.filter { $0.isLetter || $0.isNumber }.count
    guard allowed, (4...30).contains(significant) else {
      throw DeskError("\(number) is not a tax number.", suggestion: "A tax number is letters and digits, e.g. \(example)")
    }
    return number.uppercased()
  }

  /// An IBAN as the desk keeps it (upper case, no spaces), if its check digits are right.
  static func iban(_ text: String) throws(DeskError) -> String {
    let iban = String(text.filter { !$0.isWhitespace }).uppercased()
    let example = "set company iban AL47 2121 1009 0000 0002 3569 8741"
    guard !iban.isEmpty else { throw DeskError("The IBAN is empty.", suggestion: "e.g. \(example)") }
    let chars = Array(iban)
    guard (15...34).contains(chars.count), chars.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
      chars[0].isLetter, chars[1].isLetter, chars[2].isNumber, chars[3].isNumber
    else {
      throw DeskError("\(text) is not an IBAN.", suggestion: "An IBAN is a country code, two check digits and the account, e.g. AL47 2121 1009 0000 0002 3569 8741.")
    }
    // ISO 13616: the first four characters moved to the end, letters as 10–35, mod 97 is 1.
    var remainder = 0
    for char in chars[4...] + chars[..<4] {
      guard let value = char.isNumber ? char.wholeNumberValue : char.uppercased().unicodeScalars.first.map({ Int($0.value) - 55 }) else {
        throw DeskError("\(text) is not an IBAN.")
      }
      for digit in String(value) {
        remainder = (remainder * 10 + (digit.wholeNumberValue ?? 0)) % 97
      }
    }
    guard remainder == 1 else {
      throw DeskError("\(text) fails the IBAN check digits: a character is mistyped.", suggestion: "Copy it again from the bank's letter.")
    }
    return iban
  }
}

/// The company's details with one changed, checked.
func companyDetails(_ details: CompanyDetails, changing change: CompanyDetailChange) throws(DeskError) -> CompanyDetails {
  var details = details
  switch change.field {
  case .name: details.name = try TaxText.checked(change.value, "company name", example: "set company name Tekstil Adriatik sh.p.k.")
  case .address: details.address = try TaxText.checked(change.value, "company address", example: "set company address Rruga e Durrësit 12, Tiranë")
  case .taxNumber: details.taxNumber = try TaxText.taxNumber(change.value, example: "set company tax number L12345678A")
  case .iban: details.iban = try TaxText.iban(change.value)
  }
  return details
}

/// A client's tax number, billing address or VAT treatment; the event carries the whole
/// resulting record, so apply needs no rule.
func decideClientTax(client id: String, change: ClientTaxChange, desk: Desk) throws(DeskError) -> [Event] {
  guard let client = desk.clients[id] else { throw DeskError("There is no client \(id).") }
  var tax = client.tax ?? ClientTax()
  switch change {
  case .taxNumber(let text): tax.taxNumber = try TaxText.taxNumber(text, example: "set \(client.name) tax number K91234567B")
  case .address(let text): tax.address = try TaxText.checked(text, "address", example: "set \(client.name) address Rruga e Kavajës 5, Tiranë")
  case .vat(let treatment): tax.vat = treatment
  }
  // Setting what is already set changes nothing and is no mistake.
  guard tax != (client.tax ?? ClientTax()) else { return [] }
  return [.clientTaxSet(client: id, tax: tax)]
}
