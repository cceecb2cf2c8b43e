import DealdeskCore
import Foundation

// Offers as synthesized `Decodable` reads them, field by field (TapeReadable.swift).

extension Offer: TapeReadable {
  static func read(_ tape: TapeFields, at index: Int) -> Offer? {
    var id: String?, number: Int?, clientId: String?, status: OfferStatus?, rounds: [Round]?, validUntil: Date?
    var closedAt: Date?, closeReason: String?, lostTo: String?, approval: Approval?
    let known = tape.members(of: index) { key, value in
      switch key {
      case "id": id = tape.string(value)
      case "number": number = tape.int(value)
      case "clientId": clientId = tape.string(value)
      case "status": status = tape.string(value).flatMap(OfferStatus.init(rawValue:))
      case "rounds": rounds = tape.array(value) { Round.read(tape, at: $0) }
      case "validUntil": validUntil = tape.date(value)
      case "closedAt": guard let v = tape.optional(value, tape.date) else { return false }; closedAt = v
      case "closeReason": guard let v = tape.optional(value, tape.string) else { return false }; closeReason = v
      case "lostTo": guard let v = tape.optional(value, tape.string) else { return false }; lostTo = v
      case "approval": guard let v = tape.optional(value, { Approval.read(tape, at: $0) }) else { return false }; approval = v
      default: return false
      }
      return true
    }
    guard known, let id, let number, let clientId, let status, let rounds, let validUntil else { return nil }
    return Offer(
      id: id, number: number, clientId: clientId, status: status, rounds: rounds, validUntil: validUntil,
      closedAt: closedAt, closeReason: closeReason, lostTo: lostTo, approval: approval)
  }
}

extension Round: TapeReadable {
  static func read(_ tape: TapeFields, at index: Int) -> Round? {
    var by: Party?, terms: Terms?, at: Date?
    let known = tape.members(of: index) { key, value in
      switch key {
      case "by": by = tape.string(value).flatMap(Party.init(rawValue:))
      case "terms": terms = Terms.read(tape, at: value)
      case "at": at = tape.date(value)
      default: return false
      }
      return true
    }
    guard known, let by, let terms, let at else { return nil }
    return Round(by: by, terms: terms, at: at)
  }
}

extension Approval: TapeReadable {
  static func read(_ tape: TapeFields, at index: Int) -> Approval? {
    var terms: Terms?, by: String?, at: Date?
    let known = tape.members(of: index) { key, value in
      switch key {
      case "terms": terms = Terms.read(tape, at: value)
      case "by": by = tape.string(value)
      case "at": at = tape.date(value)
      default: return false
      }
      return true
    }
    guard known, let terms, let by, let at else { return nil }
    return Approval(terms: terms, by: by, at: at)
  }
}

extension Terms: TapeReadable {
  static func read(_ tape: TapeFields, at index: Int) -> Terms? {
    var lines: [OfferLine]?, paymentTerms: PaymentTerms?, leadTimeDays: Int?
    let known = tape.members(of: index) { key, value in
      switch key {
      case "lines": lines = tape.array(value) { OfferLine.read(tape, at: $0) }
      case "paymentTerms":
        guard let v = tape.optional(value, { PaymentTerms.read(tape, at: $0) }) else { return false }
        paymentTerms = v
      case "leadTimeDays": guard let v = tape.optional(value, tape.int) else { return false }; leadTimeDays = v
      default: return false
      }
      return true
    }
    guard known, let lines else { return nil }
    return Terms(lines: lines, paymentTerms: paymentTerms, leadTimeDays: leadTimeDays)
  }
}

extension OfferLine: TapeReadable {
  static func read(_ tape: TapeFields, at index: Int) -> OfferLine? {
    var scope: OfferScope?, meters: Decimal?, discountPercent: Decimal?, unitPrice: Decimal?
    let known = tape.members(of: index) { key, value in
      switch key {
      case "scope": scope = OfferScope.read(tape, at: value)
      case "meters": guard let v = tape.optional(value, tape.decimal) else { return false }; meters = v
      case "discountPercent": guard let v = tape.optional(value, tape.decimal) else { return false }; discountPercent = v
      case "unitPrice": guard let v = tape.optional(value, tape.decimal) else { return false }; unitPrice = v
      default: return false
      }
      return true
    }
    guard known, let scope else { return nil }
    return OfferLine(scope: scope, meters: meters, discountPercent: discountPercent, unitPrice: unitPrice)
  }
}

extension OfferScope: TapeReadable {
  /// `{"all":{}}`, `{"category":{"_0":"linen"}}` or `{"product":{"sku":"LIN-220"}}`.
  static func read(_ tape: TapeFields, at index: Int) -> OfferScope? {
    guard let (key, value) = tape.onlyMember(of: index) else { return nil }
    var text: String?
    let known = tape.members(of: value) { name, field in
      switch (key, name) {
      case ("category", "_0"), ("product", "sku"): text = tape.string(field)
      default: return false
      }
      return true
    }
    guard known else { return nil }
    switch key {
    case "all": return .all
    case "category": return text.map { .category($0) }
    case "product": return text.map { .product(sku: $0) }
    default: return nil
    }
  }
}

extension PaymentTerms: TapeReadable {
  /// `{"prepayment":{}}`, `{"cashOnDelivery":{}}` or `{"net":{"days":30}}`.
  static func read(_ tape: TapeFields, at index: Int) -> PaymentTerms? {
    guard let (key, value) = tape.onlyMember(of: index) else { return nil }
    var days: Int?
    let known = tape.members(of: value) { name, field in
      guard key == "net", name == "days" else { return false }
      days = tape.int(field)
      return true
    }
    guard known else { return nil }
    switch key {
    case "prepayment": return .prepayment
    case "cashOnDelivery": return .cashOnDelivery
    case "net": return days.map { .net(days: $0) }
    default: return nil
    }
  }
}
