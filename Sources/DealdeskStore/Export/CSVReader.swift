import Foundation

/// Reads CSV (RFC 4180) leniently and never crashes: quoted fields with doubled quotes,
/// commas and line breaks inside quotes, CRLF, LF or CR line endings, a UTF-8 byte-order
/// mark skipped. Blank lines are skipped. Each row knows the file line it starts on.
public enum CSVReader {
  public struct Row: Equatable, Sendable {
    /// The file line the row starts on; the first line is 1.
    public var line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) {
      self.line = line
      self.fields = fields
    }
  }

  public enum Failure: Error, Equatable, Sendable {
    /// The bytes are not UTF-8 text (or hold NUL bytes, as binary files do).
    case notUTF8
    /// A quoted field opened on `line` runs to the end of the file.
    case unclosedQuote(line: Int)
  }

  /// Decodes `data` as UTF-8 (skipping a byte-order mark), then parses it.
  public static func parse(_ data: Data) -> Result<[Row], Failure> {
    guard let text = utf8Text(data) else { return .failure(.notUTF8) }
    return parse(text)
  }

  /// The text of `data` when it is valid UTF-8 without NUL bytes, BOM removed.
  public static func utf8Text(_ data: Data) -> String? {
    guard !data.contains(0) else { return nil }
    let text = String(decoding: data, as: UTF8.self)
    // Decoding repairs bad bytes with U+FFFD; if the bytes changed, they were not UTF-8.
    guard text.utf8.elementsEqual(data) else { return nil }
    return text.hasPrefix("\u{FEFF}") ? String(text.unicodeScalars.dropFirst()) : text
  }

  public static func parse(_ text: String) -> Result<[Row], Failure> {
    var scalars = Substring(text).unicodeScalars
    if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
    var rows: [Row] = []
    var fields: [String] = []
    var field = String.UnicodeScalarView()
    var line = 1
    var rowLine = 1
    var quoteLine = 1
    var inQuotes = false
    var wasQuoted = false
    var afterCR = false

    func endField() {
      fields.append(String(field))
      field = String.UnicodeScalarView()
      wasQuoted = false
    }
    func endRow() {
      endField()
      let blank = fields.count == 1 && fields[0].isEmpty
      if !blank { rows.append(Row(line: rowLine, fields: fields)) }
      fields = []
    }

    for scalar in scalars {
      // "\r\n" is one line break: the "\n" after a "\r" was already counted.
      if afterCR {
        afterCR = false
        if scalar == "\n" {
          if inQuotes { field.append(scalar) }
          continue
        }
      }
      if inQuotes {
        if scalar == "\"" {
          inQuotes = false
        } else {
          if scalar == "\n" || scalar == "\r" { line += 1 }
          afterCR = scalar == "\r"
          field.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"":
        if wasQuoted {
          field.append("\"")  // a doubled quote inside a quoted field
        } else if field.isEmpty {
          quoteLine = line
        } else {
          field.append(scalar)  // a stray quote in an unquoted field is kept as text
          continue
        }
        inQuotes = true
        wasQuoted = true
      case ",":
        endField()
      case "\n", "\r":
        endRow()
        line += 1
        rowLine = line
        afterCR = scalar == "\r"
      default:
        field.append(scalar)
      }
    }
    if inQuotes { return .failure(.unclosedQuote(line: quoteLine)) }
    if !field.isEmpty || !fields.isEmpty || wasQuoted { endRow() }
    return .success(rows)
  }
}
