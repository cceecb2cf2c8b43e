import DealdeskApp
import DealdeskCore
import Foundation
import Testing

/// Issue 20, item 4: documents as PDF, read back with poppler's pdftotext: every name and
/// figure on the page, in order; the same desk gives the same bytes; bad input changes nothing.
@Suite struct DocumentSessionTests {
  private let trade = [
    "@now 2026-11-02 09:00", "load sample data",
    "set company name Tekstil Adriatik sh.p.k.", "set company address Rruga e Durrësit 12, Tiranë",
    "set company tax number L12345678A", "set company iban AL47 2121 1009 0000 0002 3569 8741",
    "set Çelik tax number K91234567B", "set celik address Rruga e Kavajës 5, Tiranë",
    "offer Çelik 500m linen 220 8% off net 30", "they accept", "order O-1", "ship S-1",
    "return 50m linen 220 from S-1", "Çelik paid 2000",
    "offer Çelik 300m linen 220 10% off net 60",
  ]

  /// The path the reply prints, after its last ": ".
  private func path(_ reply: Reply) -> String {
    reply.text.components(separatedBy: ": ").last ?? ""
  }

  private func read(_ reply: Reply) throws -> String {
    #expect(!reply.isError, "\(reply.text)")
    return try PDFText.text(of: Data(contentsOf: URL(fileURLWithPath: path(reply))))
  }

  private func expectInOrder(_ needles: [String], _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let missing = PDFText.inOrder(needles, in: text)
    #expect(missing == nil, "not found in order: \(missing ?? "")\n\(text)", sourceLocation: sourceLocation)
  }

