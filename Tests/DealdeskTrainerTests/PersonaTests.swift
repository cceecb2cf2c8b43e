import DealdeskTrainer
import Testing

/// Each persona's behaviour against a scripted trainee, on pinned clients (TRAINER.md's
/// weights, a fixed need, quote and deadline).
@Suite struct PersonaTests {
  static func hawk(deadline: Int = 12) throws -> Negotiation {
    try Support.client(
      .hawk, weights: (550_000, 150_000, 200_000, 100_000), need: 1500,
      quote: try Support.outcome(10, 1500, 60, 21), deadline: deadline)
  }
  static func partner() throws -> Negotiation {
    try Support.client(
      .partner, weights: (250_000, 200_000, 200_000, 350_000), need: 2000,
      quote: try Support.outcome(8, 2000, 60, 21), deadline: 10)
  }
  static func mirror() throws -> Negotiation {
    try Support.client(
      .mirror, weights: (400_000, 200_000, 250_000, 150_000), need: 2000,
      quote: try Support.outcome(10, 2000, 45, 21), deadline: 10)
  }
  /// RV .20·.25 + .20·1 + .10·.4 + .50·.85 = .715.
  static func rush() throws -> Negotiation {
    try Support.client(
      .rush, weights: (200_000, 200_000, 100_000, 500_000), need: 1000,
      quote: try Support.outcome(5, 1000, 30, 14), deadline: 6)
  }
  /// RV .45·.25 + .15·1 + .25·.4 + .15·.3 = .4075, claimed .60.
  static func bluffer() throws -> Negotiation {
    try Support.client(
      .bluffer, weights: (450_000, 150_000, 250_000, 150_000), need: 2500,
      quote: try Support.outcome(5, 2500, 30, 30), deadline: 10)
  }

  /// A firm seller's offer no client likes much: 2 % off, 2,000 m, 30 days, 30 days.
  static func firmOffer() throws -> Outcome { try Support.outcome(2, 2000, 30, 30) }

  @Test func theHawkHoldsThenConcedesLate() throws {
    var hawk = try Self.hawk()
    let counters = try Support.countersAgainstFirm(try Self.firmOffer(), &hawk)
    #expect(counters.count == 11)  // rounds 1–11 countered; round 12 decided
    #expect(zip(counters, counters.dropFirst()).allSatisfy { $0 >= $1 })  // never hardens
    let firstHalf = counters[0] - counters[5]  // rounds 1 → 6
    let lastRounds = counters[5] - counters[10]  // rounds 6 → 11
    #expect(firstHalf <= 30_000)  // half the game gone, under 3 points given
    #expect(lastRounds > 150_000)
    #expect(lastRounds > 5 * max(firstHalf, 1))
    // At the deadline the firm offer (under its competitor quote) is refused.
    #expect(hawk.state.status == .noDeal)
    #expect(hawk.state.exchanges.last?.reply.intent == .walkAway)
  }

  @Test func thePartnerConcedesEarly() throws {
    var partner = try Self.partner()
    let counters = try Support.countersAgainstFirm(try Self.firmOffer(), &partner)
    #expect(counters.count == 9)
    let best = 1_000_000
    let firstThree = best - counters[2]
    let lastSix = counters[2] - counters[8]
    #expect(firstThree > lastSix)  // more than half its concession in the first three rounds
    // By round 3 it has given more than the hawk gives in eleven rounds' first half.
    var hawk = try Self.hawk()
    let hawkCounters = try Support.countersAgainstFirm(try Self.firmOffer(), &hawk)
    #expect(firstThree > 1_000_000 - hawkCounters[5])
  }

