import DealdeskCore
import Foundation

/// VAT on the documents a client receives (net, VAT and gross per rate, as Ledger/VAT.swift
/// computes them), and the replies to the company's and clients' tax details.
enum TaxView {
  /// The rounding rule, said once wherever a VAT block is shown in full (help, the statement).
  static let rule = "VAT per document and rate, rounded half up to the cent"

  /// "  VAT 20%: net 1,240.00 · VAT 248.00 · gross 1,488.00 EUR", one line per rate, and a
  /// total line when there are several rates.
  static func block(_ vat: VAT.Breakdown, currency: String, indent: String = "  ") -> [String] {
    guard !vat.rows.isEmpty else { return [] }
    var lines = vat.rows.map { row in
      "\(indent)VAT \(rateLabel(row.percent)): net \(Format.money(row.net)) · VAT \(Format.money(row.vat)) · gross \(Format.money(row.gross)) \(currency)"
    }
    if vat.rows.count > 1 {
      lines.append("\(indent)total: net \(Format.money(vat.net)) · VAT \(Format.money(vat.vat)) · gross \(Format.money(vat.gross)) \(currency)")
    }
    return lines
  }

  /// "20%", "0% (export)"
  static func rateLabel(_ percent: Decimal) -> String {
    percent == 0 ? "0% (zero-rated)" : Format.percent(percent)
  }

  /// A client's tax line on their card; nil while none is set.
  static func cardLine(_ client: Client, desk: Desk) -> String? {
    guard let tax = client.tax else { return nil }
    var parts: [String] = []
    if let number = tax.taxNumber { parts.append("tax number \(number)") }
    if let address = tax.address { parts.append("address \(address)") }
    parts.append(treatment(tax.vat, desk: desk))
    return "  tax: " + parts.joined(separator: " · ")
  }

  static func treatment(_ vat: VATTreatment, desk: Desk) -> String {
    switch vat {
    case .standard: return "VAT standard (\(Format.percent(desk.settings.vatRates.standardPercent)))"
    case .export: return "VAT export (zero-rated)"
    }
  }

  /// The reply to a client's tax details.
  static func confirm(_ event: Event, before: Desk, desk: Desk) -> String? {
    guard case .clientTaxSet(let id, let tax) = event else { return nil }
    let name = desk.clients[id]?.name ?? id
    let old = before.clients[id]?.tax ?? ClientTax()
    var parts: [String] = []
    if tax.taxNumber != old.taxNumber, let number = tax.taxNumber { parts.append("\(Format.possessive(name)) tax number is now \(number).") }
    if tax.address != old.address, let address = tax.address { parts.append(sentence("\(Format.possessive(name)) address is now \(address)")) }
    if tax.vat != old.vat {
      parts.append(tax.vat == .export
        ? "\(name) is now zero-rated for VAT (export): their invoices and credit notes from now on carry 0% VAT."
        : "\(name) now pays VAT at the standard rate (\(Format.percent(desk.settings.vatRates.standardPercent))) on invoices from now on.")
    }
    return parts.joined(separator: " ")
  }

  /// "… is now X." without a second full stop after a value that ends in one ("sh.p.k.").
  private static func sentence(_ text: String) -> String { text.hasSuffix(".") ? text : text + "." }

  /// What a settings change did to the company's details and the VAT rates.
  static func settingsChange(from old: Settings, to new: Settings) -> [String] {
    var parts: [String] = []
    if old.vatRates != new.vatRates {
      parts.append("Standard VAT is now \(Format.percent(new.vatRates.standardPercent)) on invoices and credit notes from now on (those issued keep their rate).")
    }
    let (a, b) = (old.company, new.company)
    if a.name != b.name, let name = b.name { parts.append(sentence("The company's name is now \(name)")) }
    if a.address != b.address, let address = b.address { parts.append(sentence("The company's address is now \(address)")) }
    if a.taxNumber != b.taxNumber, let number = b.taxNumber { parts.append("The company's tax number is now \(number).") }
    if a.iban != b.iban, let iban = b.iban { parts.append("The company's IBAN is now \(CompanyDetails.grouped(iban)).") }
    return parts
  }

  /// `company`: the company's details and the VAT rates, and what is not set yet.
  static func company(_ desk: Desk) -> String {
    let c = desk.settings.company
    func line(_ label: String, _ value: String?, _ command: String) -> String {
      "  \(label): " + (value ?? "not set (\(command))")
    }
    let rates = desk.settings.vatRates
    return [
      "The company, as its documents print it",
      line("name", c.name, "set company name …"),
      line("address", c.address, "set company address …"),
      line("tax number", c.taxNumber, "set company tax number …"),
      line("IBAN", c.iban.map(CompanyDetails.grouped), "set company iban …"),
      "  VAT: standard \(Format.percent(rates.standardPercent)) · export 0% (zero-rated: set CLIENT vat export)",
      "  Prices, offers and orders are net of VAT; balances (what a client owes) include it; \(rule).",
    ].joined(separator: "\n")
  }
}
