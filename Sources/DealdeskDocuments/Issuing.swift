import DealdeskCore
import Foundation

/// What printing a record's document comes to, read against the register of issued
/// documents (IssuedDocument.swift): "a document once issued is kept: its number and content
/// never change; a correction is a credit note or a new version".
public enum Issuing: Sendable {
  /// Nothing changed: the document issued is printed again, under its number and date.
  case asIssued(IssuedDocument, MadeDocument)
  /// Not issued yet (or issued only in a document since voided): issue it. A proforma or
  /// statement, or a contract's draft, whose content changed since it was issued is a new
  /// revision ("PF-S-3 r2", "CT-1 draft r2").
  case new(MadeDocument)
  /// An invoice, credit note or signed contract that would now print differently: never
  /// changed, refused.
  case refused(String)
}

extension Documents {
  /// Which of `Issuing` printing `made` is. An offer's versions are its rounds (O-7 v2),
  /// so an offer that changed within a round (extended) is a revision of that version.
  public static func issuing(_ made: MadeDocument, desk: Desk) -> Issuing {
    var candidate = made
    for revision in 1...Limits.maxDocumentRevisions {
      if revision > 1 {
        candidate = made
        candidate.number = "\(made.number) r\(revision)"
        candidate.printed.number = candidate.number
      }
      guard let issued = desk.issuedDocument(made.kind, printed: candidate.number) else { return .new(candidate) }
      if issued.fingerprint == candidate.fingerprint { return .asIssued(issued, candidate) }
      guard made.isFinal else { continue }
      return .refused(
        "\(made.kind.title) \(issued.printed) was issued on \(DeskDate.day(issued.at)) as \(issued.id) (\(issued.file)), and the desk would "
          + "print it differently now (\(whatChanged(made.kind)) changed since). \(never(made.kind)) "
          + "is never changed: it is kept as it was\(made.kind == .contract ? "" : ", and a correction is a credit note"). Nothing was written.")
    }
    return .refused("\(made.kind.title) \(made.number) has been issued in \(Limits.maxDocumentRevisions) revisions already; nothing was written.")
  }
}

extension Documents {
  /// What may have changed under a final document since it was issued.
  private static func whatChanged(_ kind: DocumentKind) -> String {
    kind == .contract
      ? "a list price, the fabrics of a category, or the company's or the client's details"
      : "the company's or the client's details"
  }

  private static func never(_ kind: DocumentKind) -> String {
    switch kind {
    case .invoice: return "An issued invoice"
    case .creditNote: return "An issued credit note"
    case .contract: return "A signed contract"
    case .offer, .proforma, .statement: return "An issued document"
    }
  }
}

extension Limits {
  /// Revisions of one document number ("PF-S-3 r2" …) the register looks through.
  static let maxDocumentRevisions = 99
}