  @Test func thePartnerAcceptsSlightlyLessThanItsNextCounter() throws {
    // A twin played the same way shows what the partner would counter in round 2.
    var twin = try Self.partner()
    _ = try Support.offer(try Self.firmOffer(), to: &twin)
    let nextCounter = twin.space.clientUtility(try Support.offer(try Self.firmOffer(), to: &twin).package)
    func package(worth range: ClosedRange<Int>) throws -> Outcome {
      try #require(Outcome.all.first { range.contains(twin.space.clientUtility($0)) })
    }
    // Up to 0.03 below its next counter: accepted.
    let slightlyLess = try package(worth: nextCounter - 30_000...nextCounter - 20_000)
    var partner = try Self.partner()
    _ = try Support.offer(try Self.firmOffer(), to: &partner)
    let reply = try Support.offer(slightlyLess, to: &partner)
    #expect(reply.intent == .accept && reply.package == slightlyLess)
    #expect(partner.state.status == .agreed(slightlyLess))
    // More than 0.03 below: countered.
    let tooLittle = try package(worth: nextCounter - 45_000...nextCounter - 31_000)
    var other = try Self.partner()
    _ = try Support.offer(try Self.firmOffer(), to: &other)
    #expect(try Support.offer(tooLittle, to: &other).intent == .counter)
  }

