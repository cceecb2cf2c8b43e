import DealdeskApp
import DealdeskCore
import Foundation
import Testing

@Suite struct CSVImportTests {
  /// A desk with the sample data, and a place outside it for CSV files.
  private final class Fixture {
    let desk = TestDesk()
    let folder: URL
    let session: Session

    init(sample: Bool = true) throws {
      folder = FileManager.default.temporaryDirectory.appendingPathComponent("dealdesk-csv-\(UUID().uuidString)", isDirectory: true)
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      session = try desk.open()
      if sample { _ = session.handle("load sample data") }
    }

    deinit {
      _ = session.close()
      desk.remove()
      try? FileManager.default.removeItem(at: folder)
    }

    func file(_ name: String, _ text: String) throws -> String { try file(name, Data(text.utf8)) }

    func file(_ name: String, _ data: Data) throws -> String {
      let url = folder.appendingPathComponent(name)
      try data.write(to: url)
      return url.path
    }

    /// Every file of the desk's folder, to prove a refused import wrote nothing.
    func deskFiles() throws -> [String: Data] {
      var files: [String: Data] = [:]
      for name in try FileManager.default.contentsOfDirectory(atPath: desk.directory.path) {
        files[name] = FileManager.default.contents(atPath: desk.directory.appendingPathComponent(name).path)
      }
      return files
    }
  }

  @Test func clientsAreImportedWithTermsAndLimitsAsOneUndoStep() throws {
    let f = try Fixture()
    let before = f.session.desk
    let path = try f.file("clients.csv", """
      Client Name;x,Town,Téléphone,E-mail,Payment Terms,Crédit limit,Notes
      Hana Moda,Tirana,+355 69 111 2222,hana@moda.al,net 30,"1,234.50",
      "Dupont, ""Les Tissus"" SA",Lyon,,,60 days,"12,40",key account
      Özlem Tekstil,Bursa,,,prepayment,,

      """.replacingOccurrences(of: "Client Name;x", with: "Name"))
    let reply = f.session.handle("import clients from \(path)")
    #expect(reply.text == "Imported 3 clients from \(path).\nIgnored columns: Notes.\nOne undo takes the whole import back.")
    let hana = try #require(f.session.desk.clients.values.first { $0.name == "Hana Moda" })
    #expect(hana.city == "Tirana")
    #expect(hana.contacts.first?.email == "hana@moda.al")
    #expect(hana.paymentTerms == .net(days: 30))
    #expect(hana.creditLimit == Decimal(string: "1234.50"))
    let dupont = try #require(f.session.desk.clients.values.first { $0.name == "Dupont, \"Les Tissus\" SA" })
    #expect(dupont.paymentTerms == .net(days: 60))
    #expect(dupont.creditLimit == Decimal(string: "12.40"))
    #expect(f.session.desk.clients.values.first { $0.name == "Özlem Tekstil" }?.paymentTerms == .prepayment)
    #expect(f.session.handle("undo").text == "Undone: import clients from \(path)")
    #expect(f.session.desk == before)
  }

  @Test func productsAreImportedByHeaderName() throws {
    let f = try Fixture()
    let path = try f.file("fabrics.csv", """
      SKU,Product,Category,List price,Cost,Width (cm),GSM,Composition,Color,Finish,Roll length,MOQ
      VOI-140,Cotton Voile,cotton,"7,90",4.10,140,90 gsm,100% cotton,white,mercerised,100,50
      ,Wool Crepe,wool,€ 22.00,,150 cm,,,,,,

      """)
    #expect(f.session.handle("import products from \(path)").text.hasPrefix("Imported 2 products from \(path)."))
    let voile = try #require(f.session.desk.products["VOI-140"])
    #expect(voile.listPrice == Decimal(string: "7.90"))
    #expect(voile.cost == Decimal(string: "4.10"))
    #expect(voile.widthCm == 140 && voile.gsm == 90 && voile.rollLength == 100 && voile.minimumOrderMeters == 50)
    #expect(voile.colour == "white" && voile.composition == "100% cotton" && voile.finish == "mercerised")
    #expect(f.session.desk.products.values.first { $0.name == "Wool Crepe" }?.widthCm == 150)
  }

  @Test func aMissingColumnIsNamedWithTheColumnsFound() throws {
    let f = try Fixture()
    let path = try f.file("clients.csv", "City,Phone\nTirana,123\n")
    let reply = f.session.handle("import clients from \(path)")
    #expect(reply.isError)
    #expect(reply.text.hasPrefix("\(path) has no name column, which clients need. Columns found: City, Phone."))
    let products = try f.file("products.csv", "name,colour\nVoile,white\n")
    #expect(f.session.handle("import products from \(products)").text.hasPrefix("\(products) has no price column"))
  }

  @Test func aRefusedRowImportsNothingAndNamesEveryRefusal() throws {
    let f = try Fixture()
    let before = f.session.desk
    let files = try f.deskFiles()
    let path = try f.file("clients.csv", """
      name,city,credit limit
      Hana Moda,Tirana,5000
      Acme Textiles,Durrës,
      Hana Moda,Shkodër,
      Nova Tekstil,Skopje,lots

      Vera Linen,Sofia,
      """)
    let reply = f.session.handle("import clients from \(path)")
    #expect(reply.isError)
    #expect(reply.text == """
      Nothing was imported: 3 of 5 rows were refused.
      \(path):3: There is already a client Acme Textiles (CL-1). Use quotes for a different client with a similar name, or `show Acme Textiles`.
      \(path):4: the same name Hana Moda is already on line 2 of this file.
      \(path):5: Credit limit "lots" is not an amount; write it like 12.40 or 1234.50.
      The other 2 clients would have been taken; fix the rows above and import again.
      """)
    #expect(f.session.desk == before)
    #expect(try f.deskFiles() == files, "the journal is untouched")
    #expect(f.session.handle("undo").text == "Undone: load sample data")
  }

  @Test func badEncodingAnEmptyFileAndAFolderAreRefused() throws {
    let f = try Fixture(sample: false)
    let latin1 = try f.file("latin1.csv", Data("name\nCelik Tekstil\n".utf8) + Data([0xC7, 0x65, 0x0A]))
    #expect(f.session.handle("import clients from \(latin1)").text
      == "\(latin1) is not UTF-8 text; save it as CSV UTF-8 (in Excel: Save As › CSV UTF-8) and import again.")
    let empty = try f.file("empty.csv", "")
    #expect(f.session.handle("import clients from \(empty)").text.hasPrefix("\(empty) is empty"))
    let headerOnly = try f.file("header.csv", "name,city\n")
    #expect(f.session.handle("import clients from \(headerOnly)").text == "\(headerOnly) has a header row but no clients under it.")
    #expect(f.session.handle("import clients from \(f.folder.path)").text == "\(f.folder.path) is a folder, not a CSV file.")
    #expect(f.session.handle("import invoices from \(empty)").text.hasPrefix("The desk imports clients and products from CSV, not invoices."))
    #expect(f.session.desk == Desk())
  }
}
