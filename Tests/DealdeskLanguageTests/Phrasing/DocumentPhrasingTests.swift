import DealdeskCore
import Foundation
import Testing

@testable import DealdeskLanguage

/// Issue 20, item 4: documents as PDF, asked for the ways a manager would.
@Suite struct DocumentPhrasingTests {
  static func doc(_ kind: DocumentWanted, _ reference: String, to path: String? = nil, replace: Bool = false) -> Expected {
    deskAction(.printDocument(kind: kind, reference: reference, path: path, replace: replace))
  }

  static let rows: [Row] = [
    Row("document offer O-7", doc(.offer, "O-7")),
    Row("document commercial offer O-7", doc(.offer, "O-7")),
    Row("pdf offer o-7", doc(.offer, "O-7")),
    Row("pdf invoice S-3", doc(.invoice, "S-3")),
    Row("pdf invoice INV-3", doc(.invoice, "INV-3")),
    Row("print the invoice for S-3", doc(.invoice, "S-3")),
    Row("document invoice S-3 to invoice.pdf", doc(.invoice, "S-3", to: "invoice.pdf")),
    Row("pdf invoice S-3 to invoice.pdf, replace it", doc(.invoice, "S-3", to: "invoice.pdf", replace: true)),
    Row("print statement Acme", doc(.statement, "CL-1")),
    Row("print statement of account for Acme", doc(.statement, "CL-1")),
    Row("pdf statement Çelik", doc(.statement, "CL-3")),
    Row("document credit note CN-2", doc(.creditNote, "CN-2")),
    Row("pdf credit note cn-2 to cn2.pdf", doc(.creditNote, "CN-2", to: "cn2.pdf")),
    Row("pdf proforma S-3", doc(.proforma, "S-3")),
    Row("print proforma invoice S-3", doc(.proforma, "S-3")),
    Row("document contract CT-1", doc(.contract, "CT-1")),
    Row("pdf contract ct-1", doc(.contract, "CT-1")),
    Row("print contract CT-1", doc(.contract, "CT-1")),
    Row("print the contract CT-1", doc(.contract, "CT-1")),
    Row("pdf supply contract CT-2 to contract.pdf", doc(.contract, "CT-2", to: "contract.pdf")),
    Row("pdf contract", fails("Which contract?", "Name it by its number, e.g. pdf invoice S-3")),
    Row("documents", deskAction(.listDocuments(client: nil))),
    Row("documents Acme", deskAction(.listDocuments(client: "CL-1"))),
    Row("documents for Çelik", deskAction(.listDocuments(client: "CL-3"))),
    Row("issued documents", deskAction(.listDocuments(client: nil))),
    Row("list documents of Acme", deskAction(.listDocuments(client: "CL-1"))),
    Row("issued documents for Çelik", deskAction(.listDocuments(client: "CL-3"))),
    Row("pdf", fails("Which document?", "An offer, proforma, invoice, credit note, statement or contract, e.g. pdf invoice S-3")),
    Row("pdf invoice", fails("Which invoice?", "Name it by its number, e.g. pdf invoice S-3")),
    Row("pdf invoice S-3 to", fails("To which file?", "e.g. pdf invoice S-3 to invoice.pdf")),
  ]

  @Test(arguments: rows) func askingForADocument(_ row: Row) { row.check() }

}