  @Test func aLabelledConcessionEarnsThePartnersGoodwill() throws {
    var plain = try Self.partner()
    var labelled = try Self.partner()
    let opening = try Support.outcome(0, 3000, 0, 30)
    let concession = try Support.outcome(0, 3000, 30, 30)
    _ = try Support.offer(opening, to: &plain)
    _ = try Support.offer(opening, to: &labelled)
    let unlabelledReply = try Support.offer(concession, to: &plain)
    let labelledReply = try Support.offer(concession, to: &labelled, labelled: true)
    #expect(labelled.state.goodwill == 20_000 && plain.state.goodwill == 0)
    #expect(
      labelled.space.clientUtility(labelledReply.package) < plain.space.clientUtility(unlabelledReply.package))
  }

  @Test func theMirrorReciprocatesAndPunishesARetraction() throws {
    var mirror = try Self.mirror()
    let a = try Support.outcome(0, 2000, 30, 30)
    let b = try Support.outcome(4, 2000, 45, 30)  // a concession to the client
    let first = try Support.offer(a, to: &mirror)
    #expect(mirror.space.clientUtility(first.package) == 1_000_000)  // opens at its best

    // The trainee gives Δ; the mirror's target falls by Δ plus one point of kindness.
    let given = mirror.space.clientUtility(b) - mirror.space.clientUtility(a)
    #expect(given > 0)
    let second = try Support.offer(b, to: &mirror)
    let afterConcession = 1_000_000 - given - 10_000
    #expect(mirror.state.mirrorTarget == afterConcession)
    let secondUtility = mirror.space.clientUtility(second.package)
    #expect((afterConcession...afterConcession + 20_000).contains(secondUtility))

    // Holding firm is met with holding firm.
    _ = try Support.offer(b, to: &mirror)
    #expect(mirror.state.mirrorTarget == afterConcession)

    // Taking the concession back hardens the mirror by the same amount.
    let third = try Support.offer(a, to: &mirror)
    #expect(mirror.state.mirrorTarget == afterConcession + given)
    #expect(mirror.space.clientUtility(third.package) > secondUtility)
  }

  @Test func rushAcceptsEarlyAnyDealAboveItsQuote() throws {
    // 0 %, 1,000 m, 30 days, 7 days: .20 + .04 + .50 = .74 ≥ RV .715, but below the
    // counters rush makes early on.
    let fair = try Support.outcome(0, 1000, 30, 7)
    var rush = try Self.rush()
    #expect(rush.space.clientUtility(fair) == 740_000)
    for round in 1...3 {
      let reply = try Support.offer(fair, to: &rush)
      #expect(reply.intent == .counter, "round \(round)")
      #expect(rush.space.clientUtility(reply.package) > 740_000)
    }
    // Round 4 of 6 is t = 0.67: rush takes it although its own counter would be better.
    let reply = try Support.offer(fair, to: &rush)
    #expect(reply.intent == .accept && reply.round == 4)
    #expect(rush.state.status == .agreed(fair))

    // A patient client (the hawk, same deadline) counters the same offer in round 4.
    var hawk = try Self.hawk(deadline: 6)
    for _ in 1...4 { _ = try Support.offer(fair, to: &hawk) }
    #expect(hawk.state.status == .open)
  }

  @Test func rushStillRefusesLessThanItsQuote() throws {
    var rush = try Self.rush()
    let poor = try Self.firmOffer()  // 2,000 m for a 1,000 m need, 30-day lead
    #expect(rush.space.clientUtility(poor) < rush.setup.profile.reservation)
    for _ in 1...5 { #expect(try Support.offer(poor, to: &rush).intent == .counter) }
    #expect(try Support.offer(poor, to: &rush).intent == .walkAway)
  }

  @Test func theBluffIsCalledAfterTwoFirmTurns() throws {
    var bluffer = try Self.bluffer()
    let firm = try Self.firmOffer()
    #expect(bluffer.setup.claimedReservation == 600_000)
    #expect(bluffer.setup.profile.reservation == 407_500)
    #expect(
      try bluffer.apply(.askAboutAlternatives).get().intent
        == .answer(.alternative(claimsBetterQuote: true, bluffing: true)))

    let first = try Support.offer(firm, to: &bluffer)
    #expect(first.intent == .counterWithThreat)
    let firmOnce = try Support.offer(firm, to: &bluffer)
    #expect(firmOnce.intent == .counterWithThreat)
    #expect(bluffer.state.bluff == .threatened(firmTurns: 1))
    let called = try Support.offer(firm, to: &bluffer)
    #expect(called.intent == .backDown)
    #expect(bluffer.state.bluff == .called)
    #expect(bluffer.state.paidForBluff == false)

    // Round 3 of 10 on the claimed floor would aim at .60 + .40·.7 = .88; from the true
    // floor it aims at .4075 + .5925·.7 ≈ .822: the counter drops below the bluff's curve.
    #expect(bluffer.space.clientUtility(called.package) < 880_000)
    #expect(bluffer.space.clientUtility(called.package) >= 822_000)
    #expect(
      try bluffer.apply(.askAboutAlternatives).get().intent
        == .answer(.alternative(claimsBetterQuote: false, bluffing: false)))
  }

  @Test func theBlufferNeverWalksBeforeItsDeadlineAndTakesLessThanItClaimed() throws {
    var bluffer = try Self.bluffer()
    let firm = try Self.firmOffer()
    for _ in 1...9 { #expect(try Support.offer(firm, to: &bluffer).intent != .walkAway) }
    // At the deadline an offer under the claimed .60 but over the true .4075 is taken:
    // the competitor quote it boasted of never existed.
    let enough = try #require(
      Outcome.all.first { o in (407_500..<600_000).contains(bluffer.space.clientUtility(o)) })
    #expect(try Support.offer(enough, to: &bluffer).intent == .accept)
    #expect(bluffer.state.status == .agreed(enough))
  }

  @Test func concedingAfterAThreatPaysForTheBluff() throws {
    var bluffer = try Self.bluffer()
    _ = try Support.offer(try Support.outcome(0, 2500, 30, 30), to: &bluffer)
    _ = try Support.offer(try Support.outcome(3, 2500, 30, 30), to: &bluffer)  // gave in
    _ = try Support.offer(try Support.outcome(3, 2500, 30, 30), to: &bluffer)  // firm once
    #expect(bluffer.state.paidForBluff)
    #expect(bluffer.state.bluff == .threatened(firmTurns: 1))  // the count started again
  }

  @Test func prioritiesPerPersona() throws {
    var hawk = try Self.hawk()
    #expect(try hawk.apply(.askAboutPriorities).get().intent == .answer(.prioritiesWithheld))
    var partner = try Self.partner()
    // .35 lead, then .25 discount, then quantity and payment at .20, in issue order.
    #expect(
      try partner.apply(.askAboutPriorities).get().intent
        == .answer(.priorities([.lead, .discount, .quantity, .payment])))
    var mirror = try Self.mirror()
    #expect(try mirror.apply(.askAboutPriorities).get().intent == .answer(.prioritiesWithheld))
    #expect(try mirror.apply(.sharePriorities).get().intent == .answer(.noted))
    #expect(
      try mirror.apply(.askAboutPriorities).get().intent
        == .answer(.priorities([.discount, .payment, .quantity, .lead])))
    // Questions cost no round.
    #expect(mirror.state.round == 0 && hawk.state.round == 0)
  }
}
