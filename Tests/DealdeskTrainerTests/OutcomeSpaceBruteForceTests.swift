import DealdeskTrainer
import Testing

/// The exact Pareto frontier and Nash point of every drawn client, against brute force.
@Suite struct OutcomeSpaceBruteForceTests {
  /// O(n²) dominance scan over all 2,625 packages, for every persona on a few seeds: the
  /// frontier is exactly the set of packages nothing dominates, in frontier order.
  @Test(arguments: Persona.allCases)
  func theFrontierIsExactlyTheUndominatedPackages(persona: Persona) throws {
    for seed: UInt64 in [0, 1, 42] {
      let space = OutcomeSpace(client: try #require(ClientSetup.draw(persona, seed: seed)).profile)
      let seller = space.seller.utilities
      let client = space.clientUtilities
      var undominated: [Outcome] = []
      for b in Outcome.all {
        let (sb, cb) = (seller[b.index], client[b.index])
        var dominated = false
        for a in Outcome.all {
          let (sa, ca) = (seller[a.index], client[a.index])
          if sa >= sb && ca >= cb && (sa > sb || ca > cb) {
            dominated = true
            break
          }
        }
        if !dominated { undominated.append(b) }
      }
      #expect(Set(undominated) == Set(space.paretoFrontier), "\(persona) seed \(seed)")
      #expect(undominated.count == space.paretoFrontier.count)
      #expect(Outcome.all.allSatisfy { space.isParetoOptimal($0) == undominated.contains($0) })
    }
  }

  /// The Nash point is the first package, in outcome order, with the largest product
  /// (u_s − RV_s)(U_b − RV_b) among those at or above both reservation values.
  @Test(arguments: Persona.allCases)
  func theNashPointIsTheBruteForceMaximum(persona: Persona) throws {
    for seed: UInt64 in [0, 1, 42] {
      let space = OutcomeSpace(client: try #require(ClientSetup.draw(persona, seed: seed)).profile)
      var best: (outcome: Outcome, product: Int)?
      for outcome in Outcome.all {
        let s = space.sellerUtility(outcome) - space.seller.reservation
        let c = space.clientUtility(outcome) - space.client.reservation
        guard s >= 0, c >= 0 else { continue }
        if s * c > (best?.product ?? -1) { best = (outcome, s * c) }
      }
      #expect(space.nashPoint == best?.outcome, "\(persona) seed \(seed)")
      #expect(space.nashPoint.flatMap(space.nashProduct) == best.map { Int64($0.product) })
      #expect(space.nashPoint.map(space.isParetoOptimal) ?? true)
    }
  }
}
