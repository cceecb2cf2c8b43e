import Foundation
import Testing

@testable import DealdeskTrainer

/// The debrief as the trainee reads it, and the formatting beneath it.
@Suite struct DebriefTextTests {
  /// The whole text of the worked example of DebriefScoreTests (the sample client signs
  /// its own competitor quote in round 2 of 2): a change of wording is a reviewed diff.
  /// It is also the example of docs/trainer.md.
  @Test func theWorkedExampleReadsInFull() throws {
    let deal = try Support.outcome(8, 2000, 60, 21)
    let debrief = Debrief(try DebriefSupport.dealAtDeadline(deal, profile: try Support.sampleProfile()))
    #expect(
      debrief.lines() == [
        "Deal: 8% off · 2,000 m · net 60 · 21 days.",
        "Margin 3,419.63, 23.2% of revenue (14,720.00). Discount given: 8%.",
        "Value claimed: 55.9% of the room between your floor (798.79) and the most this client would have paid (5,491.17, on 3% off · 3,000 m · net 90 · 7 days).",
        "Money left on the table: 2,071.54. The client liked 3% off · 3,000 m · net 90 · 7 days as much, at a margin of 5,491.17.",
        "Pareto optimal: no. Another package was better for one of you and no worse for the other.",
        "Nash point (the fairest split): 10% off · 2,500 m · net 90 · 7 days, margin 3,192.40, 227.23 less than your deal. Your utility there 38.4% against 41.6%; the client's 83.5% against 67.0%.",
        "Score: 56.",
        "Your floor: 15% off · 1,000 m · net 90 · 7 days, margin 798.79.",
        "The client (Partner) held a competitor quote of 8% off · 2,000 m · net 60 · 21 days, worth 67.0% to it.",
        "You opened with 0% off · 3,000 m · net 0 · 30 days: margin 7,650.00, 2,158.83 above the ceiling and 6,851.21 above your floor.",
        "Your moves after the first offer: concession.",
        "Concessions: 1, giving 4,230.37 (58.4% of your utility).",
        "Unilateral concessions (the client had not moved): 1. Labelled: 0. Contingent: 0. Retractions: 0.",
        "Rounds used: 2 of 2.",
        "Reference sellers on the same client: Boulware (e = 0.2) margin 3,766.04, score 63; Linear (e = 1) margin 3,766.04, score 63; Conceder (e = 3) margin 3,766.04, score 63.",
        "You rank 4 of 4.",
        "Coach: Lead time 21→7 days costs you 440.00 and is worth about 11 discount points to this client: trade it for discount. 3% off · 3,000 m · net 90 · 7 days pleases the client as much and earns 2,071.54 more.",
        "Coach: 1 concession (4,230.37 in all) came while the client had not moved: ask for something back before you give again.",
      ])
  }

  @Test func moneyHasTwoDecimalsAndThousandsSeparators() {
    #expect(DebriefFormat.money(Support.d("0")) == "0.00")
    #expect(DebriefFormat.money(Support.d("999.5")) == "999.50")
    #expect(DebriefFormat.money(Support.d("1000")) == "1,000.00")
    #expect(DebriefFormat.money(Support.d("1234567.891")) == "1,234,567.89")
    #expect(DebriefFormat.money(Support.d("-98.785")) == "-98.79")  // half away from zero
    #expect(DebriefFormat.money(Support.d("-12345.6")) == "-12,345.60")
    #expect(DebriefFormat.money(Support.d("100000")) == "100,000.00")
  }

  @Test func utilitiesPackagesAndChanges() throws {
    #expect(DebriefFormat.utility(670_000) == "67.0%")
    #expect(DebriefFormat.utility(53_618) == "5.4%")
    #expect(DebriefFormat.utility(1_000_000) == "100.0%")
    #expect(DebriefFormat.utility(-82_721) == "-8.3%")
    #expect(DebriefFormat.utility(-40) == "0.0%")
    #expect(DebriefFormat.package(try Support.outcome(12, 2000, 60, 14)) == "12% off · 2,000 m · net 60 · 14 days")
    #expect(DebriefFormat.issueChange(.payment, from: 30, to: 90) == "30→90 days")
    #expect(DebriefFormat.issueChange(.quantity, from: 2000, to: 3000) == "2,000→3,000 m")
    #expect(
      DebriefFormat.differences(try Support.outcome(16, 3000, 90, 14), from: try Support.outcome(11, 2000, 90, 7))
        == "16% off instead of 11%, 3,000 m instead of 2,000 m, 14-day delivery instead of 7-day")
  }

  /// Every coach tip has numbers in it: no generic line.
  @Test func everyCoachLineCarriesNumbers() throws {
    for persona in Persona.allCases {
      for seed: UInt64 in [1, 2, 3] {
        let debrief = Debrief(try NegotiationTests.play(persona, seed: seed))
        #expect(!debrief.coach.isEmpty && debrief.coach.count <= 2)
        for tip in debrief.coach {
          #expect(tip.text.contains { $0.isNumber }, "\(tip.text)")
        }
      }
    }
  }
}
