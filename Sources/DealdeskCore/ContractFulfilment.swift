import Foundation

/// How much of a contract's commitment the client has bought, and whether they are on
/// track at today's pace. One definition, read by `contracts`, the contract and the client card.
public struct ContractFulfilment: Sendable, Equatable {
  /// Metres and value (net of VAT) of the client's billable orders placed within the
  /// contract's period, on the fabrics its lines cover.
  public var meters: Decimal
  public var value: Decimal
  /// The commitment over the whole period (the yearly figure scaled to the period), if given.
  public var committedMeters: Decimal?
  public var committedValue: Decimal?
  /// What today's pace asks for: the commitment pro rata of the period elapsed, today included.
  public var expectedMeters: Decimal?
  public var expectedValue: Decimal?
  /// Days of the period elapsed, today included (0 before it starts), and its length.
  public var elapsedDays: Int
  public var days: Int

  /// At or ahead of the pace on every figure committed; nil when nothing is committed or
  /// the period has not started.
  public var isOnTrack: Bool? {
    guard committedMeters != nil || committedValue != nil, elapsedDays > 0 else { return nil }
    if let expected = expectedMeters, meters < expected { return false }
    if let expected = expectedValue, value < expected { return false }
    return true
  }

  /// The whole commitment bought.
  public var isMet: Bool {
    (committedMeters.map { meters >= $0 } ?? true) && (committedValue.map { value >= $0 } ?? true)
  }
}

extension Desk {
  public func fulfilment(of contract: Contract, at now: Date) -> ContractFulfilment {
    let skus = Set(products(of: contract).map(\.sku))
    var meters: Decimal = 0
    var value: Decimal = 0
    for order in orders(for: contract.clientId) where order.isBillable && contract.covers(day: order.createdAt) {
      for line in order.lines where skus.contains(line.sku) {
        meters += line.meters
        value += line.lineTotal
      }
    }
    let days = max(1, contract.days)
    let elapsed = min(days, max(0, DeskDate.dayNumber(now) - DeskDate.dayNumber(contract.start) + 1))
    let years = Self.years(of: contract)
    let committedMeters = contract.commitment?.meters.map { Money.round($0 * years) }
    let committedValue = contract.commitment?.value.map { Money.round($0 * years) }
    let share = Decimal(elapsed) / Decimal(days)
    return ContractFulfilment(
      meters: meters, value: value, committedMeters: committedMeters, committedValue: committedValue,
      expectedMeters: committedMeters.map { Money.round($0 * share) }, expectedValue: committedValue.map { Money.round($0 * share) },
      elapsedDays: elapsed, days: days)
  }

  /// The contract's length in years: whole years when it runs exactly so (12 months from
  /// 1 Jan is one year, leap day or not), else its days over 365.
  static func years(of contract: Contract) -> Decimal {
    let calendar = DeskDate.calendar
    for n in 1...10 {
      if let next = calendar.date(byAdding: .year, value: n, to: contract.start),
        DeskDate.dayNumber(next) - 1 == DeskDate.dayNumber(contract.end)
      {
        return Decimal(n)
      }
    }
    return Decimal(contract.days) / 365
  }

  /// Signed contracts whose last day is today or within the next `days` days.
  public func contractsExpiring(within days: Int, at now: Date) -> [Contract] {
    let today = DeskDate.dayNumber(now)
    return contractsInOrder().filter { contract in
      let end = DeskDate.dayNumber(contract.end)
      return contract.status == .signed && end >= today && end - today <= days
    }
  }
}
