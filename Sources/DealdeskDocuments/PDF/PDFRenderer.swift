import Foundation

/// Lays a `PrintedDocument` out on A4 pages: letterhead, the client's block, the table (its
/// heading repeated on each page), notes, VAT block and totals, terms, signatures, and
/// "page 1 / 2" at each foot. Typeset twice: once to count the pages, once to draw.
public enum PDFRenderer {
  /// The PDF's bytes; `created` is its CreationDate.
  public static func render(_ document: PrintedDocument, created: Date) -> Data {
    var counting = PageLayout(document, canvas: PDFCanvas(created: created, title: document.title), pages: 0)
    let pages = counting.draw()
    let canvas = PDFCanvas(created: created, title: "\(document.title) \(document.number)")
    var drawing = PageLayout(document, canvas: canvas, pages: pages)
    _ = drawing.draw()
    return canvas.finish()
  }
}

/// One pass of laying out: tracks the pen and breaks pages.
private struct PageLayout {
  let document: PrintedDocument
  let canvas: PDFCanvas
  let pages: Int
  let margin = 42.0
  var width: Double { PDFCanvas.pageWidth - 2 * margin }
  var bottom: Double { PDFCanvas.pageHeight - margin - 24 }
  var y = 0.0
  var page = 1

  init(_ document: PrintedDocument, canvas: PDFCanvas, pages: Int) {
    self.document = document
    self.canvas = canvas
    self.pages = pages
    y = margin
  }

  /// Draws it all; returns the number of pages.
  mutating func draw() -> Int {
    letterhead()
    stamp()
    clientBlock()
    table()
    notes()
    vatAndTotals()
    terms()
    signatures()
    footer()
    return page
  }

  mutating func letterhead() {
    let left = width * 0.55
    var leftY = y
    if let name = document.company.first {
      leftY += canvas.text(name, x: margin, y: leftY, width: left, font: .bold) + 2
    }
    for line in document.company.dropFirst() {
      leftY += canvas.text(line, x: margin, y: leftY, width: left, font: .small, grey: true)
    }
    var rightY = y
    let rightX = margin + left
    rightY += canvas.text(document.title, x: rightX, y: rightY, width: width - left, font: .title, align: .right)
    rightY += canvas.text(document.number, x: rightX, y: rightY, width: width - left, font: .bold, align: .right) + 4
    for fact in document.facts {
      let h = canvas.text(fact.label, x: rightX, y: rightY, width: (width - left) * 0.45, font: .small, grey: true)
      let v = canvas.text(fact.value, x: rightX + (width - left) * 0.45, y: rightY, width: (width - left) * 0.55, align: .right)
      rightY += max(h, v)
    }
    y = max(leftY, rightY) + 10
    canvas.rule(x: margin, y: y, width: width, weight: 1)
    y += 10
  }

  /// The document's mark ("DRAFT"), large and centred under the letterhead's rule, ruled off
  /// from the client's block.
  mutating func stamp() {
    guard let mark = document.mark else { return }
    y += canvas.text(mark, x: margin, y: y - 4, width: width, font: .title, align: .center, grey: true)
    canvas.rule(x: margin, y: y, width: width, weight: 1, grey: 0.5)
    y += 10
  }

  mutating func clientBlock() {
    y += canvas.text(document.clientHeading, x: margin, y: y, font: .small, grey: true)
    for (i, line) in document.client.enumerated() {
      y += canvas.text(line, x: margin, y: y, width: width * 0.6, font: i == 0 ? .bold : .regular)
    }
    y += 14
  }

  private func columnX(_ i: Int) -> (x: Double, w: Double) {
    let shares = document.table.columns.map(\.share)
    let x = margin + shares[..<i].reduce(0, +) * width
    return (x, shares[i] * width)
  }

  mutating func tableHeading() {
    let padding = 3.0
    let height = document.table.columns.enumerated().map { i, column in
      canvas.measure(column.title, font: .bold, width: columnX(i).w - 2 * padding).height
    }.max() ?? 0
    canvas.band(x: margin, y: y, width: width, height: height + 2 * padding, grey: 0.9)
    for (i, column) in document.table.columns.enumerated() {
      let (x, w) = columnX(i)
      canvas.text(column.title, x: x + padding, y: y + padding, width: w - 2 * padding, font: .bold, align: column.align)
    }
    y += height + 2 * padding
  }

