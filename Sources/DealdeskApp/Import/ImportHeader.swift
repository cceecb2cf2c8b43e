import DealdeskLanguage
import DealdeskStore

/// A column an import understands, with the header words that mean it.
struct ImportField: Sendable {
  /// As the manager reads it in messages: "credit limit".
  let name: String
  /// Header spellings, compared by `ImportHeader.key`: case, accents, spaces and
  /// punctuation do not matter ("Credit limit", "credit_limit", "CréditLimit").
  let synonyms: [String]
  var required = false
}

/// Which column holds which field, matched by header name.
struct ImportHeader: Sendable {
  /// Field name → column index.
  let columns: [String: Int]
  /// Header cells that matched no field, in file order.
  let ignored: [String]
  let found: [String]

  init(_ header: [String], fields: [ImportField]) {
    var columns: [String: Int] = [:]
    var ignored: [String] = []
    for (index, cell) in header.enumerated() {
      let key = Self.key(cell)
      if let field = fields.first(where: { $0.synonyms.map(Self.key).contains(key) }) {
        if columns[field.name] == nil { columns[field.name] = index }
      } else if !key.isEmpty {
        ignored.append(cell)
      }
    }
    self.columns = columns
    self.ignored = ignored
    found = header.filter { !Self.key($0).isEmpty }
  }

  /// The required fields no column holds, in the fields' order.
  func missing(_ fields: [ImportField]) -> [ImportField] {
    fields.filter { $0.required && columns[$0.name] == nil }
  }

  /// "Payment Terms" → "paymentterms", "Crédit-limit" → "creditlimit".
  static func key(_ text: String) -> String {
    String(Fold.fold(text).unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) })
  }
}

/// One data row of an import file.
struct ImportRow: Sendable {
  let line: Int
  let cells: [String]
  let header: ImportHeader

  /// The field's cell, trimmed; nil when the column is missing or the cell is empty.
  func text(_ field: String) -> String? {
    guard let index = header.columns[field], cells.indices.contains(index) else { return nil }
    // The apostrophe a desk export puts before a formula-like text is not part of it; one
    // the export would not have put there is the text's own, and stays.
    let text = CSVFormulaGuard.unguarded(cells[index].trimmingCharacters(in: .whitespacesAndNewlines))
    return text.isEmpty ? nil : text
  }
}
