import Foundation

/// A trade (retro) bonus agreed with a client: `percent` of everything the client buys in one
/// calendar year or quarter, paid once those purchases reach `threshold`, as a credit note
/// after the period ends (DOMAIN.md: annual trade bonuses, "rebates").
///
/// The trade's reading, kept in one place (`Desk.standing(of:now:)`): the bonus is on **all**
/// the period's purchases once the threshold is reached, not on the excess over it; below the
/// threshold nothing is owed. Purchases are the client's invoices issued in the period, net of
/// VAT, less the credit notes issued in it (each by its own date), leaving out the bonus credit
/// notes themselves, which would otherwise shrink the base they are paid on.
public struct Bonus: Codable, Sendable, Equatable, Identifiable {
  public enum Status: String, Codable, Sendable {
    /// In force: it accrues, and settles once its period is over.
    case agreed
    /// Beyond the policy's bonus limit: it accrues on paper but settles only once approved.
    case pendingApproval
    /// Called off before it was settled: it pays nothing.
    case ended
  }

  public var id: String
  public var number: Int
  public var clientId: String
  /// Percent of the period's purchases, above 0 and at most 100.
  public var percent: Decimal
  /// Net purchases in the period from which the bonus is owed.
  public var threshold: Decimal
  /// The calendar period it runs over, as a key: "2027" (a year) or "2027-Q1" (a quarter).
  public var period: String
  public var status: Status
  /// Who agreed it (the manager's login, "you" on a one-person desk) and when.
  public var by: String
  public var agreedAt: Date
  /// Who approved it beyond the bonus limit, and when.
  public var approvedBy: String?
  public var approvedAt: Date?
  public var endedAt: Date?

  public init(
    id: String, number: Int, clientId: String, percent: Decimal, threshold: Decimal, period: String, status: Status,
    by: String, agreedAt: Date
  ) {
    self.id = id
    self.number = number
    self.clientId = clientId
    self.percent = percent
    self.threshold = threshold
    self.period = period
    self.status = status
    self.by = by
    self.agreedAt = agreedAt
  }

  /// The calendar year or quarter it runs over; a key no build writes reads as the year 2000.
  public var calendarPeriod: Period { Period(key: period) ?? Period(kind: .year, year: 2000, index: 1) }
}

/// The bonuses kept on a desk; nil on a desk that never agreed one, so it saves as before.
public struct BonusBook: Codable, Sendable, Equatable {
  public var bonuses: [String: Bonus] = [:]
  public var nextNumber = 1

  public init() {}
}

/// Where a bonus stands on a day: every figure a reply, the client card, the export and the
/// settlement read about it.
public struct BonusStanding: Sendable, Equatable {
  public enum State: String, Sendable {
    /// Its period has not begun.
    case upcoming
    /// Its period is running.
    case running
    /// Its period is over and its threshold was reached: a credit note is owed.
    case toSettle
    /// Its period is over below the threshold: nothing is owed.
    case missed
    case settled
    case ended
  }

  public var state: State
  /// Invoiced in the period, net of VAT, so far.
  public var invoiced: Decimal
  /// Credited in the period (bonus credit notes left out).
  public var credited: Decimal
  /// What the bonus is paid on: invoiced less credited.
  public var purchases: Decimal { invoiced - credited }
  /// Purchases still needed to reach the threshold; zero once reached.
  public var leftToThreshold: Decimal
  public var reached: Bool { leftToThreshold == 0 }
  /// The percent on the purchases so far, rounded to the cent: what it is worth now, and
  /// what it pays once the threshold is reached.
  public var accrued: Decimal
  /// What it pays: the accrued amount once the threshold is reached, else nothing.
  public var payable: Decimal { reached ? accrued : 0 }
  /// Purchases by the period's end at the pace so far (purchases per day elapsed); nil before
  /// the period begins and once it is over.
  public var projectedPurchases: Decimal?
  /// What it would pay on the projected purchases: zero when they fall short of the threshold.
  public var projectedBonus: Decimal?
  /// The credit note that settled it.
  public var creditNote: CreditNote?
}

extension Desk {
  /// Every bonus in the order it was agreed.
  public var bonusesInOrder: [Bonus] { (bonusBook?.bonuses.values).map { $0.sorted { $0.number < $1.number } } ?? [] }

