import DealdeskCore
import Foundation

/// What printing a record's document comes to, read against the register of issued
/// documents (IssuedDocument.swift): "a document once issued is kept: its number and content
/// never change; a correction is a credit note or a new version".
public enum Issuing: Sendable {
  /// Nothing changed: the document issued is printed again, under its number and date.
  case asIssued(IssuedDocument, MadeDocument)
  /// Not issued yet (or issued only in a document since voided): issue it. A proforma or
  /// statement whose content changed since it was issued is a new revision ("PF-S-3 r2").
  case new(MadeDocument)
  /// An invoice or credit note that would now print differently: never changed, refused.
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
      switch made.kind {
      case .invoice, .creditNote:
        return .refused(
          "\(made.kind.title) \(issued.printed) was issued on \(DeskDate.day(issued.at)) as \(issued.id) (\(issued.file)), and the desk would "
            + "print it differently now (the company's or the client's details changed since). An issued \(made.kind == .invoice ? "invoice" : "credit note") "
            + "is never changed: it is kept as it was, and a correction is a credit note. Nothing was written.")
      case .offer, .proforma, .statement, .contract:
        continue
      }
    }
    return .refused("\(made.kind.title) \(made.number) has been issued in \(Limits.maxDocumentRevisions) revisions already; nothing was written.")
  }
}

extension Limits {
  /// Revisions of one document number ("PF-S-3 r2" …) the register looks through.
  static let maxDocumentRevisions = 99
}
