import DealdeskTrainer
import Testing

@Suite struct CounterOfferTests {
  /// Clients on the clock never ask for more than they last asked for, even when the
  /// trainee swings between two distant packages (which moves the "nearest" counter
  /// around its target window: without the cap, partner seed 31 asks for more in round 10).
  @Test(arguments: [Persona.hawk, .partner, .rush, .bluffer])
  func aClientOnTheClockNeverTakesBackAConcession(persona: Persona) throws {
    let swings = [try Support.outcome(0, 3000, 0, 30), try Support.outcome(1, 1000, 0, 45)]
    for seed: UInt64 in Array(0..<10) + [31] {
      var negotiation = Negotiation(setup: try #require(ClientSetup.draw(persona, seed: seed)))
      var counters: [Int] = []
      while negotiation.state.status == .open {
        let reply = try Support.offer(swings[negotiation.state.round % 2], to: &negotiation)
        if reply.intent != .walkAway && reply.intent != .accept {
          counters.append(negotiation.space.clientUtility(reply.package))
        }
      }
      #expect(counters.count >= 2)
      #expect(zip(counters, counters.dropFirst()).allSatisfy { $0 >= $1 }, "seed \(seed): \(counters)")
    }
  }

  /// The counter sits within 0.02 above the target and, among those, nearest the offer.
  @Test func theCounterIsTheNearestPackageInTheTargetWindow() throws {
    var partner = try PersonaTests.partner()
    let offer = try Support.outcome(0, 3000, 0, 30)
    let reply = try Support.offer(offer, to: &partner)
    // Round 1 of 10, e = 2: f = √0.1 = 0.316227; target 1 − 0.33 × 0.316227 = 0.895645.
    let target = 895_645
    let window = Outcome.all.filter { (target...target + 20_000).contains(partner.space.clientUtility($0)) }
    let nearest = window.map { $0.distance(to: offer) }.min()
    #expect(window.contains(reply.package))
    #expect(reply.package.distance(to: offer) == nearest)
    #expect(reply.package == window.first { $0.distance(to: offer) == nearest })
  }
}
