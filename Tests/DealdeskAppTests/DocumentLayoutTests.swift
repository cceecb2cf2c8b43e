import DealdeskDocuments
import Foundation
import Testing

/// The A4 layout on its own: a long table breaks onto further pages with its heading
/// repeated, each page says "page n / N", and long text wraps in its cell, nothing lost.
@Suite struct DocumentLayoutTests {
  private func document(rows: Int) -> PrintedDocument {
    let table = PrintedTable(
      columns: [.init("SKU", 0.2, .left), .init("Fabric", 0.5, .left), .init("Line total", 0.3)],
      rows: (1...rows).map { ["SKU-\($0)", $0 == 3 ? "Pëlhurë e gjatë me emër shumë të gjatë që mbështillet në dy rreshta ose më shumë, çdo shkronjë" : "Fabric \($0)", "\($0).00"] })
    return PrintedDocument(
      title: "Invoice", number: "INV-9", facts: [Fact("Date", "2 Nov 2026")], company: ["Tekstil Adriatik sh.p.k."], clientHeading: "Bill to",
      client: ["Şahin Doğan Tekstil"], table: table, totals: [Fact("Total", "1.00")])
  }

  @Test func aLongTableBreaksOntoPagesWithItsHeadingOnEach() throws {
    let pdf = Documents.render(document(rows: 75), created: Date(timeIntervalSince1970: 1_796_029_200))
    let text = try PDFText.text(of: pdf)
    let pages = text.components(separatedBy: "\u{0C}").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    #expect(pages.count == 2, "\(text)")
    for (i, page) in pages.enumerated() {
      #expect(page.contains("SKU") && page.contains("Line total"), "page \(i + 1) has the table's heading")
      #expect(page.contains("page \(i + 1) / \(pages.count)"), "\(page)")
    }
    let missing = PDFText.inOrder((1...75).map { "SKU-\($0) " }, in: text)
    #expect(missing == nil, "row \(missing ?? "") lost")
    #expect(text.contains("Pëlhurë e gjatë") && text.contains("çdo shkronjë"), "a wrapped cell keeps every word")
  }
}
