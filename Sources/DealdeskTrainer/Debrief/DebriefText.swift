import Foundation

/// The debrief as plain text for a sales trainee: short sentences, money with two decimals
/// and thousands separators, packages written "12% off · 2,000 m · net 60 · 14 days".
/// Utilities are shown as percentages ("worth 67.0% to the client").
extension Debrief {
  /// The debrief, one sentence or short paragraph per line, in reading order: the result,
  /// the score, the case's hidden figures, the process, the benchmark, the coach lines.
  public func lines() -> [String] {
    typealias F = DebriefFormat
    var lines: [String] = []
    switch result {
    case .deal(let deal):
      lines.append("Deal: \(F.package(deal.package)).")
      lines.append(
        "Margin \(F.money(deal.margin)), \(F.percent(deal.marginPercent)) of revenue (\(F.money(deal.revenue))). Discount given: \(deal.discountPercent)%.")
      lines += dealLines(deal)
    case .noDeal(let review):
      lines += noDealLines(review)
    }
    lines.append("Score: \(score).")
    lines += factLines()
    lines += processLines()
    lines += benchmarkLines()
    lines += coach.map { "Coach: " + $0.text }
    return lines
  }

  private func dealLines(_ deal: DealFigures) -> [String] {
    typealias F = DebriefFormat
    var lines: [String] = []
    if let claimed = valueClaimed, let ceiling = facts.ceiling {
      lines.append(
        "Value claimed: \(F.utility(claimed)) of the room between your floor (\(F.money(facts.floor.margin))) and the most this client would have paid (\(F.money(ceiling.margin)), on \(F.package(ceiling.package))).")
    }
    if let left = moneyLeft {
      lines.append(
        left.amount > 0
          ? "Money left on the table: \(F.money(left.amount)). The client liked \(F.package(left.better.package)) as much, at a margin of \(F.money(left.better.margin))."
          : "Money left on the table: none. No package the client liked as much earned you more.")
    }
    if let optimal = paretoOptimal {
      lines.append(
        optimal
          ? "Pareto optimal: yes. No package was better for one of you without being worse for the other."
          : "Pareto optimal: no. Another package was better for one of you and no worse for the other.")
    }
    if let nash = nashDistance {
      lines.append(
        "Nash point (the fairest split): \(F.package(nash.nash.package)), margin \(F.money(nash.nash.margin)), \(F.difference(nash.margin)) your deal. "
          + "Your utility there \(F.utility(nash.nash.sellerUtility)) against \(F.utility(deal.sellerUtility)); the client's \(F.utility(nash.nash.clientUtility)) against \(F.utility(deal.clientUtility)).")
    }
    return lines
  }

  private func noDealLines(_ review: NoDealReview) -> [String] {
    typealias F = DebriefFormat
    var lines: [String]
    switch review.ending {
    case .traineeWalkedAway:
      lines = ["No deal: you walked away in round \(process.roundsUsed) of \(process.deadline)."]
    case .clientWalkedAway:
      lines = ["No deal: the client walked away at its deadline, round \(process.roundsUsed)."]
    case .unfinished:
      lines = ["No deal: the negotiation was left open after round \(process.roundsUsed) of \(process.deadline)."]
    }
    if let available = review.available {
      lines.append(
        "No deal was the wrong result: offered in its last round, \(F.package(available.package)) (margin \(F.money(available.margin))) would have been accepted.")
    } else {
      lines.append("Correct walk-away: no package gave both of you at least what your alternatives were worth.")
    }
    if let counter = review.lastCounterAboveFloor {
      lines.append(
        "The client's last counter, \(F.package(counter.package)), earned \(F.money(counter.margin)), above your floor of \(F.money(facts.floor.margin)).")
    }
    return lines
  }

  private func factLines() -> [String] {
    typealias F = DebriefFormat
    var lines = [
      "Your floor: \(F.package(facts.floor.package)), margin \(F.money(facts.floor.margin)).",
      "The client (\(F.persona(persona))) held a competitor quote of \(F.package(facts.competitorQuote)), worth \(F.utility(facts.clientReservation)) to it.",
    ]
    if facts.claimedReservation != facts.clientReservation {
      lines.append("It claimed its alternative was worth \(F.utility(facts.claimedReservation)).")
    }
    return lines
  }

  private func processLines() -> [String] {
    typealias F = DebriefFormat
    var lines: [String] = []
    if let first = process.firstOffer {
      let ceilingPart = first.aboveCeiling.map { gap in
        gap >= 0 ? "\(F.money(gap)) above the ceiling" : "\(F.money(-gap)) below the ceiling"
      }
      let anchor = [ceilingPart, "\(F.money(first.aboveFloor)) above your floor"].compactMap { $0 }.joined(separator: " and ")
      lines.append("You opened with \(F.package(first.figures.package)): margin \(F.money(first.figures.margin)), \(anchor).")
    } else {
      lines.append("You made no offer.")
    }
    if !process.moves.isEmpty {
      let named = process.moves.map { move in
        move.kind == .acceptance ? "accept (\(move.moveClass.rawValue))" : move.moveClass.rawValue
      }
      lines.append("Your moves after the first offer: \(named.joined(separator: ", ")).")
    }
    let concessions = process.concessions
    if concessions.isEmpty {
      lines.append("Concessions: none.")
    } else {
      let sizes = concessions.map { F.money($0.moneyGiven) }.joined(separator: ", ")
      let utility = concessions.map { F.utility(-$0.ownChange) }.joined(separator: ", ")
      let pattern: String
      switch process.concessionsDecreasing {
      case true?: pattern = " Each was no larger than the one before."
      case false?: pattern = " They did not shrink."
      case nil: pattern = ""
      }
      lines.append("Concessions: \(concessions.count), giving \(sizes) (\(utility) of your utility).\(pattern)")
    }
    lines.append(
      "Unilateral concessions (the client had not moved): \(process.unilateralConcessions.count). Labelled: \(process.labelledConcessions.count). Contingent: \(process.contingentConcessions.count). Retractions: \(process.retractions.count).")
    lines.append("Rounds used: \(process.roundsUsed) of \(process.deadline).")
    if process.dealBelowFloor, let deal = result.deal {
      lines.append("You signed \(F.money(facts.floor.margin - deal.margin)) below your floor.")
    }
    if let bluff = process.bluff {
      lines.append(bluffLine(bluff))
    }
    return lines
  }

  private func bluffLine(_ bluff: BluffReview) -> String {
    typealias F = DebriefFormat
    guard bluff.threatened else {
      return "The client was bluffing about its alternative, but never needed to threaten."
    }
    let paid = bluff.paid
      ? "You paid for the bluff: \(F.money(bluff.moneyPaid)) given right after a threat."
      : "You did not pay for it."
    let called = bluff.called ? "You called it: it backed down." : "You never called it."
    return "The client bluffed: it threatened to leave for a better quote it did not have. \(paid) \(called)"
  }

  private func benchmarkLines() -> [String] {
    typealias F = DebriefFormat
    let runs = benchmark.runs.map { run in
      let name = "\(run.seller.name) (e = \(run.seller.exponent))"
      guard let deal = run.deal else { return "\(name) no deal, score \(run.score)" }
      return "\(name) margin \(F.money(deal.margin)), score \(run.score)"
    }
    return [
      "Reference sellers on the same client: \(runs.joined(separator: "; ")).",
      "You rank \(benchmark.traineeRank) of \(benchmark.players).",
    ]
  }
}
