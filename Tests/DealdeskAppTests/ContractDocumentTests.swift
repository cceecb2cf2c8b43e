import DealdeskApp
import DealdeskCore
import Foundation
import Testing

/// Issue 20, items 1 and 4: the supply contract as PDF, read back with poppler's pdftotext
/// (every name and figure, in order) as a draft and once signed; a draft changed is a new
/// revision, a signed contract is never printed differently; a contract that does not exist
/// is refused.
@Suite struct ContractDocumentTests {
  // The sample data brings CT-1 (Atelier Lumière's), so the contract drafted here is CT-2.
  private let drafted = [
    "@now 2026-12-07 09:00", "load sample data",
    "set company name Tekstil Adriatik sh.p.k.", "set company address Rruga e Durrësit 12, Tiranë",
    "set company tax number L12345678A", "set company iban AL47 2121 1009 0000 0002 3569 8741",
    "set Çelik tax number K91234567B", "set celik address Rruga e Kavajës 5, Tiranë",
    "contract Çelik: 12 months from 1 Jan, linen 220 at 10.90/m, poplin 8% off, denim 5% off, at least 5,000 m a year, net 45",
  ]

  /// The path the reply prints: its first line, after the last ": ".
  private func path(_ reply: Reply) -> String {
    let first = reply.text.components(separatedBy: "\n").first ?? ""
    return first.components(separatedBy: ": ").last ?? ""
  }

  private func read(_ reply: Reply) throws -> String {
    #expect(!reply.isError, "\(reply.text)")
    return try PDFText.text(of: Data(contentsOf: URL(fileURLWithPath: path(reply))))
  }

  private func expectInOrder(_ needles: [String], _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let missing = PDFText.inOrder(needles, in: text)
    #expect(missing == nil, "not found in order: \(missing ?? "")\n\(text)", sourceLocation: sourceLocation)
  }

  /// What both a draft and the signed contract print, from the table down to the terms.
  private let body = [
    "SKU", "Fabric", "List price", "Contract terms", "Net price per metre",
    "LIN-220", "Linen 220", "12.40", "fixed net price", "10.90",
    "POP-WHT", "Poplin White", "6.90", "8% off list", "6.35",
    "DNM-12", "Denim 12oz", "9.30", "5% off list", "8.84",
    "DNM-10S", "Stretch Denim 10oz", "8.80", "5% off list", "8.36",
    "Category denim: 5% off list, every fabric in it.", "Prices per metre in EUR, net of VAT.",
    "Period: from 1 Jan 2027 to 31 Dec 2027, 365 days.",
    "Yearly commitment: the client buys at least 5,000 m in each year of the contract.",
    "Payment terms: net 45.", "VAT: each invoice adds VAT at the standard rate in force when it is issued (20% now).",
  ]

