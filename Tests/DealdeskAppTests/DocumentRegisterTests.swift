import DealdeskApp
import DealdeskCore
import Foundation
import Testing

/// Issue 20, items 4 and 5: the register of issued documents. Each document written is
/// entered as DOC-n once its file is; printing it again with nothing changed is the same
/// document under the same number; undo voids it and its number is never used again, across
/// a restart too; a changed invoice is refused, a changed statement is a new revision; the
/// register is in `documents`, the export and its CSV.
@Suite struct DocumentRegisterTests {
  private let trade = [
    "@now 2026-11-02 09:00", "load sample data",
    "set company name Tekstil Adriatik sh.p.k.", "set company tax number L12345678A",
    "set Çelik tax number K91234567B",
    "offer Çelik 500m linen 220 8% off net 30", "they accept", "order O-1", "ship S-1",
    "return 50m linen 220 from S-1", "Çelik paid 2000",
  ]

  private func path(_ reply: Reply) -> String { reply.text.components(separatedBy: ": ").last ?? "" }

  private func documents(_ s: Session, _ client: String = "Çelik") -> [String] {
    s.handle("documents \(client)").text.split(separator: "\n").dropFirst().map { String($0).trimmingCharacters(in: .whitespaces) }
  }

  @Test func undoVoidsADocumentAndItsNumberIsNotReusedAcrossARestart() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let folder = desk.directory.appendingPathComponent("documents").path
    var s = try desk.open(running: trade)
    #expect(s.handle("pdf invoice S-1").text == "Invoice INV-1 for Çelik Tekstil, issued as DOC-1: \(folder)/INV-1.pdf")
    #expect(s.handle("undo").text == "Undone: pdf invoice S-1")
    #expect(documents(s) == ["DOC-1 · invoice INV-1 · 2 Nov 2026 · 6,846.00 EUR gross · INV-1.pdf · void", 
                             "A void document's line was undone: its number is kept and not used again."])
    #expect(s.handle("pdf invoice S-1").text == "Invoice INV-1 for Çelik Tekstil, issued as DOC-2: \(folder)/INV-1.pdf")
    #expect(s.close() == nil)
    // Reopened, the journal gives the same register: DOC-1 void, DOC-2 issued, DOC-3 next.
    s = try desk.open()
    defer { _ = s.close() }
    #expect(s.desk.documentsInOrder.map { "\($0.id) \($0.printed) \($0.void ? "void" : "issued")" } == ["DOC-1 INV-1 void", "DOC-2 INV-1 issued"])
    #expect(s.handle("pdf invoice INV-1").text == "Invoice INV-1 for Çelik Tekstil, as issued on 2 Nov 2026 (DOC-2): \(folder)/INV-1.pdf")
    #expect(s.handle("document credit note CN-1").text == "Credit note CN-1 for Çelik Tekstil, issued as DOC-3: \(folder)/CN-1.pdf")
    // Undone after a restart (undo's steps read from its file), redone: the same document again.
    #expect(s.handle("undo").text == "Undone: document credit note CN-1")
    #expect(s.desk.documents["DOC-3"]?.void == true)
    #expect(s.handle("redo").text == "Redone: document credit note CN-1")
    #expect(s.desk.documents["DOC-3"]?.void == false)
    #expect(s.desk.nextDocument().id == "DOC-4")
  }

  @Test func printingAgainIsTheSameDocumentAndAHandDeletedFileComesBackTheSame() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: trade)
    defer { _ = s.close() }
    let first = s.handle("pdf invoice S-1")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path(first)))
    let issued = try #require(s.desk.documents["DOC-1"])
    #expect(issued.kind == .invoice && issued.record == "INV-1" && issued.client == "CL-3" && issued.file == "INV-1.pdf")
    #expect(issued.totals == DocumentTotals(net: 5705, vat: 1141) && issued.fingerprint.count == 64)
    try FileManager.default.removeItem(atPath: path(first))
    let again = s.handle("pdf invoice S-1")
    #expect(again.text.contains("as issued on 2 Nov 2026 (DOC-1)"), "\(again.text)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: path(again))) == bytes, "printed again from the register's date: the same bytes")
    #expect(s.desk.documents.count == 1)
    // To a named file: the same document, not a second one.
    let named = try TestFolder("register-named")
    #expect(s.handle("pdf invoice S-1 to \(named.path("copy.pdf"))").text.contains("as issued on 2 Nov 2026 (DOC-1)"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: named.path("copy.pdf"))) == bytes)
    #expect(s.desk.documents.count == 1)
  }

  @Test func aChangedInvoiceIsRefusedAndAChangedStatementIsANewRevision() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: trade)
    defer { _ = s.close() }
    #expect(!s.handle("pdf invoice S-1").isError)
    #expect(!s.handle("set company address Rruga e Durrësit 12, Tiranë").isError)
    let before = s.desk
    let refused = s.handle("pdf invoice S-1")
    #expect(refused.isError && refused.text.contains("Invoice INV-1 was issued on 2 Nov 2026 as DOC-1 (INV-1.pdf)"), "\(refused.text)")
    #expect(refused.text.contains("a correction is a credit note"))
    #expect(s.desk == before)
    // A statement to the same day after a payment: a new revision, read back with its number.
    #expect(s.handle("print statement Çelik").text.contains("Statement of account ST-CL-3-2026-11-02 for Çelik Tekstil, issued as DOC-2"))
    #expect(!s.handle("Çelik paid 500").isError)
    let revised = s.handle("print statement Çelik")
    #expect(revised.text.contains("Statement of account ST-CL-3-2026-11-02 r2 for Çelik Tekstil, issued as DOC-3"), "\(revised.text)")
    #expect(revised.text.hasSuffix("/ST-CL-3-2026-11-02-r2.pdf"))
    let text = try PDFText.text(of: Data(contentsOf: URL(fileURLWithPath: path(revised))))
    #expect(PDFText.inOrder(["Statement of account", "ST-CL-3-2026-11-02 r2", "Çelik Tekstil", "Payment P-2", "500.00"], in: text) == nil, "\(text)")
    // Printed again unchanged: the revision issued.
    #expect(s.handle("print statement Çelik").text.contains("ST-CL-3-2026-11-02 r2 for Çelik Tekstil, as issued on 2 Nov 2026 (DOC-3)"))
    #expect(documents(s) == [
      "DOC-1 · invoice INV-1 · 2 Nov 2026 · 6,846.00 EUR gross · INV-1.pdf",
      "DOC-2 · statement of account ST-CL-3-2026-11-02 · 2 Nov 2026 · ST-CL-3-2026-11-02.pdf",
      "DOC-3 · statement of account ST-CL-3-2026-11-02 r2 · 2 Nov 2026 · ST-CL-3-2026-11-02-r2.pdf",
    ])
  }

  @Test func badInputRecordsNothing() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: trade)
    defer { _ = s.close() }
    let before = s.desk
    for line in ["pdf invoice S-9", "document offer O-9", "print statement Zorba", "pdf invoice S-1 to /no/such/folder/inv.pdf"] {
      #expect(s.handle(line).isError, "\(line)")
    }
    try Data("not a folder".utf8).write(to: desk.directory.appendingPathComponent("documents"))
    let reply = s.handle("pdf invoice S-1")
    #expect(reply.isError && reply.text.contains("Nothing was written or issued"), "\(reply.text)")
    #expect(s.desk == before)
    #expect(s.desk.documents.isEmpty && s.desk.nextDocument().id == "DOC-1")
  }

  @Test func theRegisterIsInTheExportAndItsCSV() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: trade + ["pdf invoice S-1", "document offer O-1", "undo"])
    defer { _ = s.close() }
    let csv = s.handle("export csv documents").text
    #expect(csv.hasPrefix("id,kind,printed,record,client,clientName,at,net,vat,gross,file,void,fingerprint\n"), "\(csv)")
    let fingerprint = s.desk.documents["DOC-1"]?.fingerprint ?? "?"
    #expect(csv.contains("DOC-1,invoice,INV-1,INV-1,CL-3,Çelik Tekstil,2026-11-02T09:00:00Z,5705.00,1141.00,6846.00,INV-1.pdf,no,\(fingerprint)\n"), "\(csv)")
    #expect(csv.contains("DOC-2,offer,O-1,O-1,CL-3,Çelik Tekstil,2026-11-02T09:00:00Z,5705.00,1141.00,6846.00,O-1.pdf,yes,"), "\(csv)")
    let json = s.handle("export json").text
    #expect(json.contains("""
      "documents": [
          {
            "id": "DOC-1",
            "kind": "invoice",
            "printed": "INV-1",
            "record": "INV-1",
            "client": "CL-3",
            "at": "2026-11-02T09:00:00Z",
            "net": "5705.00",
            "vat": "1141.00",
            "gross": "6846.00",
            "file": "INV-1.pdf",
            "fingerprint": "\(fingerprint)",
            "void": false
          },
      """), "\(json)")
  }
}
