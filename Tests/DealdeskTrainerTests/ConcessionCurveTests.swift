import DealdeskTrainer
import Testing

@Suite struct ConcessionCurveTests {
  @Test func fractionsAreExact() {
    // Boulware e = 0.2: (6/12)^5 = 1/32.
    #expect(ConcessionCurve.boulware(power: 5).fraction(round: 6, deadline: 12) == 31_250)
    // Conceder e = 2: √(1/4) = 1/2; √(1/10) = 0.316227… rounded down.
    #expect(ConcessionCurve.conceder(root: 2).fraction(round: 1, deadline: 4) == 500_000)
    #expect(ConcessionCurve.conceder(root: 2).fraction(round: 1, deadline: 10) == 316_227)
    #expect(ConcessionCurve.linear.fraction(round: 1, deadline: 3) == 333_333)
    for curve in [ConcessionCurve.boulware(power: 5), .linear, .conceder(root: 2)] {
      #expect(curve.fraction(round: 0, deadline: 10) == 0)
      #expect(curve.fraction(round: 10, deadline: 10) == 1_000_000)
    }
  }

  /// e = 3 (the conceder reference seller) multiplies the round by 10^18: from round 10
  /// on that overflowed an Int. ∛(10/11) = 0.968729…, ∛(12/13) = 0.973671…, √(12/13) =
  /// 0.960768…, each rounded down to millionths.
  @Test func cubeRootsOfLateRounds() {
    let curve = ConcessionCurve.conceder(root: 3)
    #expect(curve.fraction(round: 10, deadline: 11) == 968_729)
    #expect(curve.fraction(round: 12, deadline: 13) == 973_671)
    #expect(curve.fraction(round: 13, deadline: 13) == 1_000_000)
    #expect(ConcessionCurve.conceder(root: 2).fraction(round: 12, deadline: 13) == 960_768)
  }

  @Test func theTargetFallsFromTheBestToTheFloor() {
    let curve = ConcessionCurve.linear
    #expect(curve.target(round: 0, deadline: 4, minimum: 600_000, maximum: 1_000_000) == 1_000_000)
    #expect(curve.target(round: 1, deadline: 4, minimum: 600_000, maximum: 1_000_000) == 900_000)
    #expect(curve.target(round: 4, deadline: 4, minimum: 600_000, maximum: 1_000_000) == 600_000)
  }
}
