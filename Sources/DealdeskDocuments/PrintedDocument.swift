import DealdeskCore
import Foundation

/// A document as it is printed: every text and figure already written out, from the core's
/// own definitions (the kinds in Kinds/ build it), so the PDF layout only places them.
public struct PrintedDocument: Sendable, Equatable {
  /// "Invoice", "Commercial offer", …
  public var title: String
  /// The document's number as printed ("INV-3").
  public var number: String
  /// A word stamped under the letterhead, "DRAFT": the document binds nobody yet. Nil: none.
  public var mark: String?
  /// Labelled facts beside the title: date, order, due date, validity.
  public var facts: [Fact]
  /// The company's letterhead: its name first, then address, tax number, IBAN.
  public var company: [String]
  /// The client's block: heading ("Bill to"), then name, address, tax number.
  public var clientHeading: String
  public var client: [String]
  public var table: PrintedTable
  /// Lines under the table: each discount and why, what a line means.
  public var notes: [String]
  /// The VAT block: one row per rate (rate, net, VAT, gross).
  public var vat: [[String]]
  /// The totals, right-aligned under the VAT block: net, VAT, the total to pay.
  public var totals: [Fact]
  /// Terms and validity, in sentences.
  public var terms: [String]
  /// Signature lines, one per party; empty: none.
  public var signatures: [Signature]
  /// The VAT block's totals as figures, for the register of issued documents; nil: it prints none.
  public var figures: DocumentTotals?

  public init(
    title: String, number: String, facts: [Fact], company: [String], clientHeading: String, client: [String], table: PrintedTable,
    notes: [String] = [], vat: [[String]] = [], totals: [Fact] = [], terms: [String] = [], signatures: [Signature] = [],
    figures: DocumentTotals? = nil, mark: String? = nil
  ) {
    self.title = title
    self.number = number
    self.mark = mark
    self.facts = facts
    self.company = company
    self.clientHeading = clientHeading
    self.client = client
    self.table = table
    self.notes = notes
    self.vat = vat
    self.totals = totals
    self.terms = terms
    self.signatures = signatures
    self.figures = figures
  }

  /// Every text and figure printed, in the order printed, one to a line and each section
  /// named: what a document's fingerprint is taken of. Not the PDF's bytes, which carry their
  /// creation date and the layout of one Cairo version.
  public var content: String {
    var lines = ["title\t\(title)", "number\t\(number)"]
    // Only when set, so the kinds without a mark keep the fingerprints they were issued with.
    if let mark { lines.append("mark\t\(mark)") }
    lines += facts.map { "fact\t\($0.label)\t\($0.value)" }
    lines += company.map { "company\t\($0)" }
    lines.append("clientHeading\t\(clientHeading)")
    lines += client.map { "client\t\($0)" }
    lines.append("columns\t" + table.columns.map(\.title).joined(separator: "\t"))
    lines += table.rows.map { "row\t" + $0.joined(separator: "\t") }
    lines += notes.map { "note\t\($0)" }
    lines += vat.map { "vat\t" + $0.joined(separator: "\t") }
    lines += totals.map { "total\t\($0.label)\t\($0.value)" }
    lines += terms.map { "term\t\($0)" }
    lines += signatures.map { (["signature", $0.label] + [$0.name, $0.date].compactMap { $0 }).joined(separator: "\t") }
    return lines.joined(separator: "\n")
  }
}

/// One party's signature line: whom it is for, and once signed who signed and on which day.
/// A line not signed yet prints blank, to be signed by hand.
public struct Signature: Sendable, Equatable {
  /// "For Tekstil Adriatik sh.p.k."
  public var label: String
  public var name: String?
  /// The day signed, as printed ("7 Dec 2026").
  public var date: String?

  public init(_ label: String, name: String? = nil, date: String? = nil) {
    self.label = label
    self.name = name
    self.date = date
  }
}

/// A label and its value ("Date", "2026-12-07").
public struct Fact: Sendable, Equatable {
  public var label: String
  public var value: String

  public init(_ label: String, _ value: String) {
    self.label = label
    self.value = value
  }
}

/// A table of lines: its columns (share of the width and alignment) and its rows of cells.
public struct PrintedTable: Sendable, Equatable {
  public struct Column: Sendable, Equatable {
    public var title: String
    /// Share of the table's width; the shares of a table add up to 1.
    public var share: Double
    public var align: Align

    public init(_ title: String, _ share: Double, _ align: Align = .right) {
      self.title = title
      self.share = share
      self.align = align
    }
  }

  public var columns: [Column]
  public var rows: [[String]]

  public init(columns: [Column], rows: [[String]]) {
    self.columns = columns
    self.rows = rows
  }
}
