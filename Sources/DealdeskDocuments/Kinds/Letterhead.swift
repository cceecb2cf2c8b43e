import DealdeskCore
import Foundation

/// The parts every document shares: the company's letterhead, the client's block, and the
/// figures written the way the desk's replies write them.
enum Letterhead {
  /// The company's name, address, tax number and IBAN, as set (`company` shows them).
  static func company(_ desk: Desk) -> [String] {
    let details = desk.settings.company
    var lines = [details.name ?? "(company name not set: set company name …)"]
    if let address = details.address { lines.append(address) }
    if let number = details.taxNumber { lines.append("Tax number (NIPT) \(number)") }
    if let iban = details.iban { lines.append("IBAN \(CompanyDetails.grouped(iban))") }
    return lines
  }

  /// The client's name, billing address (else city), tax number and VAT treatment.
  static func client(_ desk: Desk, _ id: String) -> [String] {
    guard let client = desk.clients[id] else { return [id] }
    var lines = [client.name]
    if let address = client.tax?.address {
      lines.append(address)
    } else if let city = client.city {
      lines.append(city)
    }
    if let number = client.tax?.taxNumber { lines.append("Tax number \(number)") }
    if client.tax?.vat == .export { lines.append("Export: zero-rated for VAT") }
    lines.append("Client \(client.id)")
    return lines
  }

  /// The VAT block's rows and the net / VAT / total lines, from the core's breakdown.
  static func vat(_ breakdown: VAT.Breakdown, currency: String, totalLabel: String) -> (rows: [[String]], totals: [Fact]) {
    let rows = breakdown.rows.map { [percent($0.percent), money($0.net), money($0.vat), money($0.gross)] }
    let totals = [
      Fact("Total net", money(breakdown.net)), Fact("VAT", money(breakdown.vat)),
      Fact("\(totalLabel) (\(currency))", money(breakdown.gross)),
    ]
    return (rows, totals)
  }

  /// "2026-12-07", in UTC as the desk keeps days: for a file's name.
  static func isoDay(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let c = calendar.dateComponents([.year, .month, .day], from: date)
    return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
  }

  static func money(_ value: Decimal) -> String { Money.display(value) }
  static func meters(_ value: Decimal) -> String { Money.displayQuantity(value) }
  static func percent(_ value: Decimal) -> String { "\(Money.trimmed(value))%" }
  static func day(_ date: Date) -> String { DeskDate.day(date) }

  static func productName(_ desk: Desk, _ sku: String) -> String { desk.products[sku]?.name ?? sku }
}
