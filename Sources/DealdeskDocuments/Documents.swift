import DealdeskCore
import Foundation

/// The kinds of document the desk prints.
public enum DocumentKind: String, Sendable, Equatable, CaseIterable {
  case offer, proforma, invoice, creditNote, statement

  /// As a manager names it, and as its title reads.
  public var title: String {
    switch self {
    case .offer: return "Commercial offer"
    case .proforma: return "Proforma invoice"
    case .invoice: return "Invoice"
    case .creditNote: return "Credit note"
    case .statement: return "Statement of account"
    }
  }
}

/// Why a document cannot be made: a message a manager understands.
public struct DocumentError: Error, Sendable, Equatable {
  public var message: String
  public init(_ message: String) { self.message = message }
}

/// A document made from the desk: what is printed, and the name its file takes.
public struct MadeDocument: Sendable {
  public var kind: DocumentKind
  /// The printed number: INV-3, CN-2, O-7, PF-S-3, ST-CL-1-2026-12-07.
  public var number: String
  /// The client it is for.
  public var client: String
  public var printed: PrintedDocument

  /// "INV-3.pdf".
  public var fileName: String { number.replacingOccurrences(of: " ", with: "-") + ".pdf" }

  /// The PDF's bytes; `created` (the desk's clock) is its CreationDate, so the same desk
  /// gives the same bytes.
  public func pdf(created: Date) -> Data { PDFRenderer.render(printed, created: created) }
}

/// Documents built from the desk's records, each figure from the core's definitions.
public enum Documents {
  /// The document of `kind` for the record `reference` (an offer O-7, an order S-3 or its
  /// invoice INV-3, a credit note CN-2, a client's id for a statement).
  public static func make(_ kind: DocumentKind, reference: String, desk: Desk, now: Date) throws(DocumentError) -> MadeDocument {
    switch kind {
    case .invoice:
      let invoice = desk.invoices[reference] ?? desk.invoice(of: reference)
      guard let invoice else {
        if desk.orders[reference] != nil {
          throw DocumentError("\(reference) has not shipped, so it has no invoice yet (an invoice is issued at shipment); `pdf proforma \(reference)` prints a proforma.")
        }
        throw DocumentError("There is no invoice or order \(reference).")
      }
      return MadeDocument(kind: kind, number: invoice.id, client: invoice.clientId, printed: InvoiceDocument.printed(desk, invoice: invoice))
    case .offer:
      guard let offer = desk.offers[reference] else { throw DocumentError("There is no offer \(reference).") }
      let (number, printed) = OfferDocument.printed(desk, offer: offer, now: now)
      return MadeDocument(kind: kind, number: number, client: offer.clientId, printed: printed)
    case .proforma:
      guard let order = desk.orders[reference] ?? desk.invoices[reference].flatMap({ desk.orders[$0.order] }) else {
        throw DocumentError("There is no order \(reference).")
      }
      return MadeDocument(kind: kind, number: "PF-\(order.id)", client: order.clientId, printed: ProformaDocument.printed(desk, order: order, now: now))
    case .creditNote:
      guard let note = desk.creditNotes[reference] else { throw DocumentError("There is no credit note \(reference).") }
      return MadeDocument(kind: kind, number: note.id, client: note.clientId, printed: CreditNoteDocument.printed(desk, note: note))
    case .statement:
      guard desk.clients[reference] != nil else { throw DocumentError("There is no client \(reference).") }
      let (number, printed) = StatementDocument.printed(desk, client: reference, now: now)
      return MadeDocument(kind: kind, number: number, client: reference, printed: printed)
    }
  }
}

extension Documents {
  /// A printed document's PDF on its own (what `MadeDocument.pdf` does).
  public static func render(_ printed: PrintedDocument, created: Date) -> Data { PDFRenderer.render(printed, created: created) }
}

extension Documents {
  /// What a file in the documents folder is, read from its name ("INV-3.pdf", "O-7-v2.pdf",
  /// "PF-S-3.pdf", "CN-2.pdf", "ST-CL-1-2026-12-07.pdf") against the desk's records: its
  /// kind, number and client; nil for a file the desk did not write.
  public static func issued(fileName: String, desk: Desk) -> (kind: DocumentKind, number: String, client: String)? {
    guard fileName.hasSuffix(".pdf") else { return nil }
    let name = String(fileName.dropLast(4))
    if let invoice = desk.invoices[name] { return (.invoice, name, invoice.clientId) }
    if let note = desk.creditNotes[name] { return (.creditNote, name, note.clientId) }
    if name.hasPrefix("PF-"), let order = desk.orders[String(name.dropFirst(3))] { return (.proforma, name, order.clientId) }
    let offerId = name.split(separator: "-").prefix(2).joined(separator: "-")
    if let offer = desk.offers[offerId], name == offerId || name.hasPrefix(offerId + "-v") {
      return (.offer, name.replacingOccurrences(of: "-v", with: " v"), offer.clientId)
    }
    if name.hasPrefix("ST-") {
      let client = name.dropFirst(3).split(separator: "-").prefix(2).joined(separator: "-")
      if desk.clients[client] != nil { return (.statement, name, client) }
    }
    return nil
  }
}
