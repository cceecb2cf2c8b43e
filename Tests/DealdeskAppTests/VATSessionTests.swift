import DealdeskApp
import DealdeskCore
import DealdeskStore
import Foundation
import Testing

/// Issue 20, item 3 and its part of item 5, as a manager meets them: the company's and a
/// client's tax details set by command, VAT on the documents, refusals, undo and the export.
@Suite struct VATSessionTests {
  private let company = [
    "@now 2026-11-02 09:00", "load sample data",
    "set company name Tekstil Adriatik sh.p.k.", "set company address Rruga e Durrësit 12, Tiranë",
    "set company tax number L12345678A", "set company iban AL47 2121 1009 0000 0002 3569 8741",
  ]

  @Test func companyDetailsAreSetByCommandAndShownBack() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: ["@now 2026-11-02 09:00", "load sample data"])
    defer { _ = s.close() }
    #expect(s.handle("set company name Tekstil Adriatik sh.p.k.").text == "The company's name is now Tekstil Adriatik sh.p.k.")
    #expect(s.handle("set company tax number L12345678A").text == "The company's tax number is now L12345678A.")
    #expect(s.handle("set company iban al47 2121 1009 0000 0002 3569 8741").text == "The company's IBAN is now AL47 2121 1009 0000 0002 3569 8741.")
    #expect(s.handle("set company address Rruga e Durrësit 12, Tiranë").text == "The company's address is now Rruga e Durrësit 12, Tiranë.")
    #expect(s.desk.settings.company == CompanyDetails(
      name: "Tekstil Adriatik sh.p.k.", address: "Rruga e Durrësit 12, Tiranë", taxNumber: "L12345678A", iban: "AL47212110090000000235698741"))
    #expect(s.handle("set vat 18%").text.hasPrefix("Standard VAT is now 18%"))
    #expect(s.desk.settings.vatRates.standardPercent == 18)
    let shown = s.handle("company").text
    #expect(shown.contains("  tax number: L12345678A"), "\(shown)")
    #expect(shown.contains("  IBAN: AL47 2121 1009 0000 0002 3569 8741"), "\(shown)")
    #expect(shown.contains("  VAT: standard 18% · export 0%"), "\(shown)")
  }

  @Test func badInputIsRefusedByNameAndChangesNothing() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: company)
    defer { _ = s.close() }
    let before = s.desk
    let refusals: [(String, String)] = [
      ("set vat 120%", "A VAT rate runs from 0% to 100%, not 120%."),
      ("set vat -5%", "VAT"),
      ("set company tax number", "What is the company's tax number?"),
      ("set company iban AL47 2121 1009 0000 0002 3569 8742", "fails the IBAN check digits"),
      ("set company iban 12345", "is not an IBAN"),
      ("set Acme tax number", "What is Acme Textiles' tax number?"),
      ("set Acme tax number K912 if they ask", "is not a tax number"),
      ("set Acme vat sometimes", "Standard VAT or export (zero-rated)?"),
      ("set Zorba tax number K91234567B", "Zorba"),
    ]
    for (line, message) in refusals {
      let reply = s.handle(line)
      #expect(reply.isError, "\(line) → \(reply.text)")
      #expect(reply.text.contains(message), "\(line) → \(reply.text)")
    }
    #expect(s.desk.settings == before.settings)
    #expect(s.desk.clients == before.clients)
  }

  @Test func aClientsTaxDetailsAndExportTreatment() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: company)
    defer { _ = s.close() }
    #expect(s.handle("set Çelik tax number K91234567B").text == "Çelik Tekstil's tax number is now K91234567B.")
    #expect(s.handle("set celik address Rruga e Kavajës 5, Tiranë").text == "Çelik Tekstil's address is now Rruga e Kavajës 5, Tiranë.")
    #expect(s.handle("set Çelik vat export").text.hasPrefix("Çelik Tekstil is now zero-rated for VAT (export)"))
    #expect(s.handle("show Çelik").text.contains("  tax: tax number K91234567B · address Rruga e Kavajës 5, Tiranë · VAT export (zero-rated)"))
    #expect(s.desk.clients["CL-3"]?.tax == ClientTax(taxNumber: "K91234567B", address: "Rruga e Kavajës 5, Tiranë", vat: .export))
    // Undo takes back the last change only, and again the one before.
    #expect(s.handle("undo").text.contains("Undone"))
    #expect(s.desk.clients["CL-3"]?.tax?.vat == .standard)
    #expect(s.desk.clients["CL-3"]?.tax?.address == "Rruga e Kavajës 5, Tiranë")
    _ = s.handle("undo")
    _ = s.handle("undo")
    #expect(s.desk.clients["CL-3"]?.tax == nil)
    _ = s.handle("undo")
    #expect(s.desk.settings.company.iban == nil)
  }

  @Test func invoicesStatementsAndCreditNotesShowNetVATAndGrossPerRate() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: company + [
      "offer Acme 500m linen 220 8% off net 30", "they accept", "order O-1", "ship S-1",
      "set Çelik vat export", "Çelik orders 100m linen 220", "ship S-2",
    ])
    defer { _ = s.close() }
    #expect(s.handle("show O-1").text.contains("prices net of VAT"))
    let invoice = s.handle("invoice S-1").text
    #expect(invoice.contains("  VAT 20%: net 5,705.00 · VAT 1,141.00 · gross 6,846.00 EUR"), "\(invoice)")
    let export = s.handle("invoice S-2").text
    #expect(export.contains("  VAT 0% (zero-rated): net "), "\(export)")
    let credit = s.handle("return 100m linen 220 from S-1, shade").text
    #expect(credit.contains("  VAT 20%: net 1,141.00 · VAT 228.20 · gross 1,369.20 EUR"), "\(credit)")
    let statement = s.handle("statement Acme").text
    #expect(statement.contains("VAT per document and rate, rounded half up to the cent"), "\(statement)")
    #expect(statement.contains("    VAT 20%: net 4,564.00 · VAT 912.80 · gross 5,476.80 EUR"), "\(statement)")
  }

  @Test func exportJSONAndCSVCarryTheTaxDetails() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: company + [
      "set Çelik tax number K91234567B", "set Çelik address Rruga e Kavajës 5, Tiranë", "set Çelik vat export",
      "Acme orders 100m linen 220", "ship S-1",
    ])
    defer { _ = s.close() }
    let json = ExportDocument(desk: s.desk, now: s.now).json()
    #expect(json.contains(#""vatRates": {"#), "\(json.prefix(2000))")
    #expect(json.contains(#""standard": "20""#))
    #expect(json.contains(#""vatRounding": "perDocumentAndRate""#))
    #expect(json.contains(#""taxNumber": "L12345678A""#))
    #expect(json.contains(#""iban": "AL47212110090000000235698741""#))
    #expect(json.contains(#""taxNumber": "K91234567B""#))
    #expect(json.contains(#""billingAddress": "Rruga e Kavajës 5, Tiranë""#))
    #expect(json.contains(#""vat": "export""#))
    #expect(json.contains(#""vatPercent": "20""#))
    let clients = try #require(CSVLists.table("clients", desk: s.desk, now: s.now))
    #expect(clients.header.suffix(3) == ["taxNumber", "billingAddress", "vat"])
    let celik = try #require(clients.rows.first { $0.first == "CL-3" })
    #expect(celik.suffix(3) == ["K91234567B", "Rruga e Kavajës 5, Tiranë", "export"])
    let company = try #require(CSVLists.table("company", desk: s.desk, now: s.now))
    #expect(company.rows == [["Tekstil Adriatik sh.p.k.", "Rruga e Durrësit 12, Tiranë", "L12345678A", "AL47212110090000000235698741", "20", "0", "perDocumentAndRate"]])
    let invoices = try #require(CSVLists.table("invoices", desk: s.desk, now: s.now))
    #expect(invoices.rows.first?.suffix(3) == ["20", "248.00", "1488.00"])
  }

  /// What `export csv clients` writes of a client's tax details, `import clients` reads back.
  @Test func clientsCSVReadsBackTheirTaxDetails() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let s = try desk.open(running: [
      "@now 2026-11-02 09:00", "load sample data", "set Çelik tax number K91234567B", "set Çelik address Rruga e Kavajës 5, Tiranë",
      "set Çelik vat export",
    ])
    defer { _ = s.close() }
    let csv = try #require(CSVLists.table("clients", desk: s.desk, now: s.now)).text()
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("dealdesk-vat-\(UUID().uuidString).csv")
    try csv.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let other = TestDesk()
    defer { other.remove() }
    let t = try other.open(running: ["@now 2026-11-02 09:00"])
    defer { _ = t.close() }
    let reply = t.handle("import clients from \(file.path)")
    #expect(!reply.isError, "\(reply.text)")
    let celik = t.desk.clients.values.first { $0.name == "Çelik Tekstil" }
    #expect(celik?.tax == ClientTax(taxNumber: "K91234567B", address: "Rruga e Kavajës 5, Tiranë", vat: .export))
    #expect(t.desk.clients.values.first { $0.name == "Acme Textiles" }?.tax == nil, "standard and nothing set is no change")
  }
}