  /// One client's bonuses in the order they were agreed.
  public func bonuses(for clientId: String) -> [Bonus] { bonusesInOrder.filter { $0.clientId == clientId } }

  /// The credit note that settled a bonus, if one has.
  public func settlement(of bonus: Bonus) -> CreditNote? {
    creditNotes(for: bonus.clientId).first { $0.kind == .tradeBonus && $0.source == bonus.id }
  }

  /// The one definition of a bonus's figures on a day (see `Bonus`).
  public func standing(of bonus: Bonus, now: Date) -> BonusStanding {
    let period = bonus.calendarPeriod
    let invoiced = invoices(for: bonus.clientId).filter { period.contains($0.issuedAt) }.reduce(0) { $0 + $1.amount }
    let credited = creditNotes(for: bonus.clientId).filter { period.contains($0.at) && $0.kind != .tradeBonus }
      .reduce(0) { $0 + $1.amount }
    let purchases = invoiced - credited
    let note = settlement(of: bonus)
    let state: BonusStanding.State
    if note != nil {
      state = .settled
    } else if bonus.status == .ended {
      state = .ended
    } else if now < period.start {
      state = .upcoming
    } else if now < period.wholeEnd {
      state = .running
    } else {
      state = purchases >= bonus.threshold ? .toSettle : .missed
    }
    var standing = BonusStanding(
      state: state, invoiced: invoiced, credited: credited, leftToThreshold: max(0, bonus.threshold - purchases),
      accrued: Self.bonusAmount(on: purchases, percent: bonus.percent), creditNote: note)
    if state == .running {
      // The pace is purchases per day elapsed, today counted: on the period's first day it is
      // that day's purchases times the period's days.
      let elapsed = max(1, DeskDate.dayNumber(now) - DeskDate.dayNumber(period.start) + 1)
      let days = DeskDate.dayNumber(period.wholeEnd) - DeskDate.dayNumber(period.start)
      let projected = Money.round(purchases * Decimal(days) / Decimal(elapsed))
      standing.projectedPurchases = projected
      standing.projectedBonus = projected >= bonus.threshold ? Self.bonusAmount(on: projected, percent: bonus.percent) : 0
    }
    return standing
  }

  /// The percent of purchases, rounded half away from zero to the cent; never below zero
  /// (credit notes can outweigh a period's invoices).
  static func bonusAmount(on purchases: Decimal, percent: Decimal) -> Decimal {
    max(0, Money.round(purchases * percent / 100))
  }

  /// The VAT rate a bonus's credit note takes back at: the rate its period's invoices were
  /// issued at when they share one, else the client's rate today (as any note on account).
  func bonusVATPercent(_ bonus: Bonus) -> Decimal {
    let period = bonus.calendarPeriod
    let rates = Set(invoices(for: bonus.clientId).filter { period.contains($0.issuedAt) }.map { vatPercent(of: $0) })
    if rates.count == 1, let rate = rates.first { return rate }
    return vatPercent(forClient: bonus.clientId)
  }

  /// The next bonus's id and number.
  func nextBonus() -> (id: String, number: Int) {
    let n = bonusBook?.nextNumber ?? 1
    return (Ids.bonus(n), n)
  }

  /// Folds a bonus as it now is into the book.
  mutating func record(_ bonus: Bonus) {
    var book = bonusBook ?? BonusBook()
    book.bonuses[bonus.id] = bonus
    book.nextNumber = Ids.next(book.nextNumber, after: bonus.number)
    bonusBook = book
  }

  /// Folds a bonus event in; one naming a bonus the desk does not have (a hand-edited
  /// journal) is ignored.
  mutating func applyBonus(_ event: Event) {
    switch event {
    case .bonusAgreed(let bonus):
      record(bonus)
    case .bonusApproved(let id, let by, let at):
      guard var bonus = bonusBook?.bonuses[id] else { return }
      bonus.status = .agreed
      (bonus.approvedBy, bonus.approvedAt) = (by, at)
      record(bonus)
    case .bonusEnded(let id, let at):
      guard var bonus = bonusBook?.bonuses[id] else { return }
      bonus.status = .ended
      bonus.endedAt = at
      record(bonus)
    default:
      return
    }
  }
}