  @Test func aDraftReadsBackMarkedDraftWithBlankSignatureLines() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: drafted)
    defer { _ = s.close() }
    let reply = s.handle("pdf contract CT-2")
    #expect(reply.text == """
      Supply contract CT-2 draft for Çelik Tekstil, issued as DOC-1: \(desk.directory.path)/documents/CT-2-draft.pdf
      A draft, marked DRAFT, signature lines blank: once signed (sign contract CT-2 by OURS and THEIRS), pdf contract CT-2 prints the contract to keep.
      """)
    let text = try read(reply)
    expectInOrder([
      "Tekstil Adriatik sh.p.k.", "Rruga e Durrësit 12, Tiranë", "Supply contract", "L12345678A", "CT-2 draft",
      "AL47 2121 1009 0000 0002 3569 8741", "Drafted", "7 Dec 2026", "State", "Draft, needs approval",
      "Period", "1 Jan 2027 – 31 Dec 2027", "Currency", "EUR", "DRAFT",
      "Client", "Çelik Tekstil", "Rruga e Kavajës 5, Tiranë", "Tax number K91234567B",
    ] + body + ["For Tekstil Adriatik sh.p.k.", "For Çelik Tekstil", "Supply contract CT-2 draft", "page 1 / 1"], text)
    #expect(!text.contains("Signed"), "a draft's signature lines are blank\n\(text)")
    // Printed again unchanged it is the draft issued; approved, it prints differently: a revision.
    #expect(s.handle("document contract CT-2").text.hasPrefix("Supply contract CT-2 draft for Çelik Tekstil, as issued on 7 Dec 2026 (DOC-1): "))
    #expect(!s.handle("approve contract CT-2 by Maria Director").isError)
    let revised = s.handle("print contract CT-2")
    #expect(path(revised) == "\(desk.directory.path)/documents/CT-2-draft-r2.pdf", "\(revised.text)")
    expectInOrder(["CT-2 draft r2", "State", "Draft", "DRAFT", "Çelik Tekstil"], try read(revised))
  }

  @Test func aSignedContractReadsBackWithBothSignatoriesAndNeverChanges() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: drafted + [
      "pdf contract CT-2", "approve contract CT-2 by Maria Director", "send contract CT-2",
      "@now 2026-12-09 15:30", "sign contract CT-2 by Arbër Hoxha and Şükrü Doğan",
    ])
    defer { _ = s.close() }
    let reply = s.handle("pdf contract CT-2")
    #expect(reply.text == "Supply contract CT-2 for Çelik Tekstil, issued as DOC-2: \(desk.directory.path)/documents/CT-2.pdf")
    let text = try read(reply)
    expectInOrder([
      "Tekstil Adriatik sh.p.k.", "Supply contract", "CT-2", "Drafted", "7 Dec 2026", "State", "Signed 9 Dec 2026",
      "Period", "1 Jan 2027 – 31 Dec 2027", "Client", "Çelik Tekstil", "K91234567B",
    ] + body + ["Arbër Hoxha", "Şükrü Doğan", "Signed 9 Dec 2026", "Signed 9 Dec 2026", "For Tekstil Adriatik sh.p.k.", "For Çelik Tekstil"], text)
    #expect(!text.contains("DRAFT"), "\(text)")
    // In force on a later day it prints the same: the state printed is its step, not the day's.
    #expect(!s.handle("@now 2027-02-01 09:00").isError)
    #expect(s.handle("pdf contract CT-2").text.hasPrefix("Supply contract CT-2 for Çelik Tekstil, as issued on 9 Dec 2026 (DOC-2): "))
    // Terminated, the text agreed is still what it prints.
    #expect(!s.handle("terminate CT-2: the client closed its Bursa plant").isError)
    #expect(s.handle("pdf contract CT-2").text.hasPrefix("Supply contract CT-2 for Çelik Tekstil, as issued on 9 Dec 2026 (DOC-2): "))
    // Printed differently now, a signed contract is refused, naming the one issued; nothing changes.
    #expect(!s.handle("set company address Rruga e Elbasanit 3, Tiranë").isError)
    let before = s.desk
    let refused = s.handle("pdf contract CT-2")
    #expect(refused.isError)
    #expect(refused.text == "Supply contract CT-2 was issued on 9 Dec 2026 as DOC-2 (CT-2.pdf), and the desk would print it differently now (a list price, the fabrics of a category, or the company's or the client's details changed since). A signed contract is never changed: it is kept as it was. Nothing was written.", "\(refused.text)")
    #expect(s.desk == before)
  }

  @Test func aContractThatDoesNotExistIsRefusedAndChangesNothing() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: drafted)
    defer { _ = s.close() }
    let before = s.desk
    let reply = s.handle("pdf contract CT-9")
    #expect(reply.isError && reply.text == "There is no contract CT-9. `contracts` lists them.", "\(reply.text)")
    #expect(s.desk == before)
    #expect(!FileManager.default.fileExists(atPath: desk.directory.appendingPathComponent("documents").path))
  }
}
