import DealdeskCore
import Foundation

/// A supply contract (CT-n): the parties, its period, the client's price list (each fabric
/// its lines cover, priced by the core's one pricing rule, `desk.price`), the yearly
/// commitment, payment terms, the VAT note, and a signature line for each side.
///
/// Until it is signed it prints as its draft, "CT-1 draft", marked DRAFT, signature lines
/// blank; signed, it is "CT-1" with both signatories and the day. What it prints never
/// depends on the day it is printed, so a signed contract printed again is the same
/// document (Issuing.swift keeps it from ever changing). A termination does not change the
/// text that was agreed: a terminated contract prints as it stood.
enum ContractDocument {
  static func number(_ contract: Contract) -> String {
    contract.signing == nil ? "\(contract.id) draft" : contract.id
  }

  static func printed(_ desk: Desk, contract: Contract) -> PrintedDocument {
    let currency = desk.settings.currency
    let facts = [
      Fact("Drafted", Letterhead.day(contract.draftedAt)), Fact("State", state(contract)),
      Fact("Period", "\(Letterhead.day(contract.start)) – \(Letterhead.day(contract.end))"), Fact("Currency", currency),
    ]
    var rows: [[String]] = []
    var notes: [String] = []
    for line in contract.lines {
      let terms = line.unitPrice == nil ? "\(Letterhead.percent(line.discountPercent ?? 0)) off list" : "fixed net price"
      for priced in desk.price(line.asOfferLine) {
        rows.append([
          priced.product.sku, priced.product.name, Letterhead.money(priced.product.listPrice), terms, Letterhead.money(priced.netPrice),
        ])
      }
      switch line.scope {
      case .all: notes.append("All fabrics: \(terms), every fabric in the catalog.")
      case .category(let name): notes.append("Category \(name): \(terms), every fabric in it.")
      case .product: break
      }
    }
    notes.append("Prices per metre in \(currency), net of VAT. A discount is taken off the list price of the day of the order; a fixed net price holds for the whole period.")
    let table = PrintedTable(
      columns: [
        .init("SKU", 0.13, .left), .init("Fabric", 0.31, .left), .init("List price", 0.15), .init("Contract terms", 0.21),
        .init("Net price per metre", 0.20),
      ], rows: rows)
    var terms = ["Period: from \(Letterhead.day(contract.start)) to \(Letterhead.day(contract.end)), \(contract.days) days."]
    terms.append(commitment(contract.commitment, currency: currency))
    if let agreed = contract.paymentTerms {
      terms.append("Payment terms: \(agreed.label).")
    } else {
      let standing = desk.clients[contract.clientId]?.paymentTerms ?? desk.settings.defaultPaymentTerms
      terms.append("Payment terms: the client's standing terms, \(standing.label).")
    }
    terms.append(vatNote(desk, client: contract.clientId))
    let company = desk.settings.company.name ?? "the company"
    let client = desk.clients[contract.clientId]?.name ?? contract.clientId
    let day = contract.signing.map { Letterhead.day($0.at) }
    let signatures = [
      Signature("For \(company)", name: contract.signing?.ours, date: day),
      Signature("For \(client)", name: contract.signing?.theirs, date: day),
    ]
    return PrintedDocument(
      title: DocumentKind.contract.title, number: number(contract), facts: facts, company: Letterhead.company(desk), clientHeading: "Client",
      client: Letterhead.client(desk, contract.clientId), table: table, notes: notes, terms: terms, signatures: signatures,
      mark: contract.signing == nil ? "DRAFT" : nil)
  }

  /// What the contract is as a document: its stored step, never the day's (in force,
  /// expired), so printing it on another day prints the same.
  private static func state(_ contract: Contract) -> String {
    if let signing = contract.signing { return "Signed \(Letterhead.day(signing.at))" }
    if let sent = contract.sentAt { return "Sent for signature \(Letterhead.day(sent))" }
    return contract.awaitsApproval ? "Draft, needs approval" : "Draft"
  }

  private static func commitment(_ commitment: Commitment?, currency: String) -> String {
    let parts = [
      commitment?.meters.map { "\(Letterhead.meters($0)) m" },
      commitment?.value.map { "\(Letterhead.money($0)) \(currency) net of VAT" },
    ].compactMap { $0 }
    guard !parts.isEmpty else { return "Yearly commitment: none; the client buys as it needs." }
    return "Yearly commitment: the client buys at least \(parts.joined(separator: " and ")) in each year of the contract."
  }

  private static func vatNote(_ desk: Desk, client: String) -> String {
    if desk.clients[client]?.tax?.vat == .export {
      return "VAT: deliveries to the client are exports, zero-rated for VAT."
    }
    return "VAT: each invoice adds VAT at the standard rate in force when it is issued (\(Letterhead.percent(desk.settings.vatRates.standardPercent)) now)."
  }
}