  mutating func table() {
    let padding = 3.0
    tableHeading()
    for row in document.table.rows {
      let height = row.enumerated().map { i, cell in
        i < document.table.columns.count ? canvas.measure(cell, width: columnX(i).w - 2 * padding).height : 0
      }.max() ?? 0
      if y + height + 2 * padding > bottom {
        breakPage()
        tableHeading()
      }
      for (i, cell) in row.enumerated() where i < document.table.columns.count {
        let (x, w) = columnX(i)
        canvas.text(cell, x: x + padding, y: y + padding, width: w - 2 * padding, align: document.table.columns[i].align)
      }
      y += height + 2 * padding
      canvas.rule(x: margin, y: y, width: width, weight: 0.3, grey: 0.7)
    }
    y += 8
  }

  mutating func room(_ height: Double) {
    if y + height > bottom { breakPage() }
  }

  mutating func notes() {
    for note in document.notes {
      let height = canvas.measure(note, font: .small, width: width).height
      room(height)
      y += canvas.text(note, x: margin, y: y, width: width, font: .small, grey: true)
    }
    if !document.notes.isEmpty { y += 8 }
  }

  mutating func vatAndTotals() {
    let blockWidth = width * 0.5
    let x = margin + width - blockWidth
    let share = blockWidth / 4
    if !document.vat.isEmpty {
      room(14 * Double(document.vat.count + 1))
      for (i, title) in ["VAT rate", "Net", "VAT", "Gross"].enumerated() {
        canvas.text(title, x: x + Double(i) * share, y: y, width: share - 3, font: .small, align: .right, grey: true)
      }
      y += 11
      for row in document.vat {
        var height = 0.0
        for (i, cell) in row.prefix(4).enumerated() {
          height = max(height, canvas.text(cell, x: x + Double(i) * share, y: y, width: share - 3, align: .right))
        }
        y += height
      }
      y += 4
      canvas.rule(x: x, y: y, width: blockWidth, weight: 0.3, grey: 0.7)
      y += 4
    }
    for (i, total) in document.totals.enumerated() {
      let last = i == document.totals.count - 1
      room(14)
      let font: PDFCanvas.Font = last ? .bold : .regular
      let h = canvas.text(total.label, x: x, y: y, width: blockWidth * 0.55, font: font)
      canvas.text(total.value, x: x + blockWidth * 0.55, y: y, width: blockWidth * 0.45 - 3, font: font, align: .right)
      y += h + 1
    }
    y += 14
  }

  mutating func terms() {
    for line in document.terms {
      let height = canvas.measure(line, width: width).height
      room(height)
      y += canvas.text(line, x: margin, y: y, width: width) + 2
    }
  }

  /// Each party's line side by side: who signed and when above the line once signed (blank
  /// to sign by hand until then), whom it is for under it.
  mutating func signatures() {
    guard !document.signatures.isEmpty else { return }
    let share = width / Double(document.signatures.count)
    let labelHeight = document.signatures.map { canvas.measure($0.label, font: .small, width: share - 30).height }.max() ?? 0
    y += 24
    room(36 + labelHeight)
    for (i, signature) in document.signatures.enumerated() {
      let x = margin + Double(i) * share
      if let name = signature.name { canvas.text(name, x: x, y: y + 6, width: share - 30, font: .bold) }
      if let date = signature.date { canvas.text("Signed \(date)", x: x, y: y + 18, width: share - 30, font: .small) }
      canvas.rule(x: x, y: y + 30, width: share - 30, weight: 0.5)
      canvas.text(signature.label, x: x, y: y + 34, width: share - 30, font: .small, grey: true)
    }
    y += 36 + labelHeight
  }

  /// The foot of the page: the company's name, the document's number and "page 1 / 2".
  func footer() {
    let footY = PDFCanvas.pageHeight - margin - 10
    canvas.rule(x: margin, y: footY - 4, width: width, weight: 0.3, grey: 0.7)
    let left = [document.company.first, "\(document.title) \(document.number)"].compactMap { $0 }.joined(separator: " · ")
    canvas.text(left, x: margin, y: footY, width: width * 0.7, font: .small, grey: true)
    canvas.text("page \(page) / \(max(pages, page))", x: margin + width * 0.7, y: footY, width: width * 0.3, font: .small, align: .right, grey: true)
  }

  mutating func breakPage() {
    footer()
    canvas.newPage()
    page += 1
    y = margin
  }
}
