import DealdeskCore
import Foundation

/// One list of the desk as a CSV table (RFC 4180): a header row, then one row per item.
/// Written with a comma separator and LF line endings, UTF-8; a field is quoted only when it
/// holds a comma, a quote or a line break, with quotes doubled. Amounts are plain decimal
/// strings ("1234.50", no grouping); dates are ISO ("2026-11-30" or "2026-11-30T09:00:00Z").
public struct CSVTable: Equatable, Sendable {
  public var header: [String]
  public var rows: [[String]]

  public init(header: [String], rows: [[String]] = []) {
    self.header = header
    self.rows = rows
  }

  /// The whole table as text, every line (the last too) ending in "\n".
  public func text() -> String {
    var out = ""
    for row in [header] + rows {
      out += row.map(Self.field).joined(separator: ",")
      out += "\n"
    }
    return out
  }

  /// A field as written: quoted when it holds a comma, quote or line break. A text a
  /// spreadsheet would run as a formula gets a leading apostrophe (CSVFormulaGuard); the
  /// desk's own import takes it off again.
  static func field(_ value: String) -> String {
    let value = CSVFormulaGuard.guarded(value)
    guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
      return value
    }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  // MARK: - Cells

  static func amount(_ value: Decimal?) -> String { value.map { Money.plain($0) } ?? "" }
  static func quantity(_ value: Decimal?) -> String { value.map(Money.trimmed) ?? "" }
  static func int(_ value: Int?) -> String { value.map(String.init) ?? "" }

  private static let utc = TimeZone(identifier: "UTC") ?? .current

  /// A moment: "2026-11-30T09:00:00Z".
  static func time(_ value: Date?) -> String {
    value.map { ISO8601DateFormatter.string(from: $0, timeZone: utc, formatOptions: [.withInternetDateTime]) } ?? ""
  }

  /// A day: "2026-11-30" (desk times are the manager's wall-clock times, kept as UTC).
  static func day(_ value: Date?) -> String {
    value.map { ISO8601DateFormatter.string(from: $0, timeZone: utc, formatOptions: [.withFullDate]) } ?? ""
  }
}