  @Test func theInvoiceReadsBackEveryNameAndFigureInOrder() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: trade)
    defer { _ = s.close() }
    let reply = s.handle("pdf invoice S-1")
    #expect(reply.text == "Invoice INV-1 for Çelik Tekstil, issued as DOC-1: \(desk.directory.path)/documents/INV-1.pdf")
    let text = try read(reply)
    expectInOrder([
      "Tekstil Adriatik sh.p.k.", "Rruga e Durrësit 12, Tiranë", "Invoice", "L12345678A", "INV-1",
      "AL47 2121 1009 0000 0002 3569 8741", "2 Nov 2026", "S-1", "O-1", "2 Dec 2026", "EUR",
      "Bill to", "Çelik Tekstil", "Rruga e Kavajës 5, Tiranë", "K91234567B",
      "SKU", "Fabric", "Lot", "Metres", "List price", "Discount", "Net price", "Line total",
      "LIN-220", "Linen 220", "24-117", "500", "12.40", "8%", "11.41", "5,705.00",
      "net of VAT", "20%", "5,705.00", "1,141.00", "6,846.00",
      "Total net", "5,705.00", "VAT", "1,141.00", "Total to pay (EUR)", "6,846.00",
      "net 30, due 2 Dec 2026", "page 1 / 1",
    ], text)
    // INV-1 by its own number is the same invoice, already issued: the file is kept.
    #expect(s.handle("pdf invoice INV-1").text == "Invoice INV-1 for Çelik Tekstil, as issued on 2 Nov 2026 (DOC-1): \(desk.directory.path)/documents/INV-1.pdf")
  }

  @Test func theOfferCreditNoteStatementAndProformaReadBack() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: trade)
    defer { _ = s.close() }
    expectInOrder([
      "Commercial offer", "O-2", "Valid until", "16 Nov 2026", "Offer to", "Çelik Tekstil",
      "LIN-220", "Linen 220", "300", "12.40", "10%", "11.16", "3,348.00", "−10% off the list price",
      "20%", "3,348.00", "669.60", "4,017.60", "Total (EUR)", "4,017.60", "Valid until 16 Nov 2026", "net 60",
    ], try read(s.handle("document offer O-2")))
    expectInOrder([
      "Credit note", "CN-1", "INV-1", "S-1", "Çelik Tekstil", "RT-1", "Goods returned", "Linen 220", "570.50",
      "20%", "570.50", "114.10", "684.60", "Total credited (EUR)", "684.60", "invoice INV-1",
    ], try read(s.handle("document credit note CN-1")))
    expectInOrder([
      "Statement of account", "ST-CL-3-2026-11-02", "Çelik Tekstil", "Opening balance", "0.00",
      "Invoice INV-1", "S-1", "6,846.00", "6,846.00", "Credit note CN-1", "684.60", "6,161.40",
      "Payment P-1", "2,000.00", "4,161.40", "Closing balance", "4,161.40",
      "20%", "5,134.50", "1,026.90", "6,161.40", "Closing balance (EUR)", "4,161.40", "Balance due: 4,161.40 EUR",
    ], try read(s.handle("print statement Çelik")))
    expectInOrder([
      "Proforma invoice", "PF-S-1", "S-1", "Çelik Tekstil", "LIN-220", "500", "12.40", "8%", "11.41", "5,705.00",
      "1,141.00", "6,846.00", "not a tax invoice",
    ], try read(s.handle("pdf proforma S-1")))
  }

  @Test func documentsListsWhatWasWrittenByClient() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: trade)
    defer { _ = s.close() }
    let folder = desk.directory.appendingPathComponent("documents").path
    #expect(s.handle("documents Çelik").text == "No documents issued to Çelik Tekstil yet. e.g. pdf invoice S-1 writes one into \(folder).")
    for line in ["pdf invoice S-1", "document credit note CN-1", "document offer O-2", "counter 11%", "document offer O-2"] {
      #expect(!s.handle(line).isError, "\(line)")
    }
    #expect(s.handle("documents Çelik").text == """
      Documents issued to Çelik Tekstil (files in \(folder)):
        DOC-1 · invoice INV-1 · 2 Nov 2026 · 6,846.00 EUR gross · INV-1.pdf
        DOC-2 · credit note CN-1 · 2 Nov 2026 · 684.60 EUR gross · CN-1.pdf
        DOC-3 · commercial offer O-2 · 2 Nov 2026 · 4,017.60 EUR gross · O-2.pdf
        DOC-4 · commercial offer O-2 v2 · 2 Nov 2026 · 3,974.40 EUR gross · O-2-v2.pdf
      """)
    #expect(s.handle("documents Acme").text.hasPrefix("No documents issued to Acme Textiles yet."))
  }

  @Test func anyNamePrints() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: trade + [
      "add client Şahin Doğan Tekstil", "set Şahin address Rue de la Gaîté 3, Besançon",
      "Şahin orders 100m linen 220", "ship S-2",
    ])
    defer { _ = s.close() }
    expectInOrder(["Şahin Doğan Tekstil", "Rue de la Gaîté 3, Besançon", "100", "1,240.00"], try read(s.handle("pdf invoice S-2")))
  }

  @Test func theSameDeskGivesTheSameBytes() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: trade)
    defer { _ = s.close() }
    let folder = try TestFolder("pdf-bytes")
    _ = s.handle("pdf invoice S-1 to \(folder.path("a.pdf"))")
    _ = s.handle("pdf invoice S-1 to \(folder.path("b.pdf"))")
    let a = try Data(contentsOf: URL(fileURLWithPath: folder.path("a.pdf")))
    #expect(a.count > 1000)
    #expect(a == (try Data(contentsOf: URL(fileURLWithPath: folder.path("b.pdf")))))
    #expect(String(decoding: a, as: UTF8.self).contains("/CreationDate (20261102090000Z)"), "CreationDate is the desk's clock")
  }

  @Test func badInputIsRefusedAndChangesNothing() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: trade + ["Acme orders 100m linen 220"])
    defer { _ = s.close() }
    let before = s.desk
    let refusals: [(String, String)] = [
      ("pdf invoice S-9", "There is no invoice or order S-9."),
      ("pdf invoice S-2", "S-2 has not shipped, so it has no invoice yet"),
      ("document offer O-9", "There is no offer O-9."),
      ("document credit note CN-7", "There is no credit note CN-7."),
      ("pdf proforma S-9", "There is no order S-9."),
      ("print statement Zorba", "Zorba"),
      ("pdf invoice S-1 to /no/such/folder/inv.pdf", "There is no folder /no/such/folder"),
    ]
    for (line, message) in refusals {
      let reply = s.handle(line)
      #expect(reply.isError, "\(line) → \(reply.text)")
      #expect(reply.text.contains(message), "\(line) → \(reply.text)")
    }
    // A file already there is kept unless the line says to replace it.
    let folder = try TestFolder("pdf-kept")
    let kept = try folder.write("inv.pdf", lines: ["mine"])
    let refused = s.handle("pdf invoice S-1 to \(kept)")
    #expect(refused.isError && refused.text.contains("already exists: pdf invoice S-1 to \(kept), replace it"), "\(refused.text)")
    #expect(try String(contentsOfFile: kept, encoding: .utf8) == "mine\n")
    #expect(s.desk == before)
    // Written, it is issued: entered in the register.
    #expect(!s.handle("pdf invoice S-1 to \(kept), replace it").isError)
    #expect(s.desk.documentsInOrder.map { "\($0.id) \($0.printed) \($0.file)" } == ["DOC-1 INV-1 \(kept)"])
    let issued = s.desk
    #expect(!FileManager.default.fileExists(atPath: desk.directory.appendingPathComponent("documents").path))
    // A documents folder that cannot be written: a clear error, nothing written.
    try Data("not a folder".utf8).write(to: desk.directory.appendingPathComponent("documents"))
    let reply = s.handle("pdf invoice S-1")
    #expect(reply.isError && reply.text.contains("Could not write"), "\(reply.text)")
    #expect(s.desk == issued)
  }
}
