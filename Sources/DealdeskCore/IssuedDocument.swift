import Foundation

/// The kinds of document the desk issues to a client (DealdeskDocuments lays them out).
public enum DocumentKind: String, Codable, Sendable, Equatable, CaseIterable {
  case offer, proforma, invoice, creditNote, statement
  /// A supply contract (issue 20, item 1): in the register already, printed once contracts exist.
  case contract

  /// As a manager names it, and as its title reads.
  public var title: String {
    switch self {
    case .offer: return "Commercial offer"
    case .proforma: return "Proforma invoice"
    case .invoice: return "Invoice"
    case .creditNote: return "Credit note"
    case .statement: return "Statement of account"
    case .contract: return "Supply contract"
    }
  }
}

/// A document issued to a client, as the register of issued documents keeps it (issue 20,
/// item 4): "a document once issued is kept, its number and content never change". Its
/// `fingerprint` is of every text and figure it printed, so printing the same record again
/// can tell the same document (printed again under its number) from a changed one.
public struct IssuedDocument: Codable, Sendable, Equatable {
  /// The register's own number, DOC-n: one gapless sequence for every kind, never reused,
  /// not even for a document voided by undo.
  public var id: String
  public var number: Int
  public var kind: DocumentKind
  /// The number the document prints: INV-3, CN-2, O-7 v2, PF-S-3, ST-CL-1-2026-12-07.
  public var printed: String
  /// The record it is about: the invoice, credit note, offer or order, or the client of a statement.
  public var record: String
  public var client: String
  public var at: Date
  /// The totals of its VAT block (Ledger/VAT.swift), as printed; nil when it prints none
  /// (an offer without metres).
  public var totals: DocumentTotals?
  /// Its file: a name in the desk's documents folder, or the path the line named.
  public var file: String
  /// SHA-256, in hex, of every text and figure the document prints, in order.
  public var fingerprint: String
  /// The line that issued it was undone: the document is void, its number kept in the register.
  public var void: Bool

  public init(
    id: String, number: Int, kind: DocumentKind, printed: String, record: String, client: String, at: Date, totals: DocumentTotals?,
    file: String, fingerprint: String, void: Bool = false
  ) {
    self.id = id
    self.number = number
    self.kind = kind
    self.printed = printed
    self.record = record
    self.client = client
    self.at = at
    self.totals = totals
    self.file = file
    self.fingerprint = fingerprint
    self.void = void
  }

  /// The same document, voided.
  public var voided: IssuedDocument {
    var copy = self
    copy.void = true
    return copy
  }
}

/// A document's totals as its VAT block prints them: gross is net plus VAT, as `VAT.Row` has it.
public struct DocumentTotals: Codable, Sendable, Equatable {
  public var net: Decimal
  public var vat: Decimal
  public var gross: Decimal { net + vat }

  public init(net: Decimal, vat: Decimal) {
    self.net = net
    self.vat = vat
  }

  public init(_ breakdown: VAT.Breakdown) { self.init(net: breakdown.net, vat: breakdown.vat) }
}

/// The documents issued, by DOC-n, and the next number, which undo never lowers.
public struct DocumentRegister: Codable, Sendable, Equatable {
  public var documents: [String: IssuedDocument] = [:]
  public var nextNumber = 1

  public init() {}
}

extension Ids {
  /// "DOC-12".
  public static func document(_ number: Int) -> String { "DOC-\(number)" }
}

extension Desk {
  /// The register's documents by DOC-n; changed only by events and undo.
  public internal(set) var documents: [String: IssuedDocument] {
    get { documentRegister?.documents ?? [:] }
    set { documentRegister = Self.register(newValue, next: nextDocumentNumber) }
  }

  /// The number the next document issued takes.
  public internal(set) var nextDocumentNumber: Int {
    get { documentRegister?.nextNumber ?? 1 }
    set { documentRegister = Self.register(documents, next: newValue) }
  }

  /// Nil when there is nothing to keep: a desk that never issued a document saves as before.
  private static func register(_ documents: [String: IssuedDocument], next: Int) -> DocumentRegister? {
    guard !documents.isEmpty || next != 1 else { return nil }
    var register = DocumentRegister()
    register.documents = documents
    register.nextNumber = next
    return register
  }

  /// The number the next document issued takes: the register's high-water mark, which undo
  /// never lowers (a voided number is not reused).
  public func nextDocument() -> (id: String, number: Int) { (Ids.document(nextDocumentNumber), nextDocumentNumber) }

  /// The register in the order documents were issued.
  public var documentsInOrder: [IssuedDocument] { documents.values.sorted { $0.number < $1.number } }

  /// One client's documents in the order they were issued.
  public func documents(for client: String) -> [IssuedDocument] { documentsInOrder.filter { $0.client == client } }

  /// The live (not void) document of `kind` printed under `printed`, the latest if several.
  public func issuedDocument(_ kind: DocumentKind, printed: String) -> IssuedDocument? {
    documents.values.filter { $0.kind == kind && $0.printed == printed && !$0.void }.max { $0.number < $1.number }
  }

  /// The register is not taken back by undo, only marked: a desk from before `later` (what a
  /// whole-desk undo goes back to) keeps every document issued since, void.
  public mutating func keepDocuments(issuedIn later: Desk) {
    for (id, document) in later.documents where documents[id] == nil { documents[id] = document.voided }
    nextDocumentNumber = max(nextDocumentNumber, later.nextDocumentNumber)
  }

  /// Documents whose line never reached the journal (its write failed): gone as if never
  /// issued, their numbers free again. Only the newest can be, so the sequence stays gapless.
  public mutating func forgetDocuments(_ forgotten: [IssuedDocument]) {
    for document in forgotten {
      documents[document.id] = nil
      nextDocumentNumber = min(nextDocumentNumber, document.number)
    }
  }
}
