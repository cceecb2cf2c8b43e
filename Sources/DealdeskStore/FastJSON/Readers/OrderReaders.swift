import DealdeskCore
import Foundation

// Orders as synthesized `Decodable` reads them (TapeReadable.swift).

extension Order: TapeReadable {
  static func read(_ tape: TapeFields, at index: Int) -> Order? {
    var id: String?, number: Int?, clientId: String?, offer: String?, status: OrderStatus?, lines: [OrderLine]?
    var paymentTerms: PaymentTerms?, createdAt: Date?, shippedAt: Date?, deliveredAt: Date?, cancelledAt: Date?
    var creditApproval: CreditApproval?
    let known = tape.members(of: index) { key, value in
      switch key {
      case "id": id = tape.string(value)
      case "number": number = tape.int(value)
      case "clientId": clientId = tape.string(value)
      case "offer": guard let v = tape.optional(value, tape.string) else { return false }; offer = v
      case "status": status = tape.string(value).flatMap(OrderStatus.init(rawValue:))
      case "lines": lines = tape.array(value) { OrderLine.read(tape, at: $0) }
      case "paymentTerms": paymentTerms = PaymentTerms.read(tape, at: value)
      case "createdAt": createdAt = tape.date(value)
      case "shippedAt": guard let v = tape.optional(value, tape.date) else { return false }; shippedAt = v
      case "deliveredAt": guard let v = tape.optional(value, tape.date) else { return false }; deliveredAt = v
      case "cancelledAt": guard let v = tape.optional(value, tape.date) else { return false }; cancelledAt = v
      case "creditApproval":
        guard let v = tape.optional(value, { CreditApproval.read(tape, at: $0) }) else { return false }
        creditApproval = v
      default: return false
      }
      return true
    }
    guard known, let id, let number, let clientId, let status, let lines, let paymentTerms, let createdAt else { return nil }
    var order = Order(
      id: id, number: number, clientId: clientId, offer: offer, status: status, lines: lines, paymentTerms: paymentTerms,
      createdAt: createdAt)
    order.shippedAt = shippedAt
    order.deliveredAt = deliveredAt
    order.cancelledAt = cancelledAt
    order.creditApproval = creditApproval
    return order
  }
}

extension OrderLine: TapeReadable {
  static func read(_ tape: TapeFields, at index: Int) -> OrderLine? {
    var sku: String?, meters: Decimal?, listPrice: Decimal?, discounts: [AppliedDiscount]?, unitPrice: Decimal?
    var lineTotal: Decimal?, lot: String?
    let known = tape.members(of: index) { key, value in
      switch key {
      case "sku": sku = tape.string(value)
      case "meters": meters = tape.decimal(value)
      case "listPrice": listPrice = tape.decimal(value)
      case "discounts": discounts = tape.array(value) { AppliedDiscount.read(tape, at: $0) }
      case "unitPrice": unitPrice = tape.decimal(value)
      case "lineTotal": lineTotal = tape.decimal(value)
      case "lot": guard let v = tape.optional(value, tape.string) else { return false }; lot = v
      default: return false
      }
      return true
    }
    guard known, let sku, let meters, let listPrice, let discounts, let unitPrice, let lineTotal else { return nil }
    var line = OrderLine(sku: sku, meters: meters, listPrice: listPrice, discounts: discounts, unitPrice: unitPrice, lot: lot)
    // The total as it was fixed when the order was taken, not worked out again.
    line.lineTotal = lineTotal
    return line
  }
}

extension AppliedDiscount: TapeReadable {
  static func read(_ tape: TapeFields, at index: Int) -> AppliedDiscount? {
    var source: AppliedDiscount.Source?, percent: Decimal?, reason: String?
    let known = tape.members(of: index) { key, value in
      switch key {
      case "source": source = tape.string(value).flatMap(AppliedDiscount.Source.init(rawValue:))
      case "percent": percent = tape.decimal(value)
      case "reason": reason = tape.string(value)
      default: return false
      }
      return true
    }
    guard known, let source, let percent, let reason else { return nil }
    return AppliedDiscount(source: source, percent: percent, reason: reason)
  }
}

extension CreditApproval: TapeReadable {
  static func read(_ tape: TapeFields, at index: Int) -> CreditApproval? {
    var by: String?, at: Date?, exposure: Decimal?, limit: Decimal?
    let known = tape.members(of: index) { key, value in
      switch key {
      case "by": by = tape.string(value)
      case "at": at = tape.date(value)
      case "exposure": exposure = tape.decimal(value)
      case "limit": limit = tape.decimal(value)
      default: return false
      }
      return true
    }
    guard known, let by, let at, let exposure, let limit else { return nil }
    return CreditApproval(by: by, at: at, exposure: exposure, limit: limit)
  }
}
