import Foundation

extension CoachTip {
  /// The suggestion as the trainee reads it, with the case's numbers.
  public var text: String {
    typealias F = DebriefFormat
    switch self {
    case .belowFloor(let margin, let floor, let ceiling):
      let possible = ceiling.map { " This client would have paid up to \(F.money($0.margin)) (\(F.package($0.package)))." } ?? ""
      return "You signed at \(F.money(margin)), \(F.money(floor - margin)) under your floor of \(F.money(floor)). Never go below the floor.\(possible)"
    case .missedDeal(let available, let lastCounter, let floor):
      let counter = lastCounter.map { " Its last counter (\(F.package($0.package)), margin \(F.money($0.margin))) already beat no deal." } ?? ""
      return "A deal was there: \(F.package(available.package)) earns \(F.money(available.margin)), \(F.money(available.margin - floor)) over your floor, and the client takes it in its last round.\(counter)"
    case .paidForBluff(let given, let quote, let trueValue, let claimedValue):
      return "You gave \(F.money(given)) after the threat, but the client's real quote (\(F.package(quote))) was worth \(F.utility(trueValue)) to it, not the \(F.utility(claimedValue)) it claimed. Hold firm two turns running and the bluff is called."
    case .trade(let tip):
      let change = "\(F.issueName(tip.issue)) \(F.issueChange(tip.issue, from: tip.from, to: tip.to))"
      let cost = tip.cost >= 0 ? "costs you \(F.money(tip.cost))" : "earns you \(F.money(-tip.cost)) more"
      return "\(change) \(cost) and is worth about \(tip.discountPoints) discount points to this client: trade it for discount. \(F.package(tip.better.package)) pleases the client as much and earns \(F.money(tip.gain)) more."
    case .leftOnTable(let amount, let better, let deal):
      return "The client liked \(F.package(better.package)) as much as your deal (\(F.differences(better.package, from: deal))), and it earns you \(F.money(amount)) more: look for the package, not the price."
    case .unilateral(let count, let given):
      let what = count == 1 ? "1 concession" : "\(count) concessions"
      return "\(what) (\(F.money(given)) in all) came while the client had not moved: ask for something back before you give again."
    case .growingConcessions(let sizes):
      return "Your concessions did not shrink (\(sizes.map(F.money).joined(separator: ", "))): make each one smaller than the last, so the client sees your limit coming."
    case .correctWalkAway(let quote, let ceiling, let floor):
      let most = ceiling.map { " The most it would have paid was \(F.money($0.margin)) (\(F.package($0.package)))." } ?? ""
      return "Right call: the client's quote (\(F.package(quote))) beat everything you could sign above your floor of \(F.money(floor)).\(most)"
    case .holdLonger(let margin, let claimed, let ceiling):
      guard claimed < Micro.one else {
        return "You reached the ceiling: \(F.money(margin)) is the most this client would pay. Keep opening high and trading terms."
      }
      return "You claimed \(F.utility(claimed)) of the room. The ceiling, \(F.package(ceiling.package)), earns \(F.money(ceiling.margin - margin)) more: hold firm a round or two longer."
    }
  }
}
