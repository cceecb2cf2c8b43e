import DealdeskApp
import DealdeskStore
import Foundation
import Testing

/// CSV injection on the way in: a cell's apostrophe is taken off only where the desk's own
/// export would have put it, and a formula-like text that comes in raw is kept as text and
/// guarded again by every export after.
@Suite struct CSVFormulaImportTests {
  @Test func anApostropheComesOffOnlyWhereTheExportPutOne() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let files = try TestFolder("csv-guard")
    let session = try desk.open()
    defer { _ = session.close() }
    let path = try files.write(
      "clients.csv",
      lines: ["name,city", "Alba,'-1+cmd", "Bora,'-12.50", "Cora,'@home", "Dita,'plain", "Eda,''=1+1"])
    #expect(!session.handle("import clients from \(path)").isError)
    let cities = Dictionary(uniqueKeysWithValues: session.desk.clients.values.map { ($0.name, $0.city ?? "") })
    #expect(cities["Alba"] == "-1+cmd", "the export guards -1+cmd, so its apostrophe is the guard")
    #expect(cities["Bora"] == "'-12.50", "the export never guards a number: this apostrophe is the city's own")
    #expect(cities["Cora"] == "@home")
    #expect(cities["Dita"] == "'plain")
    #expect(cities["Eda"] == "'=1+1", "one guard off, the city's own apostrophe kept")
  }

  @Test func aFormulaImportedRawIsGuardedByEveryExportAfter() throws {
    let desk = TestDesk()
    defer { desk.remove() }
    let files = try TestFolder("csv-guard")
    let session = try desk.open()
    defer { _ = session.close() }
    let formulas = ["-HYPERLINK(\"http://evil.example\",\"Pay here\")", "+cmd|' /C calc'!A0", "-1+cmd", "@SUM(1+1)*cmd|' /C calc'!A0", "=1+1"]
    let rows = formulas.enumerated().map { n, formula in "Client \(n),\"\(formula.replacingOccurrences(of: "\"", with: "\"\""))\"" }
    let path = try files.write("raw.csv", lines: ["name,city"] + rows)
    #expect(!session.handle("import clients from \(path)").isError)

    let exported = files.path("clients.csv")
    #expect(!session.handle("export csv clients to \(exported)").isError)
    let table = try CSVReader.parse(try Data(contentsOf: URL(fileURLWithPath: exported))).get()
    let city = try #require(table.first?.fields.firstIndex(of: "city"))
    let written = table.dropFirst().map { $0.fields[city] }
    #expect(Set(written) == Set(formulas.map { "'" + $0 }), "\(written)")

    // And read back by the desk, the same cities again: the guard is not part of them.
    let again = TestDesk()
    defer { again.remove() }
    let other = try again.open()
    defer { _ = other.close() }
    #expect(!other.handle("import clients from \(exported)").isError)
    #expect(Set(other.desk.clients.values.compactMap(\.city)) == Set(formulas))
  }
}
