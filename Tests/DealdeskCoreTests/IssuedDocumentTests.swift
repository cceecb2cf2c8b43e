import DealdeskCore
import Foundation
import Testing

/// Issue 20, item 4: the register of issued documents. A document issued takes the next
/// DOC-n; undoing it voids it and keeps its number, so the next is N+1; a desk saved and read
/// back keeps the register and its high-water mark; a value no manager could type is refused.
@Suite struct IssuedDocumentTests {
  private let now = Fixtures.now

  private func document(_ desk: Desk, printed: String = "INV-1", record: String = "INV-1", gross net: Decimal? = 100) -> IssuedDocument {
    let (id, number) = desk.nextDocument()
    return IssuedDocument(
      id: id, number: number, kind: .invoice, printed: printed, record: record, client: "CL-1", at: now,
      totals: net.map { DocumentTotals(net: $0, vat: $0 / 5) }, file: "\(printed).pdf", fingerprint: "ab12")
  }

  @Test func issuingTakesTheNextNumberAndTheTotalsReconcile() {
    var desk = Fixtures.desk()
    #expect(desk.nextDocument().id == "DOC-1")
    let first = document(desk)
    desk.apply(.documentIssued(first))
    #expect(desk.nextDocument().id == "DOC-2")
    #expect(desk.issuedDocument(.invoice, printed: "INV-1") == first)
    #expect(desk.issuedDocument(.creditNote, printed: "INV-1") == nil)
    #expect(first.totals?.gross == 120)
    #expect(desk.documents(for: "CL-1").map(\.id) == ["DOC-1"])
    #expect(desk.documents(for: "CL-9").isEmpty)
  }

  @Test func undoVoidsTheDocumentAndItsNumberIsNotReused() throws {
    var desk = Fixtures.desk()
    let first = document(desk)
    let patch = try #require(desk.patch(undoing: .documentIssued(first)))
    desk.apply(.documentIssued(first))
    patch.revert(&desk)
    #expect(desk.documents["DOC-1"]?.void == true, "kept, void")
    #expect(desk.issuedDocument(.invoice, printed: "INV-1") == nil, "a void document is not the one issued")
    #expect(desk.nextDocument().id == "DOC-2", "the voided number is not used again")
    let again = document(desk)
    desk.apply(.documentIssued(again))
    #expect(desk.documentsInOrder.map { "\($0.id) \($0.void)" } == ["DOC-1 true", "DOC-2 false"])
    // Redone, the voided document is live again under its own number.
    let redo = try #require(desk.patch(undoing: .documentIssued(first)))
    desk.apply(.documentIssued(first))
    #expect(desk.documents["DOC-1"]?.void == false)
    redo.revert(&desk)
    #expect(desk.documents["DOC-1"]?.void == true)
  }

  @Test func aWholeDeskGoneBackToKeepsTheRegisterVoid() {
    var before = Fixtures.desk()
    var later = before
    later.apply(.documentIssued(document(later)))
    later.apply(.documentIssued(document(later, printed: "INV-2", record: "INV-2")))
    before.keepDocuments(issuedIn: later)
    #expect(before.documentsInOrder.map { "\($0.id) \($0.void)" } == ["DOC-1 true", "DOC-2 true"])
    #expect(before.nextDocument().number == 3)
    // A line the journal never took is forgotten, and frees its number.
    later.forgetDocuments([later.documents["DOC-2"]].compactMap { $0 })
    #expect(later.documentsInOrder.map(\.id) == ["DOC-1"])
    #expect(later.nextDocument().number == 2)
  }

  @Test func theRegisterIsSavedAndReadBack() throws {
    var desk = Fixtures.desk()
    desk.apply(.documentIssued(document(desk, gross: nil)))
    let patch = try #require(desk.patch(undoing: .documentIssued(document(desk, printed: "CN-1", record: "CN-1"))))
    desk.apply(.documentIssued(document(desk, printed: "CN-1", record: "CN-1")))
    patch.revert(&desk)
    let read = try JSONDecoder().decode(Desk.self, from: JSONEncoder().encode(desk))
    #expect(read == desk)
    #expect(read.nextDocument().id == "DOC-3")
    #expect(read.documents["DOC-1"]?.totals == nil)
  }

  @Test func aValueNoManagerCouldTypeIsRefused() {
    var bad = document(Fixtures.desk())
    bad.totals = DocumentTotals(net: Decimal(string: "1e30") ?? 0, vat: 0)
    #expect(throws: OutOfRange.self) { try Event.documentIssued(bad).checkRanges() }
    var early = document(Fixtures.desk())
    early.at = Date(timeIntervalSince1970: -9_999_999_999)
    #expect(throws: OutOfRange.self) { try Event.documentIssued(early).checkRanges() }
    // A statement's VAT block may be below zero (more credited than invoiced).
    var credit = document(Fixtures.desk())
    credit.totals = DocumentTotals(net: -50, vat: -10)
    #expect(throws: Never.self) { try Event.documentIssued(credit).checkRanges() }
  }
}
