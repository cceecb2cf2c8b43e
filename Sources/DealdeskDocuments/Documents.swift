import Crypto
import DealdeskCore
import Foundation

// The kinds of document are the core's `DocumentKind` (IssuedDocument.swift): the register keeps them.

/// Why a document cannot be made: a message a manager understands.
public struct DocumentError: Error, Sendable, Equatable {
  public var message: String
  public init(_ message: String) { self.message = message }
}

/// A document made from the desk: what is printed, and the name its file takes.
public struct MadeDocument: Sendable {
  public var kind: DocumentKind
  /// The printed number: INV-3, CN-2, O-7, PF-S-3, ST-CL-1-2026-12-07, CT-1 (signed) or CT-1 draft.
  public var number: String
  /// The record it is of: the invoice, offer, order (a proforma), credit note, contract, or client (a statement).
  public var record: String
  /// The client it is for.
  public var client: String
  public var printed: PrintedDocument
  /// Once issued, its content never changes: an invoice, a credit note, a signed contract.
  /// Printed differently later, it is refused, not revised (Issuing.swift).
  public var isFinal = false

  /// "INV-3.pdf".
  public var fileName: String { number.replacingOccurrences(of: " ", with: "-") + ".pdf" }

  /// The totals of its VAT block, as printed; nil when it prints none.
  public var totals: DocumentTotals? { printed.figures }

  /// SHA-256, in hex, of every text and figure it prints: the same record printed again is
  /// the same document exactly when this is the same.
  public var fingerprint: String {
    SHA256.hash(data: Data(printed.content.utf8)).map { byte in
      let hex = String(byte, radix: 16)
      return byte < 16 ? "0" + hex : hex
    }.joined()
  }

  /// The PDF's bytes; `created` (the desk's clock) is its CreationDate, so the same desk
  /// gives the same bytes.
  public func pdf(created: Date) -> Data { PDFRenderer.render(printed, created: created) }
}

/// Documents built from the desk's records, each figure from the core's definitions.
public enum Documents {
  /// The document of `kind` for the record `reference` (an offer O-7, an order S-3 or its
  /// invoice INV-3, a credit note CN-2, a contract CT-1, a client's id for a statement).
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
      return MadeDocument(
        kind: kind, number: invoice.id, record: invoice.id, client: invoice.clientId, printed: InvoiceDocument.printed(desk, invoice: invoice), isFinal: true)
    case .offer:
      guard let offer = desk.offers[reference] else { throw DocumentError("There is no offer \(reference).") }
      let (number, printed) = OfferDocument.printed(desk, offer: offer, now: now)
      return MadeDocument(kind: kind, number: number, record: offer.id, client: offer.clientId, printed: printed)
    case .proforma:
      guard let order = desk.orders[reference] ?? desk.invoices[reference].flatMap({ desk.orders[$0.order] }) else {
        throw DocumentError("There is no order \(reference).")
      }
      return MadeDocument(kind: kind, number: "PF-\(order.id)", record: order.id, client: order.clientId, printed: ProformaDocument.printed(desk, order: order, now: now))
    case .creditNote:
      guard let note = desk.creditNotes[reference] else { throw DocumentError("There is no credit note \(reference).") }
      return MadeDocument(
        kind: kind, number: note.id, record: note.id, client: note.clientId, printed: CreditNoteDocument.printed(desk, note: note), isFinal: true)
    case .statement:
      guard desk.clients[reference] != nil else { throw DocumentError("There is no client \(reference).") }
      let (number, printed) = StatementDocument.printed(desk, client: reference, now: now)
      return MadeDocument(kind: kind, number: number, record: reference, client: reference, printed: printed)
    case .contract:
      guard let contract = desk.contracts[reference] else { throw DocumentError("There is no contract \(reference). `contracts` lists them.") }
      return MadeDocument(
        kind: kind, number: ContractDocument.number(contract), record: contract.id, client: contract.clientId,
        printed: ContractDocument.printed(desk, contract: contract), isFinal: contract.signing != nil)
    }
  }
}

extension Documents {
  /// A printed document's PDF on its own (what `MadeDocument.pdf` does).
  public static func render(_ printed: PrintedDocument, created: Date) -> Data { PDFRenderer.render(printed, created: created) }
}
